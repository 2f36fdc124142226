package org.attune.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Scheme;
import org.attune.io.internal.AtomicFile;
import org.attune.io.internal.Csv;
import org.attune.io.internal.EafWriter;

/** Writes the {@link Interchange} form as EAF 3.0 or as Attune's CSV; files are replaced atomically. */
public final class Exporter {

    /** The exact header of Attune's CSV. */
    public static final String CSV_HEADER = Csv.HEADER;

    private Exporter() {
    }

    /**
     * Writes one case as EAF 3.0.
     *
     * @param mediaUrl MEDIA_URL and RELATIVE_MEDIA_URL (or null) for each media source
     */
    public static void writeEaf(Scheme scheme, Case kase, Function<Media, String[]> mediaUrl, Path target) throws IOException {
        AtomicFile.write(target, out -> EafWriter.write(scheme, kase, mediaUrl, out));
    }

    public static void writeEaf(Scheme scheme, Case kase, Function<Media, String[]> mediaUrl, java.io.OutputStream out)
            throws XMLStreamException {
        EafWriter.write(scheme, kase, mediaUrl, out);
    }

    /** Writes all moments of all documents as one CSV (UTF-8, CRLF, RFC 4180). */
    public static void writeCsv(List<Document> documents, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeCsv(documents, writer);
            writer.flush();
        });
    }

    public static void writeCsv(List<Document> documents, Writer writer) throws IOException {
        Csv.writeHeader(writer);
        for (Document document : documents) {
            Csv.write(document, writer);
        }
    }

    /**
     * MEDIA_URL and RELATIVE_MEDIA_URL from the reference itself, for exports not tied to a
     * corpus folder: URLs stay as they are, absolute paths become file URLs, a bare relative
     * path is given relative to the exported file.
     */
    public static String[] referenceAsIs(Media media) {
        String reference = media.reference.trim();
        String relative = media.relativeReference.isBlank() ? null : media.relativeReference.trim();
        if (reference.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !reference.matches("(?i)[a-z]:[\\\\/].*")) {
            return new String[] { reference, relative };
        }
        if (reference.matches("(?i)[a-z]:[\\\\/].*")) {
            return new String[] { "file:///" + encode(reference.replace('\\', '/')), relative };
        }
        if (reference.startsWith("/")) {
            return new String[] { "file://" + encode(reference), relative };
        }
        String path = encode(reference.replace('\\', '/'));
        path = path.startsWith("./") || path.startsWith("../") ? path : "./" + path;
        return new String[] { "file:" + path, relative == null ? path : relative };
    }

    private static String encode(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("#", "%23");
    }
}
