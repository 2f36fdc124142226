package org.attune.cli;

/** The words of a command line are wrong; the message says which and how to fix them. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
