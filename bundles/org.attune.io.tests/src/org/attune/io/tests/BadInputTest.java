package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange.Media;
import org.attune.io.MediaPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files: refused with file, place and reason; nothing fetched, nothing exhausted. */
class BadInputTest {

    @TempDir
    Path dir;

    private ImportException refused(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return refused(file);
    }

    private static ImportException refused(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> Importer.read(file, Importer.Options.DEFAULT));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
        return e;
    }

    private static final String EAF_TAIL = "<HEADER TIME_UNITS=\"milliseconds\"/><TIME_ORDER/></ANNOTATION_DOCUMENT>";

    @Test
    void xxeWithALocalFileIsRefusedAndNothingIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        ImportException e = refused("xxe.eaf", "<?xml version=\"1.0\"?>\n<!DOCTYPE ANNOTATION_DOCUMENT [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<ANNOTATION_DOCUMENT AUTHOR=\"&xxe;\" DATE=\"2020-01-01T00:00:00Z\" VERSION=\"3.0\">" + EAF_TAIL);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.where().startsWith("line "), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void noExternalDtdOrEntityIsEverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String base = "http://127.0.0.1:" + server.getLocalPort();
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        server.accept().close();
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException timeout) {
                        // keep listening a little while
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.start();
            refused("dtd.eaf", "<?xml version=\"1.0\"?>\n<!DOCTYPE ANNOTATION_DOCUMENT SYSTEM \"" + base + "/eaf.dtd\">\n"
                    + "<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2020-01-01T00:00:00Z\" VERSION=\"3.0\">" + EAF_TAIL);
            refused("param.eaf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]>\n"
                    + "<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2020-01-01T00:00:00Z\" VERSION=\"3.0\">" + EAF_TAIL);
            refused("external.eaf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + base + "/e.txt\">]>\n"
                    + "<ANNOTATION_DOCUMENT AUTHOR=\"&e;\" DATE=\"2020-01-01T00:00:00Z\" VERSION=\"3.0\">" + EAF_TAIL);
            listener.join(5000);
            assertEquals(0, connections.get(), "the reader connected to the DTD/entity server");
        }
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                laughs.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            laughs.append("\">");
        }
        laughs.append("]>\n<ANNOTATION_DOCUMENT AUTHOR=\"&lol9;\" DATE=\"2020-01-01T00:00:00Z\" VERSION=\"3.0\">").append(EAF_TAIL);
        assertTrue(refused("laughs.eaf", laughs.toString()).getMessage().contains("DOCTYPE"));
    }

    @Test
    void malformedXmlSaysWhere() throws Exception {
        ImportException e = refused("broken.eaf", "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n<HEADER>\n<TIME_ORDER>\n</HEADER>\n");
        assertTrue(e.where().matches("line [45]"), e.getMessage());
        assertTrue(e.why().contains("not well-formed XML"), e.getMessage());
        ImportException truncated = refused("truncated.eaf", Files.readString(TestFiles.file("eaf/dopefishh+pympi/test/fto.eaf")).substring(0, 2000));
        assertTrue(truncated.why().contains("XML"), truncated.getMessage());
    }

    @Test
    void otherXmlIsNotAnEaf() throws Exception {
        ImportException e = refused("html.eaf", "<html><body>hello</body></html>");
        assertTrue(e.why().contains("root element is <html>"), e.getMessage());
    }

    @Test
    void danglingTimeSlotsAndReferencesAreRefused() throws Exception {
        ImportException slot = refused("slot.eaf", "<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/></TIME_ORDER>\n"
                + "<TIER TIER_ID=\"t\" LINGUISTIC_TYPE_REF=\"x\"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts9\">"
                + "<ANNOTATION_VALUE>v</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>");
        assertEquals("line 2", slot.where());
        assertTrue(slot.why().contains("'ts9'"), slot.getMessage());
        ImportException ref = refused("ref.eaf", "<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER/>\n"
                + "<TIER TIER_ID=\"t\" LINGUISTIC_TYPE_REF=\"x\"><ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a1\" ANNOTATION_REF=\"a7\">"
                + "<ANNOTATION_VALUE>v</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>");
        assertTrue(ref.why().contains("'a7', which does not exist"), ref.getMessage());
        ImportException number = refused("number.eaf", "<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER>\n<TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"12s\"/></TIME_ORDER></ANNOTATION_DOCUMENT>");
        assertEquals("line 2", number.where());
    }

    @Test
    void hugeAttributeValuesAreRefused() throws Exception {
        String huge = "x".repeat(2 * 1024 * 1024);
        ImportException e = refused("huge.eaf", "<ANNOTATION_DOCUMENT AUTHOR=\"" + huge + "\"><HEADER/><TIME_ORDER/></ANNOTATION_DOCUMENT>");
        assertTrue(e.why().contains("characters long") || e.why().contains("XML"), e.getMessage());
        assertTrue(e.getMessage().length() < 500, "the message does not carry the value");
    }

    @Test
    void wrongExtensionsAreNamed() throws Exception {
        Path zipAsEaf = dir.resolve("really-a-zip.eaf");
        Files.copy(TestFiles.file(TestFiles.OPF_UI + "demo_data_to_csv.opf"), zipAsEaf);
        assertTrue(refused(zipAsEaf).why().contains("zip archive"));
        Path eafAsBoris = dir.resolve("really-an-eaf.boris");
        Files.copy(TestFiles.file("eaf/dopefishh+pympi/test/fto.eaf"), eafAsBoris);
        assertTrue(refused(eafAsBoris).why().contains("not a BORIS project"));
        Path jsonAsOpf = dir.resolve("really-json.opf");
        Files.copy(TestFiles.file(TestFiles.BORIS), jsonAsOpf);
        assertTrue(refused(jsonAsOpf).why().contains("JSON"));
        assertTrue(refused("notes.txt", "hello").why().contains("unknown file type"));
        assertTrue(refused("empty.eaf", "").why().contains("empty"));
        assertTrue(refused("other.boris", "{\"a\": 1}").why().contains("behaviors_conf"));
    }

    @Test
    void malformedJsonSaysLineAndColumn() throws Exception {
        ImportException e = refused("bad.boris", "{\n  \"behaviors_conf\": {\n    \"0\": {\"code\": \"p\",}\n  }\n}");
        assertEquals("line 3, column 23", e.where(), e.getMessage());
        ImportException deep = refused("deep.boris", "[".repeat(10_000));
        assertTrue(deep.why().contains("nested"), deep.getMessage());
        ImportException events = refused("events.boris", "{\"behaviors_conf\": {\"0\": {\"code\": \"p\", \"type\": \"Point event\"}},"
                + "\"observations\": {\"o\": {\"events\": [[1.5, \"\", \"p\"], [\"soon\", \"\", \"p\"]]}}}");
        assertEquals("observation 'o', event 2", events.where());
        ImportException latin1 = refused(write("latin1.boris", new byte[] { '{', '"', (byte) 0xE9, '"', ':', '1', '}' }));
        assertTrue(latin1.why().contains("UTF-8"), latin1.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void zipBombsAndBrokenZipsAreRefused() throws Exception {
        Path bomb = dir.resolve("bomb.opf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("project"));
            zip.write("!project\nname: bomb\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros); // 80 MB of zeros, about 80 KB compressed
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        ImportException e = refused(bomb);
        assertEquals("entry 'db'", e.where());
        assertTrue(e.why().contains("zip bomb"), e.getMessage());

        Path truncated = dir.resolve("truncated.opf");
        byte[] whole = Files.readAllBytes(TestFiles.file(TestFiles.OPF_UI + "demo_data_to_csv.opf"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refused(truncated).why().contains("zip"));

        Path noDb = dir.resolve("nodb.opf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noDb))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(1);
        }
        assertTrue(refused(noDb).why().contains("no 'db' entry"));

        Path badDb = dir.resolve("baddb.opf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(badDb))) {
            zip.putNextEntry(new ZipEntry("db"));
            zip.write("#4\ncol (TEXT,true,)\n00:00:01:000,00:00:02:000,ok\nthis is not a cell\n".getBytes(StandardCharsets.UTF_8));
        }
        ImportException bad = refused(badDb);
        assertEquals("entry 'db', line 4", bad.where());

        Path many = dir.resolve("many.opf");
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 1500; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
            }
        }
        assertTrue(refused(many).why().contains("zip entries"));
    }

    @Test
    void mediaPathsNeverClimbOutOfTheCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path source = dir.resolve("in").resolve("session.eaf");
        Files.createDirectories(source.getParent());
        ImportException climb = assertThrows(ImportException.class,
                () -> MediaPaths.corpusPath(new Media("../../etc/passwd"), source, corpus));
        assertTrue(climb.getMessage().startsWith("session.eaf: media '../../etc/passwd': "), climb.getMessage());
        assertTrue(climb.why().contains("climbs out of the corpus"));
        assertThrows(ImportException.class, () -> MediaPaths.corpusPath(new Media("videos/../../x.mp4"), source, corpus));
        assertThrows(ImportException.class, () -> MediaPaths.corpusPath(new Media("file:/../x.mp4"), source, corpus));
        // another machine's absolute path: only the name is kept, to be relinked
        assertEquals("r03_v20_s5.wav", MediaPaths.corpusPath(new Media("file:///Users/Shared/MPI/r03_v20_s5.wav"), source, corpus));
        assertEquals("Copy of head_turns.mov",
                MediaPaths.corpusPath(new Media("C:\\Development\\openshapa\\Copy of head_turns.mov"), source, corpus));
        // relative inside the corpus, and an existing file inside it
        assertEquals("video/a.mp4", MediaPaths.corpusPath(new Media("video/./a.mp4"), source, corpus));
        Path real = Files.createDirectories(corpus.resolve("media")).resolve("b.mp4");
        Files.writeString(real, "x");
        assertEquals("media/b.mp4", MediaPaths.corpusPath(new Media(real.toUri().toString()), source, corpus));
        Media relative = new Media("file:///elsewhere/b.mp4");
        relative.relativeReference = "../corpus/media/b.mp4";
        assertEquals("media/b.mp4", MediaPaths.corpusPath(relative, source, corpus));
    }
}
