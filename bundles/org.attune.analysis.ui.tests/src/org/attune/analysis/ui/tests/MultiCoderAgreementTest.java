package org.attune.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.attune.analysis.AgreementMethod;
import org.attune.analysis.CorpusMoments;
import org.attune.analysis.Disagreements;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.internal.AgreementCommand;
import org.attune.analysis.ui.internal.AgreementPart;
import org.attune.cli.CliContext;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Agreement part with three coders on a real corpus folder (the demo moments of testfiles/ saved
 * through the model's store), in a real SWT shell: its all-coder and pairwise figures are what
 * {@code ./attune agreement --corpus DIR --coders anna,ben,carla} prints, a click on a cell of the pairs
 * matrix shows that pair, and the tracks export as SVG and PNG.
 */
class MultiCoderAgreementTest {

    @TempDir
    Path dir;

    private Path corpus;
    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private WorkbenchSession session;

    @BeforeEach
    void openThreeCoderCorpus() throws Exception {
        corpus = corpusFromMoments();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Attune — agreement of three coders (UI test)");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1400, 600);
        session = new WorkbenchSession();
        context = EclipseContextFactory.create("multi-coder test");
        context.set(WorkbenchSession.class, session);
        session.openCorpus(corpus);
        Case first = session.corpus().getCases().stream().filter(c -> "family-01".equals(c.getId())).findFirst()
                .orElseThrow();
        session.openCase(first);
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

    /** testfiles/demo-moments.csv saved as a corpus folder through the model's store. */
    private Path corpusFromMoments() throws Exception {
        Enumeration<URL> found = FrameworkUtil.getBundle(MultiCoderAgreementTest.class).findEntries("testfiles",
                "demo-moments.csv", false);
        Path csv = dir.resolve("demo.csv");
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, csv);
        }
        MomentSet moments = MomentsCsv.read(csv);
        Path folder = dir.resolve("three-coders");
        try (CorpusStore store = CorpusStore.create(folder, "three coders")) {
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

    /** {@code ./attune agreement} run on the corpus folder, as the product runs it; its stdout. */
    private String cli(String... words) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext cli = new CliContext() {
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
        List<String> all = new ArrayList<>(List.of("--corpus", corpus.toString()));
        all.addAll(List.of(words));
        assertEquals(0, new AgreementCommand().run(cli, all), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private AgreementPart part() {
        IEclipseContext partContext = context.createChild("AgreementPart");
        Composite holder = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, holder);
        MPart mpart = MBasicFactory.INSTANCE.createPart();
        mpart.setLabel("Agreement");
        partContext.set(MPart.class, mpart);
        AgreementPart part = ContextInjectionFactory.make(AgreementPart.class, partContext);
        shell.layout(true, true);
        shell.open();
        spinUntil(() -> part.isUpToDate() && part.matrix() != null, "the first agreement");
        return part;
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

    /** The cells of the CLI's text table row that starts with this word. */
    private static List<String> cliRow(String text, String first) {
        String line = text.lines().filter(l -> l.startsWith(first + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in\n" + text));
        return Arrays.asList(line.trim().split("\\s+"));
    }

    private static List<String> cells(TableItem item, int from, int to) {
        List<String> cells = new ArrayList<>();
        for (int i = from; i < to; i++) {
            cells.add(item.getText(i));
        }
        return cells;
    }

    @Test
    void allCodersAndEachPairAreWhatTheCliPrints() throws Exception {
        AgreementPart part = part();
        assertEquals(List.of("anna", "ben", "carla"), part.selectedCoders(), "every coder is checked at first");
        for (AgreementMethod method : List.of(AgreementMethod.TIME_UNIT, AgreementMethod.ALPHA)) {
            part.selectMethod(method, "1s", "2s");
            spinUntil(() -> part.isUpToDate() && part.matrix() != null && part.matrix().method() == method,
                    method.word());
            String text = cli("--coders", "anna,ben,carla", "--method", method.word(), "--unit", "2s");
            // CLI rows: case, items, agreement, then Fleiss' kappa and alpha (time-unit) or alpha, D_o, D_e (alpha)
            List<String> caseRow = cliRow(text, "family-01");
            List<String> pooledRow = cliRow(text, "(pooled)");
            TableItem partCase = part.summaryTable().getItem(0);
            TableItem partPooled = part.summaryTable().getItem(1);
            assertEquals("case family-01, all 3 coders", partCase.getText(0));
            assertEquals(caseRow.subList(1, 3), cells(partCase, 1, 3), method.word() + "\n" + text);
            assertEquals(pooledRow.subList(1, 3), cells(partPooled, 1, 3), method.word() + "\n" + text);
            if (method == AgreementMethod.TIME_UNIT) {
                assertEquals(caseRow.subList(3, 5), List.of(partCase.getText(3), partCase.getText(5)),
                        "Fleiss' kappa and alpha\n" + text);
                assertEquals(pooledRow.subList(3, 5), List.of(partPooled.getText(3), partPooled.getText(5)),
                        "Fleiss' kappa and alpha\n" + text);
                assertTrue(part.headline().startsWith("Case family-01, 3 coders: Fleiss' κ = " + caseRow.get(3) + ", "),
                        part.headline());
            } else {
                assertEquals(caseRow.get(3), partCase.getText(5), "alpha\n" + text);
                assertEquals(pooledRow.get(3), partPooled.getText(5), "alpha\n" + text);
            }
            // the pairs matrix of all cases pooled is the CLI's pairwise matrix
            part.selectTableScope(1);
            for (String coder : List.of("anna", "ben", "carla")) {
                List<String> row = cliRow(text.substring(text.indexOf("Pairwise")), coder);
                List<String> shown = new ArrayList<>(List.of(coder));
                for (String other : List.of("anna", "ben", "carla")) {
                    String cell = part.pairCell(coder, other);
                    shown.add(cell.equals("—") ? "-" : cell);
                }
                assertEquals(row, shown, method.word() + "\n" + text);
            }
            part.selectTableScope(0);
        }
    }

    /** "[0.612, 0.701]" at the end of the CLI line that starts with these words. */
    private static String cliRange(String text, String start) {
        String line = text.lines().filter(l -> l.startsWith(start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
        return line.substring(line.indexOf('['), line.indexOf(']') + 1);
    }

    @Test
    void intervalsAreTheCliIntervals() throws Exception {
        AgreementPart part = part();
        part.selectMethod(AgreementMethod.TIME_UNIT, "1s", "1s");
        part.showIntervals(true);
        part.selectTableScope(1);
        spinUntil(() -> part.isUpToDate() && part.intervals().containsKey("pair:(pooled)"), "the intervals");
        String all = cli("--coders", "anna,ben,carla", "--method", "time-unit", "--ci");
        assertEquals(cliRange(all, "Fleiss' kappa"), part.summaryTable().getItem(1).getText(4), all);
        String pair = cli("--coders", "anna,ben", "--method", "time-unit", "--ci");
        assertEquals(cliRange(pair, "Cohen's kappa"), part.summaryTable().getItem(3).getText(4), pair);
        TableItem first = part.perCodeTable().getItem(0);
        String codes = pair.substring(pair.indexOf("Bootstrap"));
        String line = codes.lines().filter(l -> l.startsWith(first.getText(0) + " ")).findFirst().orElseThrow();
        assertEquals(line.substring(line.indexOf('['), line.indexOf(']') + 1), first.getText(6), codes);
        assertTrue(first.getText(6).matches("\\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\]"), first.getText(6));
        // another pair gets its own intervals
        part.selectPair("ben", "carla");
        spinUntil(() -> part.isUpToDate() && part.intervals().containsKey("pair:(pooled)"), "ben and carla's intervals");
        String other = cli("--coders", "ben,carla", "--method", "time-unit", "--ci");
        assertEquals(cliRange(other, "Cohen's kappa"), part.summaryTable().getItem(3).getText(4), other);
        part.showIntervals(false);
        spinUntil(part::isUpToDate, "no intervals");
        assertEquals("", part.summaryTable().getItem(1).getText(4));
        assertEquals("", part.perCodeTable().getItem(0).getText(6));
    }

    @Test
    void aClickOnAPairShowsItsTablesAndTracksAndTheTracksExport() throws Exception {
        AgreementPart part = part();
        assertEquals(List.of("anna", "ben"), part.pair(), "the first two coders at first");
        assertNotNull(part.tracks());
        // click the (carla, anna) cell of the matrix
        part.pairsTable().getParent().layout(true, true);
        TableItem carla = part.pairsTable().getItem(2);
        Rectangle cell = carla.getBounds(1);
        Event click = new Event();
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        click.button = 1;
        part.pairsTable().notifyListeners(SWT.MouseDown, click);
        spinUntil(part::isUpToDate, "the tracks of anna and carla");
        assertEquals(List.of("anna", "carla"), part.pair());
        assertEquals("anna", part.perCodeTable().getColumn(1).getText());
        assertEquals("carla", part.perCodeTable().getColumn(2).getText());
        MomentSet moments = CorpusMoments.from(session.corpus().getCases(), p -> { });
        assertEquals(Disagreements.of(moments, "family-01", "anna", "carla", AgreementMethod.EVENT, 1000, 1000),
                part.tracks().disagreements(), "the tracks show anna's and carla's disagreements");
        assertEquals(part.report().pooled().confusion().labels().size() + 1, part.confusionTable().getColumnCount());
        String pairRow = part.summaryTable().getItem(3).getText(0);
        assertEquals("all cases pooled, anna – carla", pairRow);
        // the event method pairs moments; all three together are compared on time units, as the CLI does
        String text = cli("--coders", "anna,ben,carla", "--method", "time-unit");
        assertEquals(cliRow(text, "(pooled)").get(3), part.summaryTable().getItem(1).getText(3));
        String pairs = cli("--coders", "anna,carla", "--method", "event");
        assertEquals(cliRow(pairs, "(pooled)").get(3), part.summaryTable().getItem(3).getText(3), pairs);

        Path svgFile = dir.resolve("tracks.svg");
        AgreementTracks written = part.exportTracks(svgFile);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svgFile.toFile());
        assertEquals("1200", svg.getDocumentElement().getAttribute("width"));
        NodeList rects = svg.getElementsByTagName("rect");
        int bands = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            bands += "disagreement".equals(((Element) rects.item(i)).getAttribute("class")) ? 1 : 0;
        }
        assertEquals(written.disagreements().size(), bands);
        String title = svg.getElementsByTagName("text").item(0).getTextContent();
        assertTrue(title.startsWith("Case family-01: anna and carla, events within 1000 ms, κ = "), title);

        Path pngFile = dir.resolve("tracks.png");
        part.exportTracks(pngFile);
        BufferedImage png = ImageIO.read(pngFile.toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(written.height(), png.getHeight());
        boolean red = false;
        for (int y = 0; y < png.getHeight() && !red; y++) {
            for (int x = 0; x < png.getWidth() && !red; x++) {
                red = (png.getRGB(x, y) & 0xffffff) == AgreementTracks.DISAGREEMENT_MARK;
            }
        }
        assertTrue(red, "disagreement red in the PNG");
        assertEquals(part.tracks().disagreements(), written.disagreements(), "the picture is the shown pair's");

        // unchecking carla: back to two coders, the pair anna and ben
        part.selectCoders("anna", "ben");
        spinUntil(() -> part.isUpToDate() && part.matrix().coders().size() == 2, "two coders");
        assertEquals(List.of("anna", "ben"), part.pair());
        assertEquals("Cohen's κ", part.summaryTable().getColumn(3).getText());
        assertEquals(2, part.summaryTable().getItemCount());
    }
}
