package org.attune.index;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.model.store.AtomicFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Search hits as CSV (RFC 4180, UTF-8): a header, then one row per hit with the columns of
 * {@code ./attune search}'s tab-separated lines — case, start_ms, end_ms, coder, code, snippet, and
 * for pairs the second moment's then_start_ms … then_snippet.
 */
public final class SearchCsv {

    public static final List<String> HEADER = List.of("case", "start_ms", "end_ms", "coder", "code", "snippet");
    public static final List<String> PAIR_HEADER = List.of("case", "start_ms", "end_ms", "coder", "code", "snippet",
            "then_start_ms", "then_end_ms", "then_coder", "then_code", "then_snippet");

    private SearchCsv() {
    }

    /** The row of a hit; with {@code pairs} the second moment's columns follow (empty for a single moment). */
    public static List<String> row(Hit hit, boolean pairs) {
        MomentRecord m = hit.moment();
        List<String> row = new ArrayList<>(List.of(m.caseId(), Long.toString(m.startMs()), Long.toString(m.endMs()),
                m.coder(), m.codeLabel(), text(hit.snippet())));
        if (pairs) {
            MomentRecord s = hit.second();
            if (s == null) {
                row.addAll(List.of("", "", "", "", ""));
            } else {
                row.addAll(List.of(Long.toString(s.startMs()), Long.toString(s.endMs()), s.coder(), s.codeLabel(),
                        text(hit.secondSnippet())));
            }
        }
        return row;
    }

    /** One CSV line, without the line end: fields with a comma, quote or line break are quoted. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = text(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.toString();
    }

    /**
     * Writes the hits to a file atomically: a crash or a cancellation leaves the file as it was
     * (or absent), never half written. Reports progress per hit and honours cancellation.
     *
     * @throws IOException naming the file when it cannot be written
     * @throws OperationCanceledException when the monitor is cancelled (the file is untouched)
     */
    public static void write(Path file, List<Hit> hits, boolean pairs, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + file.getFileName(), hits.size());
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(line(pairs ? PAIR_HEADER : HEADER));
                w.write("\r\n");
                int i = 0;
                for (Hit hit : hits) {
                    if ((++i & 1023) == 0) {
                        progress.split(1024); // throws when cancelled: the temporary file is deleted
                    }
                    w.write(line(row(hit, pairs)));
                    w.write("\r\n");
                }
                w.flush();
            }, false);
        } catch (IOException e) {
            throw new IOException(file + ": cannot write the CSV (" + e.getMessage() + ")", e);
        }
        progress.done();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
