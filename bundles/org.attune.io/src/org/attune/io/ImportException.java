package org.attune.io;

/**
 * A file could not be read. The message always names the file, where in it (line, zip
 * entry, JSON path) and why, e.g. {@code session.eaf: line 12: TIME_SLOT_REF 'ts9' is not a time slot}.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String where;
    private final String why;

    public ImportException(String file, String where, String why) {
        this(file, where, why, null);
    }

    public ImportException(String file, String where, String why, Throwable cause) {
        super(file + ": " + (where == null || where.isEmpty() ? "" : where + ": ") + why, cause);
        this.file = file;
        this.where = where == null ? "" : where;
        this.why = why;
    }

    public String file() {
        return file;
    }

    public String where() {
        return where;
    }

    public String why() {
        return why;
    }
}
