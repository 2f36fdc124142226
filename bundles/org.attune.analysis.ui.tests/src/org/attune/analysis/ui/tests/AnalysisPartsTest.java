package org.attune.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.CorpusMoments;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Disagreements.Disagreement;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.chart.BarChart;
import org.attune.analysis.chart.TimelinePicture;
import org.attune.analysis.ui.internal.AgreementPart;
import org.attune.analysis.ui.internal.StatisticsPart;
import org.attune.model.Case;
import org.attune.schemes.DemoCorpus;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Agreement and Statistics parts on the demo corpus (made as {@code ./attune demo} makes it),
 * created through e4 injection in a real SWT shell (Xvfb in the build): what they show is what the
 * headless analysis computes, a click on the tracks moves the workbench playhead, the exports write
 * files that read back.
 */
class AnalysisPartsTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private WorkbenchSession session;

    @BeforeEach
    void openDemo() throws Exception {
        Path demo = dir.resolve("demo");
        DemoCorpus.create(demo, 20, false, new NullProgressMonitor());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Attune — analysis parts (UI test)");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1400, 600);
        session = new WorkbenchSession();
        context = EclipseContextFactory.create("analysis test");
        context.set(WorkbenchSession.class, session);
        session.openCorpus(demo);
        Case vig = session.corpus().getCases().stream().filter(c -> DemoCorpus.CASE_VIG.equals(c.getId())).findFirst()
                .orElseThrow();
        session.openCase(vig);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (session != null && session.editor() != null) {
            session.editor().close();
        }
    }

    private <T> T part(Class<T> type, Composite parent) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        Composite holder = new Composite(parent, SWT.NONE);
        partContext.set(Composite.class, holder);
        MPart mpart = MBasicFactory.INSTANCE.createPart();
        mpart.setLabel(type.getSimpleName());
        partContext.set(MPart.class, mpart);
        return ContextInjectionFactory.make(type, partContext);
    }

    private void spinUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // settle
        }
    }

    private MomentSet headless() {
        return CorpusMoments.from(session.corpus().getCases(), problem -> { });
    }

    private static String kappa(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }

    private AgreementPart agreementPart() {
        AgreementPart part = part(AgreementPart.class, shell);
        shell.layout(true, true);
        shell.open();
        spinUntil(() -> part.isUpToDate() && part.report() != null, "the first agreement");
        return part;
    }

    @Test
    void agreementPartShowsTheHeadlessKappaForTheCaseAndPooled() throws Exception {
        AgreementPart part = agreementPart();
        for (AgreementMethod method : AgreementMethod.values()) {
            part.selectMethod(method, "1s", "500ms");
            part.selectCoders("ben", "anna"); // the pair is shown in the coders' order
            spinUntil(() -> part.isUpToDate() && part.report() != null && part.report().method() == method, method.word());
            AgreementReport expected = Agreement.compute(headless(), List.of("anna", "ben"), method, 1000, 500,
                    new NullProgressMonitor());
            AgreementResult vig = expected.cases().stream().filter(r -> r.scope().equals(DemoCorpus.CASE_VIG))
                    .findFirst().orElseThrow();
            assertEquals("case " + DemoCorpus.CASE_VIG, part.summaryTable().getItem(0).getText(0));
            assertEquals(Integer.toString(vig.items()), part.summaryTable().getItem(0).getText(1), method.word());
            assertEquals(kappa(vig.cohenKappa()), part.summaryTable().getItem(0).getText(3), method.word());
            assertEquals(kappa(vig.alpha().alpha()), part.summaryTable().getItem(0).getText(5), method.word());
            assertEquals(kappa(expected.pooled().cohenKappa()), part.summaryTable().getItem(1).getText(3), method.word());
            assertTrue(part.headline().startsWith("Case " + DemoCorpus.CASE_VIG + ": κ = " + kappa(vig.cohenKappa()) + ", "),
                    part.headline());
            assertTrue(part.headline().contains("all cases pooled: κ = " + kappa(expected.pooled().cohenKappa())),
                    part.headline());
            assertTrue(Double.isFinite(vig.cohenKappa()), "the demo coders mostly agree: kappa is defined");
            assertEquals(vig.codeAgreements().size(), part.perCodeTable().getItemCount());
            assertEquals(vig.confusion().labels().size() + 1, part.confusionTable().getColumnCount());
            assertEquals("anna", part.perCodeTable().getColumn(1).getText(), "coder A's column");
            assertEquals(List.of("anna", "ben"), part.pair());
        }
    }

    private RGB pixel(org.eclipse.swt.widgets.Canvas canvas, int x, int y) {
        canvas.redraw();
        canvas.update();
        Rectangle area = canvas.getClientArea();
        Image image = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(canvas);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(x, y));
        } finally {
            image.dispose();
        }
    }

    @Test
    void theTracksShowTheDisagreementsAndAClickSeeks() throws Exception {
        AgreementPart part = agreementPart();
        AgreementTracks tracks = part.tracks();
        assertNotNull(tracks, "a case is open: its tracks are shown");
        assertFalse(tracks.disagreements().isEmpty(), "the demo coders disagree somewhere");
        int width = part.tracksCanvas().getClientArea().width;
        assertTrue(width > 300, "the tracks have room: " + width);
        tracks.setWidth(width);
        // the red band of a disagreement, above the moments of coder A's row
        Disagreement d = tracks.disagreements().get(0);
        int bandX = (tracks.x(d.startMs()) + tracks.x(d.endMs())) / 2;
        RGB band = pixel(part.tracksCanvas(), bandX, tracks.rowTop(d.category()) + 1);
        assertEquals(new RGB(0xf3, 0xb8, 0xb8), band, "disagreement band at " + d);

        session.playhead().seek(0);
        int x = tracks.x(12_000);
        Event click = new Event();
        click.x = x;
        click.y = tracks.rowTop(d.category()) + 5;
        click.button = 1;
        part.tracksCanvas().notifyListeners(SWT.MouseDown, click);
        assertEquals(12_000, session.playhead().positionMs(), 30_000.0 / width + 1, "the playhead moved to the click");
        assertEquals(tracks.timeAt(x), session.playhead().positionMs());
        spinUntil(() -> tracks.playheadMs() == session.playhead().positionMs(), "the tracks draw the playhead there");

        // while playing, the playhead line follows without any seek
        session.playhead().setPlaying(true);
        try {
            long start = session.playhead().positionMs();
            spinUntil(() -> tracks.playheadMs() > start + 200, "the playhead line follows the playing time");
        } finally {
            session.playhead().setPlaying(false);
        }
    }

    @Test
    void statisticsPartShowsTheTableAndExports() throws Exception {
        SashForm both = new SashForm(shell, SWT.VERTICAL);
        StatisticsPart part = part(StatisticsPart.class, both);
        shell.layout(true, true);
        shell.open();
        spinUntil(() -> part.isUpToDate() && !part.rows().isEmpty(), "the statistics");
        List<Descriptives.CodeStatistics> expected = Descriptives.codeStatistics(headless(), new NullProgressMonitor());
        assertEquals(expected, part.rows());
        assertEquals(expected.size(), part.codeTable().getItemCount());
        Descriptives.CodeStatistics first = expected.get(0);
        assertEquals(Integer.toString(first.count()), part.codeTable().getItem(0).getText(3));
        assertEquals(List.of("anna", "ben"), List.of(part.transitionCoder().getItems()));
        assertTrue(part.transitionTable().getItemCount() > 0, "anna's transition matrix");

        Path csv = dir.resolve("table.csv");
        part.exportTableCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(expected.size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("case,coder,category,code,count"), lines.get(0));
        part.exportTransitionsCsv(dir.resolve("transitions.csv"));
        assertEquals("case,coder,from,to,count", Files.readAllLines(dir.resolve("transitions.csv")).get(0));

        part.selectMeasure(BarChart.Measure.TOTAL);
        BarChart chart = part.exportChart(dir.resolve("chart.png"));
        BufferedImage png = ImageIO.read(dir.resolve("chart.png").toFile());
        assertEquals(chart.width(), png.getWidth());
        assertEquals(chart.height(), png.getHeight());
        TimelinePicture picture = part.exportTimeline(dir.resolve("case.svg"));
        var moments = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("case.svg").toFile())
                .getElementsByTagName("rect");
        int drawn = 0;
        for (int i = 0; i < moments.getLength(); i++) {
            if ("moment".equals(((org.w3c.dom.Element) moments.item(i)).getAttribute("class"))) {
                drawn++;
            }
        }
        assertEquals(headless().moments(DemoCorpus.CASE_VIG).size(), drawn);
        assertNotEquals(0, picture.tracks().size());
        // a shorter "within" counts fewer transitions
        int before = part.transitionTable().getItemCount() == 0 ? 0 : countTransitions(part);
        part.setWithin("0s");
        spinUntil(part::isUpToDate, "the transitions within 0 s");
        assertTrue(countTransitions(part) < before, "fewer transitions within 0 s than 5 s");
    }

    private static int countTransitions(StatisticsPart part) {
        int sum = 0;
        for (var item : part.transitionTable().getItems()) {
            for (int c = 1; c < part.transitionTable().getColumnCount(); c++) {
                String text = item.getText(c);
                if (!text.equals("·")) {
                    sum += Integer.parseInt(text);
                }
            }
        }
        return sum;
    }
}
