package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.analysis.AgreementMatrix;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.CodeColors;
import org.attune.analysis.Disagreements;
import org.attune.analysis.Moment;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.analysis.internal.AgreementCommand;
import org.attune.analysis.internal.StatsCodesCommand;
import org.attune.analysis.internal.StatsTransitionsCommand;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.osgi.framework.FrameworkUtil;

/** The CLI commands on the demo moments file in testfiles/ and on a corpus folder made from it. */
class CommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyDemo() throws IOException {
        // the fragment's files are found through its host
        Enumeration<URL> found = FrameworkUtil.getBundle(CommandsTest.class).findEntries("testfiles", "demo-moments.csv",
                false);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, dir.resolve("demo.csv"));
        }
    }

    private int run(CliCommand command, String... words) throws Exception {
        out.reset();
        err.reset();
        CliContext context = new CliContext() {
            private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public IProgressMonitor monitor() {
                return new NullProgressMonitor();
            }
        };
        return command.run(context, List.of(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void agreementEventBased() throws Exception {
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben"));
        String text = out();
        assertTrue(text.contains("event-based, moments matched by onset within 1000 ms or by overlap"), text);
        assertTrue(text.contains("(pooled)"), text);
        assertTrue(text.contains("Confusion matrix, all cases pooled (rows anna, columns ben)"), text);
        assertTrue(text.contains("(nothing)"), text);
    }

    @Test
    void agreementJsonForOneCase() throws Exception {
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--case", "family-01",
                "--json", "--tolerance", "500ms"));
        String json = out();
        assertTrue(json.startsWith("{\"method\":\"event\",\"coders\":[\"anna\",\"ben\"],\"toleranceMs\":500"), json);
        assertTrue(json.contains("\"scope\":\"family-01\""), json);
        assertTrue(!json.contains("family-02"), json);
    }

    @Test
    void agreementCsvHasOneRowPerCaseAndThePooledRow() throws Exception {
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--csv"));
        List<String> lines = out().lines().toList();
        assertEquals("case,method,coders,items,percent_agreement,cohen_kappa,fleiss_kappa,krippendorff_alpha", lines.get(0));
        assertEquals(4, lines.size(), out());
        assertTrue(lines.get(1).startsWith("family-01,event,anna ben,"), out());
        assertTrue(lines.get(3).startsWith("(pooled),event,anna ben,"), out());
        assertThrows(UsageException.class,
                () -> run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--csv", "--json"));
    }

    @Test
    void agreementOfThreeCodersNeedsTimeUnitsOrAlpha() throws Exception {
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv"));
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--method", "time-unit"));
        assertTrue(out().contains("Fleiss' kappa"), out());
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--method", "alpha", "--unit", "2s"));
        assertTrue(out().contains("Krippendorff's alpha (nominal) on time units of 2000 ms"), out());
    }

    @Test
    void threeCodersGetEachPairsKappaToo() throws Exception {
        MomentSet moments = MomentsCsv.read(dir.resolve("demo.csv"));
        List<String> coders = List.of("anna", "ben", "carla");
        AgreementMatrix matrix = AgreementMatrix.compute(moments, coders, AgreementMethod.TIME_UNIT, 1000, 1000,
                new NullProgressMonitor());
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben,carla", "--method",
                "time-unit"));
        String text = out();
        assertTrue(text.contains("Pairwise Cohen's kappa, all cases pooled (time units of 1000 ms):"), text);
        String annaRow = text.lines().filter(l -> l.startsWith("anna ") && l.contains(" - ")).findFirst().orElseThrow();
        assertEquals(List.of("anna", "-", num(matrix.pair("anna", "ben").pooled().cohenKappa()),
                num(matrix.pair("anna", "carla").pooled().cohenKappa())), List.of(annaRow.trim().split("\\s+")), text);
        assertTrue(text.contains(num(matrix.allCoders().pooled().fleiss().kappa())), text);
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--method", "alpha", "--json"));
        String json = out();
        assertTrue(json.contains(",\"pairs\":[{\"coders\":[\"anna\",\"ben\"],\"method\":\"alpha\",\"pooled\":{"), json);
        assertTrue(json.contains("{\"coders\":[\"ben\",\"carla\"]"), json);
        // two coders: no pairs section
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--json"));
        assertTrue(!out().contains("\"pairs\""), out());
    }

    @Test
    void confidenceIntervalsInTextAndJson() throws Exception {
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--method", "time-unit",
                "--ci", "--replicates", "200"));
        String text = out();
        assertTrue(text.contains("Bootstrap 95% intervals, all cases pooled (200 replicates of the 688 items in moving blocks"
                + " of 10 units, seed 1):"), text);
        String kappaLine = text.lines().filter(l -> l.startsWith("Cohen's kappa ")).findFirst().orElseThrow();
        assertTrue(kappaLine.matches("Cohen's kappa +0\\.\\d{3} +\\[0\\.\\d{3}, 0\\.\\d{3}\\]"), kappaLine);
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben", "--ci", "--json",
                "--replicates", "200"));
        String json = out();
        assertTrue(json.contains("\"intervals\":{\"level\":0.950000,\"replicates\":200,\"blockItems\":1,\"seed\":1,"), json);
        assertTrue(json.contains("\"codes\":[{\"code\":\"attuned response\",\"kappa\":{\"estimate\":"), json);
        assertTrue(json.contains("\"specificAgreement\":{\"estimate\":"), json);
        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--method", "alpha", "--ci", "--replicates",
                "100", "--block", "5s", "--json"));
        assertTrue(out().contains("\"fleissKappa\":{\"estimate\":"), out());
        assertTrue(out().contains("\"blockItems\":5,"), out());
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--replicates", "200"));
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben",
                "--ci", "--csv"));
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,ben",
                "--ci", "--replicates", "5"));
    }

    private static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private static Document xml(Path file) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void tracksPictureAsSvgAndPng() throws Exception {
        MomentSet moments = MomentsCsv.read(dir.resolve("demo.csv"));
        AgreementTracks expected = AgreementTracks.of(moments, "family-01", "anna", "carla", AgreementMethod.EVENT, 1000,
                1000, CodeColors.none());
        expected.setTitle(AgreementTracks.title("family-01", "anna", "carla", org.attune.analysis.Agreement.compute(
                moments.restrictTo(List.of("family-01")), List.of("anna", "carla"), AgreementMethod.EVENT, 1000, 1000,
                new NullProgressMonitor())));
        int disagreements = Disagreements.of(moments, "family-01", "anna", "carla", AgreementMethod.EVENT, 1000, 1000).size();
        assertTrue(disagreements > 0, "the demo's anna and carla disagree in family-01");

        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,carla", "--case",
                "family-01", "--tracks", "tracks.svg", "--json"));
        assertTrue(out().startsWith("{\"method\":\"event\""), "stdout stays the JSON report: " + out());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wrote "), err.toString(StandardCharsets.UTF_8));
        Document svg = xml(dir.resolve("tracks.svg"));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals("1200", svg.getDocumentElement().getAttribute("width"));
        NodeList rects = svg.getElementsByTagName("rect");
        int bands = 0;
        int drawn = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            String kind = ((Element) rects.item(i)).getAttribute("class");
            bands += kind.equals("disagreement") ? 1 : 0;
            drawn += kind.equals("moment") ? 1 : 0;
        }
        assertEquals(disagreements, bands);
        assertEquals(moments.moments("family-01", "anna").size() + moments.moments("family-01", "carla").size(), drawn);
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertTrue(words.contains("anna") && words.contains("carla") && words.contains("parent"), words.toString());
        assertTrue(words.get(0).startsWith("Case family-01: anna and carla, events within 1000 ms, \u03ba = 0."),
                words.toString());
        // a legend names every code drawn, in its colour, and the disagreement band
        int legend = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("legend") && !rect.getAttribute("data-code").isEmpty()) {
                legend++;
                assertTrue(words.contains(rect.getAttribute("data-code")), rect.getAttribute("data-code"));
            }
        }
        long codes = java.util.stream.Stream.concat(moments.moments("family-01", "anna").stream(),
                moments.moments("family-01", "carla").stream()).map(m -> m.category() + "/" + m.code()).distinct().count();
        assertEquals(codes, legend);
        assertTrue(words.contains("disagreement"), words.toString());

        assertEquals(0, run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,carla", "--case",
                "family-01", "--tracks", "tracks.png", "--width", "900"));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("tracks.png").toFile());
        assertEquals(900, png.getWidth());
        assertEquals(expected.height(), png.getHeight());
        int red = 0;
        int band = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y) & 0xffffff;
                red += rgb == AgreementTracks.DISAGREEMENT_MARK ? 1 : 0;
                band += rgb == AgreementTracks.DISAGREEMENT ? 1 : 0;
            }
        }
        assertTrue(red > 0 && band > red, "disagreement red in the PNG: " + red + " mark, " + band + " band pixels");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file left");
        }
        for (String[] bad : List.of(new String[] { "--coders", "anna,carla", "--tracks", "t.svg" },
                new String[] { "--case", "family-01", "--tracks", "t.svg" },
                new String[] { "--coders", "anna,ben,carla", "--case", "family-01", "--tracks", "t.svg" },
                new String[] { "--coders", "anna,carla", "--case", "family-01", "--tracks", "t.gif" },
                new String[] { "--coders", "anna,carla", "--case", "family-01", "--width", "900" })) {
            List<String> words2 = new ArrayList<>(List.of("--moments", "demo.csv"));
            words2.addAll(List.of(bad));
            assertThrows(UsageException.class, () -> run(new AgreementCommand(), words2.toArray(String[]::new)),
                    String.join(" ", bad));
        }
        Exception noFolder = assertThrows(Exception.class, () -> run(new AgreementCommand(), "--moments", "demo.csv",
                "--coders", "anna,carla", "--case", "family-01", "--tracks", "nowhere/t.svg"));
        assertTrue(noFolder.getMessage().contains("t.svg"), noFolder.getMessage());
    }

    @Test
    void wrongWordsAreUsageErrors() {
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--method", "magic"));
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--tolerance", "soon"));
        assertThrows(UsageException.class, () -> run(new AgreementCommand(), "--moments", "demo.csv", "--coders", "anna,zoe"));
        assertThrows(UsageException.class, () -> run(new AgreementCommand()));
        IllegalArgumentException noCase = assertThrows(IllegalArgumentException.class,
                () -> run(new AgreementCommand(), "--moments", "demo.csv", "--case", "family-99"));
        assertTrue(noCase.getMessage().contains("no case 'family-99'"), noCase.getMessage());
    }

    /** The demo moments saved as a real corpus folder through the model's store. */
    private Path demoCorpus() throws Exception {
        MomentSet moments = MomentsCsv.read(dir.resolve("demo.csv"));
        Path folder = dir.resolve("demo-corpus");
        try (CorpusStore store = CorpusStore.create(folder, "demo")) {
            Map<String, Coder> coders = new TreeMap<>();
            for (String id : moments.coders()) {
                coders.put(id, store.addCoder(id, id));
            }
            CodingScheme scheme = ModelFactory.eINSTANCE.createCodingScheme();
            scheme.setId("vig");
            scheme.setName("VIG demo");
            Map<String, Code> codes = new TreeMap<>();
            Map<String, Category> categories = new TreeMap<>();
            for (String caseId : moments.cases()) {
                for (Moment m : moments.moments(caseId)) {
                    Category category = categories.computeIfAbsent(m.category(), name -> {
                        Category c = ModelFactory.eINSTANCE.createCategory();
                        c.setName(name);
                        scheme.getCategories().add(c);
                        return c;
                    });
                    codes.computeIfAbsent(m.code(), label -> {
                        Code code = ModelFactory.eINSTANCE.createCode();
                        code.setId(CorpusStore.safeId(label));
                        code.setLabel(label);
                        code.setKind(m.isPoint() ? CodeKind.POINT : CodeKind.INTERVAL);
                        category.getCodes().add(code);
                        return code;
                    });
                }
            }
            CodingScheme stored = store.addScheme(scheme);
            for (String caseId : moments.cases()) {
                Case c = store.createCase(caseId, caseId);
                c.setScheme(stored);
                for (Moment m : moments.moments(caseId)) {
                    CorpusStore.addMoment(c, codes.get(m.code()), coders.get(m.coder()), m.startMs(), m.endMs());
                }
            }
            store.save();
        }
        return folder;
    }

    @Test
    void aCorpusFolderGivesTheSameResultsAsItsMoments() throws Exception {
        Path corpus = demoCorpus();
        for (String[] words : List.of(new String[] { "agreement", "--coders", "anna,ben" },
                new String[] { "agreement", "--method", "time-unit", "--case", "family-02" },
                new String[] { "agreement", "--method", "alpha", "--json" }, new String[] { "stats codes", "--csv" },
                new String[] { "stats transitions", "--csv" })) {
            CliCommand command = switch (words[0]) {
            case "agreement" -> new AgreementCommand();
            case "stats codes" -> new StatsCodesCommand();
            default -> new StatsTransitionsCommand();
            };
            List<String> rest = List.of(words).subList(1, words.length);
            List<String> fromCsv = new ArrayList<>(List.of("--moments", "demo.csv"));
            fromCsv.addAll(rest);
            assertEquals(0, run(command, fromCsv.toArray(String[]::new)));
            String expected = out();
            List<String> fromCorpus = new ArrayList<>(List.of("--corpus", corpus.toString()));
            fromCorpus.addAll(rest);
            assertEquals(0, run(command, fromCorpus.toArray(String[]::new)));
            assertEquals(expected, out(), String.join(" ", words));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        }
        assertThrows(UsageException.class,
                () -> run(new AgreementCommand(), "--corpus", corpus.toString(), "--moments", "demo.csv"));
        IllegalArgumentException noCase = assertThrows(IllegalArgumentException.class,
                () -> run(new StatsCodesCommand(), "--corpus", corpus.toString(), "--case", "family-99"));
        assertTrue(noCase.getMessage().contains("no case 'family-99' (cases: family-01, family-02)"), noCase.getMessage());
        Exception notACorpus = assertThrows(Exception.class, () -> run(new AgreementCommand(), "--corpus", dir.toString()));
        assertTrue(notACorpus.getMessage().contains("not a corpus folder"), notACorpus.getMessage());
    }

    @Test
    void statsCodesAsCsv() throws Exception {
        assertEquals(0, run(new StatsCodesCommand(), "--moments", "demo.csv", "--csv"));
        List<String> lines = out().lines().toList();
        assertEquals("case,coder,category,code,count,total_duration_ms,mean_duration_ms,rate_per_minute,"
                + "proportion_of_session,session_ms", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(all),anna,")), out());
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(10, line.split(",", -1).length, line);
        }
    }

    @Test
    void statsTransitions() throws Exception {
        assertEquals(0, run(new StatsTransitionsCommand(), "--moments", "demo.csv", "--coders", "anna", "--within", "3s"));
        assertTrue(out().startsWith("Coder anna: rows = code, columns = next code within 3000 ms (2 cases)"), out());
        assertEquals(0, run(new StatsTransitionsCommand(), "--moments", "demo.csv", "--csv"));
        assertTrue(out().startsWith("case,coder,from,to,count\n"), out());
    }
}
