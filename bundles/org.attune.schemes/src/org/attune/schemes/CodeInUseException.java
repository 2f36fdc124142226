package org.attune.schemes;

/** A code (or a category with codes) cannot be deleted because coded moments use it. */
public class CodeInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int uses;

    public CodeInUseException(String message, int uses) {
        super(message);
        this.uses = uses;
    }

    /** How many coded moments use the code. */
    public int uses() {
        return uses;
    }
}
