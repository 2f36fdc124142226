package org.attune.media;

import java.nio.file.Path;

/** A media file that cannot be played; the message names the file and GStreamer's reason. */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public MediaException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
    }

    /** The file at fault, or null when the failure is not one file's. */
    public Path file() {
        return file;
    }
}
