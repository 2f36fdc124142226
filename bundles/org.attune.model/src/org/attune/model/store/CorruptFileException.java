package org.attune.model.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A corpus, case or scheme file that cannot be read. The message names the file and, for XML,
 * the line and column; {@link #backup()} is the previous version when there is one, which
 * {@link CorpusStore#restoreBackup(Path)} puts back (keeping the damaged file aside).
 */
public class CorruptFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final transient Path backup;

    public CorruptFileException(Path file, int line, int column, String problem, Path backup, Throwable cause) {
        super(message(file, line, column, problem, backup), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.backup = backup;
    }

    private static String message(Path file, int line, int column, String problem, Path backup) {
        StringBuilder text = new StringBuilder("cannot read ").append(file);
        if (line > 0) {
            text.append(" at line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        text.append(": ").append(problem == null ? "unreadable content" : problem.replaceAll("[.\\s]+$", ""));
        if (backup != null) {
            text.append(". The previous version is kept in ").append(backup)
                    .append(": restore it with './attune restore ").append(file)
                    .append("' (the damaged file is kept aside)");
        } else {
            text.append(". There is no backup of this file");
        }
        return text.toString();
    }

    /** The file that cannot be read. */
    public Path file() {
        return file;
    }

    /** The line of the problem (1-based), or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the problem (1-based), or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The previous version of the file, when there is one. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }
}
