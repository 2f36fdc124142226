package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.attune.io.Exporter;
import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** import → export → import gives the same moments, for EAF and CSV; exported EAF is valid EAF 3.0. */
class RoundTripTest {

    @TempDir
    Path dir;

    private static Schema eaf30;

    static synchronized Schema eaf30() throws Exception {
        if (eaf30 == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            eaf30 = factory.newSchema(TestFiles.file("xsd/EAFv3.0.xsd").toFile());
        }
        return eaf30;
    }

    static void validate(byte[] eaf) throws Exception {
        Validator validator = eaf30().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(eaf)));
    }

    static byte[] eaf(Scheme scheme, Case kase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.writeEaf(scheme, kase, Exporter::referenceAsIs, out);
        return out.toByteArray();
    }

    private Document reimport(byte[] eaf, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, eaf);
        return Importer.read(file, Importer.Options.DEFAULT).get(0);
    }

    static List<String> sorted(Case kase) {
        List<String> list = new ArrayList<>();
        for (Moment m : kase.moments) {
            list.add(m.signature());
        }
        list.sort(Comparator.naturalOrder());
        return list;
    }

    @TestFactory
    List<DynamicTest> everyRealFileRoundTripsThroughEaf30() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : TestFiles.all("eaf", "opf", "boris")) {
            tests.add(DynamicTest.dynamicTest(TestFiles.root().relativize(file).toString(), () -> {
                Document first = Importer.read(file, Importer.Options.DEFAULT).get(0);
                for (Case kase : first.cases) {
                    byte[] exported = eaf(first.scheme, kase);
                    // the schema's identity constraints make validation slow (~10 s for 8,778
                    // annotations): the three big demo files are validated once, below
                    if (!file.getFileName().toString().startsWith("sample_")) {
                        validate(exported);
                    }
                    Document second = reimport(exported, "again.eaf");
                    Case again = second.cases.get(0);
                    assertEquals(kase.id, again.id);
                    assertEquals(first.scheme.name, second.scheme.name);
                    assertEquals(sorted(kase), sorted(again), file.getFileName() + " / " + kase.id);
                    assertEquals(kase.media.stream().map(m -> m.offsetMs).toList(), again.media.stream().map(m -> m.offsetMs).toList(),
                            "media offsets");
                    for (Moment m : again.moments) {
                        Code before = first.scheme.category(m.category).code(m.code);
                        Code after = second.scheme.category(m.category).code(m.code);
                        assertEquals(before.label, after.label);
                        assertEquals(before.kind, after.kind, "kind of " + before.id);
                    }
                    // and once more: the export of the re-import is the same document (but for its DATE)
                    byte[] twice = eaf(second.scheme, again);
                    assertEquals(withoutDate(exported), withoutDate(twice));
                }
            }));
        }
        return tests;
    }

    private static String withoutDate(byte[] eaf) {
        return new String(eaf, StandardCharsets.UTF_8).replaceFirst("DATE=\"[^\"]*\"", "");
    }

    @Test
    void theBigDemoFileExportsValidEaf30() throws Exception {
        Document d = RealFilesTest.read(TestFiles.SAMPLE_30);
        validate(eaf(d.scheme, d.cases.get(0)));
    }

    @Test
    void exportedEafKeepsTiersCodersVocabulariesAndOffsets() throws Exception {
        Document d = RealFilesTest.read(TestFiles.EXAMPLE);
        String xml = new String(eaf(d.scheme, d.cases.get(0)), StandardCharsets.UTF_8);
        assertTrue(xml.contains("FORMAT=\"3.0\""));
        assertTrue(xml.contains("TIME_ORIGIN=\"5000\""), "the offset of the first video");
        assertTrue(xml.contains("<CV_ENTRY_ML CVE_ID=\"cveid0\"><CVE_VALUE DESCRIPTION=\"Right Hand\" LANG_REF=\"und\">R</CVE_VALUE>"), xml);
    }

    @Test
    void specialCharactersSurviveEafAndCsv() throws Exception {
        Scheme scheme = new Scheme("s", "Scheme, \"quoted\"");
        Interchange.Category category = scheme.categoryOrAdd("Ouders & kind <3>");
        Code code = category.codeOrAdd("c1", "Sensitiviteit \u00e9\u00e8 \u2014 \u201cok\u201d");
        code.kind = Interchange.Kind.POINT;
        code.modifiers.add(new Interchange.Modifier("intensity", Interchange.ModifierType.NUMBER));
        Case kase = new Case("case 1", "Case, one");
        Moment point = new Moment(category.name, code.id, "co\"der", 1500, 1500);
        point.modifierValues.put("intensity", "3");
        point.modifierValues.put("who;what=", "a;b=c\\d");
        point.note = "line one\nline two, with \"quotes\"\u0001";
        Moment interval = new Moment(category.name, code.id, "other", 0, 1000);
        kase.moments.add(point);
        kase.moments.add(interval);

        Document reread = reimport(eaf(scheme, kase), "special.eaf");
        validate(eaf(scheme, kase));
        List<String> expected = sorted(kase);
        // the control character is dropped from XML (it cannot be written there)
        expected.replaceAll(s -> s.replace("\u0001", ""));
        assertEquals(expected, sorted(reread.cases.get(0)));
        assertEquals(Interchange.Kind.POINT, reread.scheme.category(category.name).code("c1").kind);

        Document document = new Document("x", "test", scheme);
        document.cases.add(kase);
        StringWriter csv = new StringWriter();
        Exporter.writeCsv(List.of(document), csv);
        String text = csv.toString();
        assertTrue(text.startsWith(Exporter.CSV_HEADER + "\r\n"), text);
        assertEquals("case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note", Exporter.CSV_HEADER);
        assertTrue(text.contains("\"co\"\"der\""), text);
        assertTrue(text.contains("intensity=3;who\\;what\\==a\\;b\\=c\\\\d"), text);
        Path file = dir.resolve("special.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Document fromCsv = Importer.read(file, Importer.Options.DEFAULT).get(0);
        assertEquals(scheme.name, fromCsv.scheme.name);
        assertEquals(kase.moments.size(), fromCsv.momentCount());
        Moment p = fromCsv.cases.get(0).moments.get(0);
        assertEquals(point.modifierValues, p.modifierValues);
        assertEquals(point.note, p.note);
        assertEquals(code.label, p.code, "CSV names codes by label");
    }

    @TestFactory
    List<DynamicTest> realFilesRoundTripThroughCsv() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String relative : List.of(TestFiles.SAMPLE_28, TestFiles.EXAMPLE, TestFiles.BORIS, TestFiles.OPF_UI + "demo_data_to_csv.opf")) {
            tests.add(DynamicTest.dynamicTest(relative, () -> {
                Document first = RealFilesTest.read(relative);
                Path csv = dir.resolve("out.csv");
                Exporter.writeCsv(List.of(first), csv);
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                assertEquals(Exporter.CSV_HEADER, text.substring(0, text.indexOf("\r\n")));
                List<Document> again = Importer.read(csv, Importer.Options.DEFAULT);
                assertEquals(1, again.size());
                List<String> before = new ArrayList<>();
                for (Case kase : first.cases) {
                    for (Moment m : kase.moments) {
                        String label = first.scheme.category(m.category).code(m.code).label;
                        String note = m.transcript.isEmpty() ? m.note : m.note.isEmpty() ? m.transcript : m.transcript + "\n" + m.note;
                        before.add(kase.id + "|" + m.category + "|" + label + "|" + m.coder + "|" + m.startMs + "|" + m.endMs + "|"
                                + m.modifierValues + "|" + note);
                    }
                }
                List<String> after = new ArrayList<>();
                for (Case kase : again.get(0).cases) {
                    for (Moment m : kase.moments) {
                        after.add(kase.id + "|" + m.category + "|" + m.code + "|" + m.coder + "|" + m.startMs + "|" + m.endMs + "|"
                                + m.modifierValues + "|" + m.note);
                    }
                }
                assertEquals(before, after);
            }));
        }
        return tests;
    }

    @Test
    void csvImportIsStrict() throws Exception {
        Path wrongHeader = dir.resolve("header.csv");
        Files.writeString(wrongHeader, "case,coder,code\r\n");
        ImportException e = assertThrows(ImportException.class, () -> Importer.read(wrongHeader, Importer.Options.DEFAULT));
        assertEquals("header.csv: line 1: the header must be exactly '" + Exporter.CSV_HEADER + "'", e.getMessage());
        Path badRow = dir.resolve("row.csv");
        Files.writeString(badRow, Exporter.CSV_HEADER + "\r\nc,k,s,cat,code,100,50,-50,,\r\n");
        e = assertThrows(ImportException.class, () -> Importer.read(badRow, Importer.Options.DEFAULT));
        assertTrue(e.getMessage().startsWith("row.csv: row 2: "), e.getMessage());
        Path open = dir.resolve("open.csv");
        Files.writeString(open, Exporter.CSV_HEADER + "\r\nc,k,s,cat,code,1,2,1,,\"never closed\r\n");
        e = assertThrows(ImportException.class, () -> Importer.read(open, Importer.Options.DEFAULT));
        assertEquals("open.csv: line 2: a quoted field is never closed", e.getMessage());
        Path fields = dir.resolve("fields.csv");
        Files.writeString(fields, Exporter.CSV_HEADER + "\nc,k,s,cat,code,1,2,1,\n");
        e = assertThrows(ImportException.class, () -> Importer.read(fields, Importer.Options.DEFAULT));
        assertTrue(e.why().contains("9 fields"), e.getMessage());
    }

    @Test
    void exportReplacesFilesAtomically() throws Exception {
        Document d = RealFilesTest.read("eaf/dopefishh+pympi/test/fto.eaf");
        Path target = dir.resolve("out.eaf");
        Files.writeString(target, "previous");
        Exporter.writeEaf(d.scheme, d.cases.get(0), Exporter::referenceAsIs, target);
        assertTrue(Files.readString(target).contains("ANNOTATION_DOCUMENT"));
        // a failing export leaves the previous file and no temporary file behind
        Scheme broken = new Scheme("b", "b");
        Case kase = new Case("k", "k");
        kase.moments.add(new Moment("missing", "c", "x", 0, 1));
        assertThrows(RuntimeException.class, () -> Exporter.writeEaf(broken, kase, Exporter::referenceAsIs, target));
        assertTrue(Files.readString(target).contains("ANNOTATION_DOCUMENT"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
