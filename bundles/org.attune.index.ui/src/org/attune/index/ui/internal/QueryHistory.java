package org.attune.index.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries searched, most recent first, kept in a text file (one query a line) so that they
 * are there again after a restart. A query searched again moves to the top.
 */
public final class QueryHistory {

    /** The most queries kept. */
    public static final int MAX = 50;

    private final Path file;
    private final List<String> queries = new ArrayList<>();

    /** The history stored in a file (read now; a missing or unreadable file is an empty history). */
    public QueryHistory(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !queries.contains(line) && queries.size() < MAX) {
                        queries.add(line);
                    }
                }
            } catch (IOException e) {
                // a lost history costs the user nothing but typing
            }
        }
    }

    /** Most recent first. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    /** Puts a query at the top and writes the file (atomically: a crash keeps the old history). */
    public void add(String query) {
        String q = query.replace('\n', ' ').replace('\r', ' ').strip();
        if (q.isEmpty()) {
            return;
        }
        queries.remove(q);
        queries.add(0, q);
        while (queries.size() > MAX) {
            queries.remove(queries.size() - 1);
        }
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, queries, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // kept in memory for this session
        }
    }
}
