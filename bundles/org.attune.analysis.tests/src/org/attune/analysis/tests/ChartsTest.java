package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.attune.analysis.CodeColors;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.analysis.chart.BarChart;
import org.attune.analysis.chart.BarChart.Measure;
import org.attune.analysis.chart.ChartFiles;
import org.attune.analysis.chart.TimelinePicture;
import org.attune.analysis.internal.StatsCodesCommand;
import org.attune.analysis.internal.StatsTimelineCommand;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts for papers, written as real SVG and PNG files and read back: the SVG parsed as XML, the PNG
 * decoded by ImageIO, on the demo moments of testfiles/.
 */
class ChartsTest {

    @TempDir
    Path dir;

    private MomentSet demo;

    @BeforeEach
    void copyDemo() throws IOException {
        Enumeration<URL> found = FrameworkUtil.getBundle(ChartsTest.class).findEntries("testfiles", "demo-moments.csv",
                false);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, dir.resolve("demo.csv"));
        }
        demo = MomentsCsv.read(dir.resolve("demo.csv"));
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void barChartSvgHasOneBarPerCodeAndCoderWithItsCount() throws Exception {
        List<CodeStatistics> rows = Descriptives.codeStatistics(demo, new NullProgressMonitor());
        CodeColors colors = CodeColors.none().with("child", "smile", 0x00aa44);
        BarChart chart = BarChart.of(rows, Descriptives.ALL_CASES, List.of("anna", "ben"), Measure.COUNT, colors,
                "Moments per code <& coder>");
        Path svg = dir.resolve("bars.svg");
        ChartFiles.write(chart, svg);
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(Integer.toString(chart.width()), doc.getDocumentElement().getAttribute("width"));
        List<Element> bars = elements(doc, "rect", "bar");
        assertEquals(5 * 2, bars.size(), "five codes x two coders");
        for (Element bar : bars) {
            String coder = bar.getAttribute("data-coder");
            String code = bar.getAttribute("data-code");
            long expected = demo.cases().stream().flatMap(c -> demo.moments(c, coder).stream())
                    .filter(m -> m.code().equals(code)).count();
            assertEquals(Long.toString(expected), bar.getAttribute("data-value"), coder + " " + code);
            assertTrue(expected > 0);
            assertTrue(attr(bar, "width") > 0, "a bar of a count above 0 has a length");
        }
        Element smile = bars.stream().filter(b -> b.getAttribute("data-code").equals("smile")
                && b.getAttribute("data-coder").equals("anna")).findFirst().orElseThrow();
        assertEquals("#00aa44", smile.getAttribute("fill"), "the code's colour");
        assertEquals(36, Integer.parseInt(smile.getAttribute("data-value")), "17 + 19 smiles of anna");
        // the longest bar is the largest count
        Element longest = bars.stream().max((a, b) -> attr(a, "width") - attr(b, "width")).orElseThrow();
        assertEquals("36", longest.getAttribute("data-value"));
        Set<String> texts = new HashSet<>();
        elements(doc, "text", null).forEach(t -> texts.add(t.getTextContent()));
        assertTrue(texts.containsAll(List.of("attuned response", "gaze", "initiative", "receiving", "smile", "anna", "ben",
                "Moments per code <& coder>", "Number of moments")), texts.toString());
    }

    @Test
    void barChartPngShowsEachBarInItsCodesColour() throws Exception {
        List<CodeStatistics> rows = Descriptives.codeStatistics(demo, new NullProgressMonitor());
        BarChart chart = BarChart.of(rows, Descriptives.ALL_CASES, List.of("anna", "ben", "carla"), Measure.TOTAL,
                CodeColors.none(), "Total duration");
        Path png = dir.resolve("bars.png");
        ChartFiles.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(chart.width(), image.getWidth());
        assertEquals(chart.height(), image.getHeight());
        // the same layout drawn as SVG tells where each bar is
        Path svg = dir.resolve("bars.svg");
        ChartFiles.write(chart, svg);
        List<Element> bars = elements(parse(svg), "rect", "bar");
        assertEquals(chart.bars().size(), bars.size());
        Set<Integer> colours = new HashSet<>();
        for (Element bar : bars) {
            if (attr(bar, "width") < 4) {
                continue; // a point code has no duration
            }
            int x = attr(bar, "x") + attr(bar, "width") / 2;
            int y = attr(bar, "y") + attr(bar, "height") / 2;
            int expected = Integer.parseInt(bar.getAttribute("fill").substring(1), 16);
            assertEquals(String.format("%06x", expected), String.format("%06x", image.getRGB(x, y) & 0xffffff),
                    bar.getAttribute("data-code") + " of " + bar.getAttribute("data-coder"));
            colours.add(expected);
        }
        assertEquals(4, colours.size(), "four codes with durations, four colours");
        assertEquals(0xffffff, image.getRGB(2, image.getHeight() - 2) & 0xffffff, "white background");
    }

    @Test
    void timelinePictureHasEveryMomentOfTheCaseOnItsCoderAndCodeTrack() throws Exception {
        TimelinePicture picture = TimelinePicture.of(demo, "family-01", List.of("anna", "ben"), CodeColors.none(),
                "Case family-01", 1000);
        Path svg = dir.resolve("timeline.svg");
        ChartFiles.write(picture, svg);
        List<Element> moments = elements(parse(svg), "rect", "moment");
        int expected = demo.moments("family-01", "anna").size() + demo.moments("family-01", "ben").size();
        assertEquals(expected, moments.size());
        assertEquals(2 * 5, picture.tracks().size(), "two coders x five codes");
        Moment first = demo.moments("family-01", "ben").stream().filter(m -> !m.isPoint()).findFirst().orElseThrow();
        Element drawn = moments.stream().filter(e -> e.getAttribute("data-coder").equals("ben")
                && e.getAttribute("data-start-ms").equals(Long.toString(first.startMs()))
                && e.getAttribute("data-code").equals(first.code())).findFirst().orElseThrow();
        assertEquals(Long.toString(first.endMs()), drawn.getAttribute("data-end-ms"));
        assertEquals(picture.x(first.startMs()), attr(drawn, "x"));
        assertEquals(picture.x(first.endMs()) - picture.x(first.startMs()), attr(drawn, "width"), "as long as the moment");
        // ben's tracks lie below anna's
        int annaY = moments.stream().filter(e -> e.getAttribute("data-coder").equals("anna")).mapToInt(e -> attr(e, "y"))
                .max().orElseThrow();
        int benY = moments.stream().filter(e -> e.getAttribute("data-coder").equals("ben")).mapToInt(e -> attr(e, "y"))
                .min().orElseThrow();
        assertTrue(benY > annaY);

        Path png = dir.resolve("timeline.png");
        ChartFiles.write(picture, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(picture.width(), image.getWidth());
        assertEquals(picture.height(), image.getHeight());
        int x = attr(drawn, "x") + attr(drawn, "width") / 2;
        int y = attr(drawn, "y") + attr(drawn, "height") / 2;
        assertEquals(drawn.getAttribute("fill"), CodeColors.hex(image.getRGB(x, y)));
    }

    @Test
    void writingIsAtomicAndErrorsNameTheFile() throws Exception {
        BarChart chart = BarChart.of(Descriptives.codeStatistics(demo, new NullProgressMonitor()), Descriptives.ALL_CASES,
                List.of("anna"), Measure.COUNT, CodeColors.none(), "t");
        Path missingFolder = dir.resolve("no/such/chart.svg");
        IOException e = assertThrows(IOException.class, () -> ChartFiles.write(chart, missingFolder));
        assertTrue(e.getMessage().contains(missingFolder.toString()), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(chart, dir.resolve("chart.gif")));
        assertTrue(bad.getMessage().contains("chart.gif"), bad.getMessage());
        Path svg = dir.resolve("chart.svg");
        Files.writeString(svg, "old");
        ChartFiles.write(chart, svg);
        assertTrue(Files.readString(svg).startsWith("<?xml"), "replaced");
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertFalse(Files.exists(dir.resolve("chart.gif")));
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(CliCommand command, String... words) throws Exception {
        out.reset();
        CliContext context = new CliContext() {
            private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            private final PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

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

    @Test
    void commandsWriteChartsAndRefuseWrongWords() throws Exception {
        assertEquals(0, run(new StatsCodesCommand(), "--moments", "demo.csv", "--chart", "codes.png", "--measure",
                "share", "--case", "family-02", "--coders", "anna,ben"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("codes.png: 10 bars (share, 2 coders)"), out.toString());
        assertNotEquals(null, ImageIO.read(dir.resolve("codes.png").toFile()));
        assertEquals(0, run(new StatsTimelineCommand(), "--moments", "demo.csv", "--case", "family-02", "--out", "t.svg"));
        assertEquals(demo.moments("family-02").size(), elements(parse(dir.resolve("t.svg")), "rect", "moment").size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("on 15 tracks"), out.toString());
        assertThrows(UsageException.class, () -> run(new StatsCodesCommand(), "--moments", "demo.csv", "--chart", "c.jpg"));
        assertThrows(UsageException.class, () -> run(new StatsCodesCommand(), "--moments", "demo.csv", "--measure", "count"));
        assertThrows(UsageException.class,
                () -> run(new StatsCodesCommand(), "--moments", "demo.csv", "--chart", "c.svg", "--measure", "height"));
        assertThrows(UsageException.class, () -> run(new StatsTimelineCommand(), "--moments", "demo.csv", "--out", "t.svg"));
        assertThrows(UsageException.class,
                () -> run(new StatsTimelineCommand(), "--moments", "demo.csv", "--case", "family-01,family-02", "--out", "t.svg"));
        IllegalArgumentException noCase = assertThrows(IllegalArgumentException.class,
                () -> run(new StatsTimelineCommand(), "--moments", "demo.csv", "--case", "family-09", "--out", "t.svg"));
        assertTrue(noCase.getMessage().contains("family-09"), noCase.getMessage());
    }
}
