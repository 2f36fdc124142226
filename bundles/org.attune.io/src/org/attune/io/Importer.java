package org.attune.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.attune.io.Interchange.Document;
import org.attune.io.internal.BorisReader;
import org.attune.io.internal.Csv;
import org.attune.io.internal.EafReader;
import org.attune.io.internal.Limits;
import org.attune.io.internal.OpfReader;

/**
 * Reads a file of another tool into the {@link Interchange} form: ELAN {@code .eaf}, Datavyu
 * {@code .opf}, BORIS {@code .boris} and Attune's {@code .csv}. The extension chooses the
 * reader, and the content must agree with it: a zip renamed {@code .eaf} is refused with a
 * message saying what it is. Reading never touches a corpus.
 */
public final class Importer {

    /** Formats by extension. */
    public enum Format {
        EAF("ELAN annotation document", ".eaf"), OPF("Datavyu project", ".opf"), BORIS("BORIS project", ".boris"),
        CSV("Attune CSV", ".csv");

        public final String description;
        public final String extension;

        Format(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }
    }

    /**
     * @param language preferred language of multilingual ELAN vocabularies (ISO 639-3, e.g. "eng"); empty: English, else the first
     * @param coder    coder of moments from formats that name none (BORIS, Datavyu); empty: the tool's name
     */
    public record Options(String language, String coder) {
        public static final Options DEFAULT = new Options("", "");
    }

    private Importer() {
    }

    public static Format format(Path file) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format format : Format.values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        throw new ImportException(file.getFileName().toString(), "",
                "unknown file type (Attune imports .eaf, .opf, .boris and .csv files)");
    }

    public static List<Document> read(Path file, Options options) throws ImportException {
        String name = file.getFileName().toString();
        Format format = format(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(name, "", "cannot be read: " + describe(e));
        }
        if (size > Limits.MAX_FILE_BYTES) {
            throw new ImportException(name, "", "is " + size / (1024 * 1024) + " MB, more than the "
                    + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB Attune reads");
        }
        byte[] head = new byte[8];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImportException(name, "", "cannot be read: " + describe(e));
        }
        String actual = sniff(head, headLength);
        String expected = switch (format) {
        case EAF -> "XML";
        case OPF -> "zip";
        case BORIS -> "JSON";
        case CSV -> "text";
        };
        if (headLength == 0) {
            throw new ImportException(name, "", "the file is empty");
        }
        if (!actual.equals(expected) && !(format == Format.CSV && !actual.equals("zip") && !actual.equals("gzip"))) {
            throw new ImportException(name, "", "is not a " + format.description + ": it holds "
                    + (actual.equals("text") ? "plain text" : actual.equals("zip") ? "a zip archive" : actual.equals("gzip") ? "gzip-compressed data" : actual)
                    + ", not " + expected);
        }
        String base = name.substring(0, name.length() - format.extension.length());
        switch (format) {
        case EAF:
            try (InputStream in = Files.newInputStream(file)) {
                return List.of(new EafReader(name, options.language()).read(in, base));
            } catch (IOException e) {
                throw new ImportException(name, "", "cannot be read: " + describe(e));
            }
        case OPF:
            return List.of(new OpfReader(name, options.coder()).read(file, base));
        case BORIS:
            return List.of(new BorisReader(name, options.coder()).read(utf8(file, name), base));
        case CSV:
        default:
            return Csv.read(utf8(file, name), name);
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String sniff(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        if (length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "zip";
        }
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "gzip";
        }
        while (i < length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        if (i < length && head[i] == '<') {
            return "XML";
        }
        if (i < length && (head[i] == '{' || head[i] == '[')) {
            return "JSON";
        }
        return "text";
    }

    private static String utf8(Path file, String name) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name, "", "cannot be read: " + describe(e));
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(name, "line " + line, "is not UTF-8 text (bad byte at offset " + at + ")");
        }
        out.flip();
        return out.toString();
    }
}
