package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.CodeColors;
import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.Disagreements;
import org.attune.analysis.Disagreements.Disagreement;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.chart.ChartFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the Agreement view highlights is exactly what the statistics count as disagreement. */
class DisagreementsTest {

    @TempDir
    Path dir;

    private static Moment m(String coder, String category, String code, long start, long end) {
        return new Moment("c1", coder, category, code, start, end);
    }

    private static MomentSet small() {
        return new MomentSet().addAll(List.of(m("a", "parent", "x", 1000, 3000), m("b", "parent", "x", 1200, 2900),
                m("a", "parent", "y", 5000, 6000), m("b", "parent", "z", 5100, 6000), m("b", "parent", "w", 9000, 9500),
                m("a", "child", "smile", 4000, 4000), m("b", "child", "smile", 4300, 4300)))
                .setSessionLength("c1", 10_000);
    }

    @Test
    void eventMethodHighlightsMismatchedAndUnmatchedMoments() {
        List<Disagreement> found = Disagreements.of(small(), "c1", "a", "b", AgreementMethod.EVENT, 1000, 1000);
        assertEquals(List.of(new Disagreement("parent", 5000, 6000, "y", "z"),
                new Disagreement("parent", 9000, 9500, ConfusionMatrix.NOTHING, "w")), found);
    }

    @Test
    void timeUnitMethodHighlightsRunsOfUnitsLabelledDifferently() {
        List<Disagreement> found = Disagreements.of(small(), "c1", "a", "b", AgreementMethod.TIME_UNIT, 1000, 1000);
        // the smiles fall in the same unit; y/z cover unit 5; w covers unit 9
        assertEquals(List.of(new Disagreement("parent", 5000, 6000, "y", "z"),
                new Disagreement("parent", 9000, 10_000, ConfusionMatrix.NOTHING, "w")), found);
    }

    @Test
    void onTheDemoTheHighlightsAddUpToTheOffDiagonalItems() throws Exception {
        Enumeration<URL> found = FrameworkUtil.getBundle(DisagreementsTest.class).findEntries("testfiles",
                "demo-moments.csv", false);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, dir.resolve("demo.csv"));
        }
        MomentSet demo = MomentsCsv.read(dir.resolve("demo.csv"));
        for (String caseId : demo.cases()) {
            AgreementReport events = Agreement.compute(demo.restrictTo(List.of(caseId)), List.of("anna", "ben"),
                    AgreementMethod.EVENT, 1000, 1000, new NullProgressMonitor());
            AgreementResult r = events.cases().get(0);
            long offDiagonal = Math.round(r.items() * (1 - r.percentAgreement()));
            assertEquals(offDiagonal,
                    Disagreements.of(demo, caseId, "anna", "ben", AgreementMethod.EVENT, 1000, 1000).size(), caseId);
            AgreementReport units = Agreement.compute(demo.restrictTo(List.of(caseId)), List.of("anna", "ben"),
                    AgreementMethod.TIME_UNIT, 1000, 500, new NullProgressMonitor());
            AgreementResult u = units.cases().get(0);
            long unitsOff = Math.round(u.items() * (1 - u.percentAgreement()));
            long highlighted = Disagreements.of(demo, caseId, "anna", "ben", AgreementMethod.TIME_UNIT, 1000, 500).stream()
                    .mapToLong(d -> (d.endMs() - d.startMs() + 499) / 500).sum();
            assertEquals(unitsOff, highlighted, caseId);
            assertTrue(offDiagonal > 0 && unitsOff > 0, "the demo coders disagree somewhere");
        }
    }

    @Test
    void tracksMapClicksToTimeAndDrawEachDisagreement() throws Exception {
        AgreementTracks tracks = AgreementTracks.of(small(), "c1", "a", "b", AgreementMethod.EVENT, 1000, 1000,
                CodeColors.none());
        tracks.setWidth(1096);
        assertEquals(10_000, tracks.lengthMs());
        for (long t : new long[] {0, 2500, 5000, 10_000}) {
            assertEquals(t, tracks.timeAt(tracks.x(t)), 10, "x and time agree at " + t);
        }
        assertEquals(0, tracks.timeAt(0), "left of the tracks is the start");
        assertEquals(10_000, tracks.timeAt(5000), "right of them is the end");
        assertTrue(tracks.rowTop("parent") != tracks.rowTop("child"));
        Path svg = dir.resolve("tracks.svg");
        ChartFiles.write(tracks, svg);
        NodeList rects = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("rect");
        int bands = 0;
        int moments = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element e = (Element) rects.item(i);
            if (e.getAttribute("class").equals("disagreement")) {
                bands++;
                assertEquals(CodeColors.hex(AgreementTracks.DISAGREEMENT), e.getAttribute("fill"));
            } else if (e.getAttribute("class").equals("moment")) {
                moments++;
            }
        }
        assertEquals(2, bands);
        assertEquals(7, moments);
    }
}
