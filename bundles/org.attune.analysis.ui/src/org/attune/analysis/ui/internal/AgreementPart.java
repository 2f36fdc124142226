package org.attune.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.analysis.AgreementIntervals;
import org.attune.analysis.AgreementMatrix;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.ConfusionMatrix.CodeAgreement;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.chart.ChartFiles;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Inter-coder agreement of any number of coders of the open corpus. With two: Cohen's kappa, percentage
 * agreement and Krippendorff's alpha for the open case and all cases pooled. With more: Fleiss' kappa and
 * alpha of all of them (as {@code ./attune agreement --coders A,B,C} computes them) and a matrix of every
 * pair's kappa; choosing a cell makes that pair the one whose per-code table, confusion matrix and tracks
 * (with the disagreements highlighted) are shown. Everything is computed by org.attune.analysis in a job;
 * this part only shows it.
 */
public class AgreementPart {

    private static final int PAIR_RGB = 0xcfe2f3;

    @Inject
    private WorkbenchSession session;

    private Composite root;
    private Composite controls;
    private Composite coderBoxes;
    private final Map<String, Button> coderChecks = new LinkedHashMap<>();
    private Combo method;
    private Text tolerance;
    private Text unit;
    private Label headline;
    private Label status;
    private Table summary;
    private Combo tableScope;
    private Button intervalsCheck;
    private CTabFolder folder;
    private CTabItem pairsTab;
    private Table pairsTable;
    private Table perCode;
    private Table confusion;
    private AgreementTracksCanvas tracks;
    private Color pairColor;

    private AnalysisInput input;
    private AgreementMatrix matrix;
    /** Bootstrap intervals when asked for: keys "all:" or "pair:" and the case id or POOLED. */
    private Map<String, AgreementIntervals> intervals = Map.of();
    /** The pair whose tables and tracks are shown, coders in the order of the matrix. */
    private List<String> pair = List.of();
    private int requested;
    private int shown;
    private int tracksRequested;
    private int tracksShown;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 3;
        parent.setLayout(layout);
        controls = new Composite(parent, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout controlsLayout = new RowLayout(SWT.HORIZONTAL);
        controlsLayout.center = true;
        controlsLayout.marginTop = 0;
        controlsLayout.marginBottom = 0;
        controls.setLayout(controlsLayout);
        new Label(controls, SWT.NONE).setText("Coders");
        coderBoxes = new Composite(controls, SWT.NONE);
        RowLayout boxesLayout = new RowLayout(SWT.HORIZONTAL);
        boxesLayout.marginTop = boxesLayout.marginBottom = boxesLayout.marginLeft = boxesLayout.marginRight = 0;
        boxesLayout.spacing = 2;
        coderBoxes.setLayout(boxesLayout);
        new Label(controls, SWT.NONE).setText("  Method");
        method = new Combo(controls, SWT.READ_ONLY);
        for (AgreementMethod m : AgreementMethod.values()) {
            method.add(m.word());
        }
        method.select(0);
        method.setToolTipText("event: moments matched by onset within the tolerance or by overlap (pairs of coders; "
                + "with more than two coders the all-coder kappa uses time units); time-unit: the timeline in units; "
                + "alpha: Krippendorff's alpha on time units");
        new Label(controls, SWT.NONE).setText("  Tolerance");
        tolerance = new Text(controls, SWT.BORDER);
        tolerance.setText("1s");
        tolerance.setLayoutData(new RowData(44, SWT.DEFAULT));
        tolerance.setToolTipText("event method: onsets at most this far apart can be matched (1s, 500ms, 1.5s)");
        new Label(controls, SWT.NONE).setText("  Unit");
        unit = new Text(controls, SWT.BORDER);
        unit.setText("1s");
        unit.setLayoutData(new RowData(44, SWT.DEFAULT));
        unit.setToolTipText("time-unit and alpha (and all coders together): the length of one unit (1s, 500ms)");
        unit.setEnabled(false); // the default method, event, has no units
        new Label(controls, SWT.NONE).setText("  Tables of");
        tableScope = new Combo(controls, SWT.READ_ONLY);
        tableScope.setItems("the open case", "all cases");
        tableScope.select(0);
        tableScope.setToolTipText("Pairs, per code and confusion matrix of the open case or of all cases pooled");
        intervalsCheck = new Button(controls, SWT.CHECK);
        intervalsCheck.setText("95% intervals");
        intervalsCheck.setToolTipText("Bootstrap 95% intervals of kappa and of each code's kappa (" 
                + AgreementIntervals.DEFAULT_REPLICATES + " replicates; time units in moving blocks of "
                + AgreementIntervals.DEFAULT_BLOCK_MS / 1000 + " s), as ./attune agreement --ci computes them");
        intervalsCheck.addListener(SWT.Selection, e -> compute());
        Button export = new Button(controls, SWT.PUSH);
        export.setText("Export tracks…");
        export.setToolTipText("Write the pair's tracks with the disagreements as a PNG or SVG picture");
        export.addListener(SWT.Selection, e -> askExportTracks());
        status = new Label(controls, SWT.NONE);
        headline = new Label(parent, SWT.WRAP);
        GridData headlineData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headlineData.widthHint = 200; // wraps to the part's width instead of widening it
        headline.setLayoutData(headlineData);
        headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));

        SashForm body = new SashForm(parent, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tracks = new AgreementTracksCanvas(body, session);
        folder = new CTabFolder(body, SWT.BORDER | SWT.TOP);
        summary = table(folder, "", "items", "% agr.", "Cohen's κ", "95% interval", "Kripp. α");
        CTabItem summaryTab = new CTabItem(folder, SWT.NONE);
        summaryTab.setText("Summary");
        summaryTab.setControl(summary);
        pairsTable = new Table(folder, SWT.BORDER);
        pairsTable.setHeaderVisible(true);
        pairsTable.setLinesVisible(true);
        pairsTable.setToolTipText("Each pair of coders; click a cell to show that pair's tables and tracks");
        pairsTable.addListener(SWT.MouseDown, this::pairClicked);
        pairsTab = new CTabItem(folder, SWT.NONE);
        pairsTab.setText("Pairs");
        pairsTab.setControl(pairsTable);
        perCode = table(folder, "code", "A", "B", "both", "specific", "κ", "95% interval");
        CTabItem perCodeTab = new CTabItem(folder, SWT.NONE);
        perCodeTab.setText("Per code");
        perCodeTab.setControl(perCode);
        confusion = new Table(folder, SWT.BORDER | SWT.FULL_SELECTION);
        confusion.setHeaderVisible(true);
        confusion.setLinesVisible(true);
        CTabItem confusionTab = new CTabItem(folder, SWT.NONE);
        confusionTab.setText("Confusion");
        confusionTab.setControl(confusion);
        folder.setSelection(summaryTab);
        body.setWeights(52, 48); // room for the intervals column; the tracks fit any width
        pairColor = new Color(parent.getDisplay(), PAIR_RGB >> 16, (PAIR_RGB >> 8) & 0xff, PAIR_RGB & 0xff);
        parent.addDisposeListener(e -> pairColor.dispose());

        method.addListener(SWT.Selection, e -> compute());
        tolerance.addListener(SWT.DefaultSelection, e -> compute());
        tolerance.addListener(SWT.FocusOut, e -> compute());
        unit.addListener(SWT.DefaultSelection, e -> compute());
        unit.addListener(SWT.FocusOut, e -> compute());
        tableScope.addListener(SWT.Selection, e -> showTables());
        new SessionWatcher(session, parent, this::refresh, tracks::playheadMoved);
        refresh();
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : columns) {
            TableColumn column = new TableColumn(table, name.isEmpty() || name.equals("code") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.isEmpty() ? 150 : name.equals("code") ? 150 : Math.max(44, name.length() * 7 + 8));
        }
        return table;
    }

    @Focus
    public void focus() {
        method.setFocus();
    }

    /** Takes a new snapshot of the open corpus and computes again. */
    void refresh() {
        input = AnalysisInput.of(session);
        fillCoders(input == null ? List.of() : new ArrayList<>(input.moments().coders()));
        compute();
    }

    /** One check box per coder with moments; a coder keeps their check, a new coder is checked. */
    private void fillCoders(List<String> coders) {
        if (coders.equals(new ArrayList<>(coderChecks.keySet()))) {
            return;
        }
        Map<String, Boolean> before = new LinkedHashMap<>();
        coderChecks.forEach((name, box) -> before.put(name, box.getSelection()));
        coderChecks.values().forEach(Button::dispose);
        coderChecks.clear();
        for (String coder : coders) {
            Button box = new Button(coderBoxes, SWT.CHECK);
            box.setText(coder);
            box.setSelection(before.getOrDefault(coder, true));
            box.addListener(SWT.Selection, e -> compute());
            coderChecks.put(coder, box);
        }
        controls.layout(true, true);
        root.layout(true);
    }

    /** The checked coders, in the order of the check boxes. */
    public List<String> selectedCoders() {
        return coderChecks.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
    }

    /** Checks exactly these coders (as the user would) and computes. */
    public void selectCoders(String... coders) {
        List<String> wanted = List.of(coders);
        for (String coder : wanted) {
            if (!coderChecks.containsKey(coder)) {
                throw new IllegalArgumentException("no coder '" + coder + "' (coders: " + coderChecks.keySet() + ")");
            }
        }
        coderChecks.forEach((name, box) -> box.setSelection(wanted.contains(name)));
        compute();
    }

    /** Chooses the method, tolerance and unit (durations as typed: 1s, 500ms) and computes. */
    public void selectMethod(AgreementMethod m, String toleranceText, String unitText) {
        method.select(method.indexOf(m.word()));
        tolerance.setText(toleranceText);
        unit.setText(unitText);
        compute();
    }

    /** Tables of the open case (0) or of all cases pooled (1). */
    public void selectTableScope(int index) {
        tableScope.select(index);
        showTables();
    }

    private void compute() {
        int generation = ++requested;
        tracksRequested++;
        if (input == null) {
            show(generation, null, null, null, "Open a corpus to compare its coders.");
            return;
        }
        List<String> coders = selectedCoders();
        if (coders.size() < 2) {
            show(generation, null, null, null, input.moments().coders().size() < 2 ? "The corpus needs two coders with moments."
                    : "Choose two coders or more.");
            return;
        }
        AgreementMethod m = AgreementMethod.fromWord(method.getItem(method.getSelectionIndex()));
        tolerance.setEnabled(m == AgreementMethod.EVENT);
        unit.setEnabled(m != AgreementMethod.EVENT || coders.size() > 2);
        long toleranceMs;
        long unitMs;
        try {
            toleranceMs = org.attune.cli.Args.durationMs("tolerance", tolerance.getText());
            unitMs = org.attune.cli.Args.durationMs("unit", unit.getText());
            if (unitMs <= 0) {
                throw new IllegalArgumentException("the unit must be longer than 0 ms");
            }
        } catch (Exception e) {
            show(generation, null, null, null, e.getMessage());
            return;
        }
        List<String> chosenPair = pair.size() == 2 && coders.containsAll(pair) ? pair : coders.subList(0, 2);
        boolean withIntervals = intervalsCheck.getSelection();
        AnalysisInput snapshot = input;
        int tracksGeneration = tracksRequested;
        status.setText("  computing…");
        status.getParent().layout(true);
        Job job = Job.create("Agreement of " + String.join(", ", coders), monitor -> {
            try {
                MomentSet moments = snapshot.moments();
                org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor, 10);
                AgreementMatrix computed = AgreementMatrix.compute(moments, coders, m, toleranceMs, unitMs,
                        progress.split(withIntervals ? 2 : 10));
                List<String> ordered = ordered(coders, chosenPair);
                Map<String, AgreementIntervals> cis = withIntervals
                        ? intervals(moments, computed, ordered, snapshot.caseId(), true, Map.of(), progress.split(8))
                        : Map.of();
                AgreementTracks picture = snapshot.caseId() == null ? null
                        : AgreementTracks.of(moments, snapshot.caseId(), ordered.get(0), ordered.get(1), m, toleranceMs,
                                unitMs, snapshot.colors());
                root.getDisplay().asyncExec(() -> {
                    intervals = cis;
                    show(generation, computed, ordered, null, null);
                    showTracks(tracksGeneration, picture);
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                root.getDisplay().asyncExec(() -> show(generation, null, null, null, e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private static List<String> ordered(List<String> coders, List<String> two) {
        return coders.indexOf(two.get(0)) < coders.indexOf(two.get(1)) ? List.copyOf(two) : List.of(two.get(1), two.get(0));
    }

    /** Makes this pair the one whose tables and tracks are shown (as a click in the pairs matrix does). */
    public void selectPair(String a, String b) {
        if (matrix == null || !matrix.coders().contains(a) || !matrix.coders().contains(b) || a.equals(b)) {
            throw new IllegalArgumentException("no pair " + a + " and " + b + " among the coders compared");
        }
        pair = ordered(matrix.coders(), List.of(a, b));
        boolean withIntervals = !intervals.isEmpty();
        if (withIntervals) {
            // the all-coder intervals stay; the pair's come with its tracks
            Map<String, AgreementIntervals> kept = new java.util.HashMap<>(intervals);
            kept.keySet().removeIf(key -> key.startsWith("pair:"));
            intervals = kept;
        }
        showPair();
        int generation = ++tracksRequested;
        AnalysisInput snapshot = input;
        AgreementReport report = report();
        AgreementMatrix current = matrix;
        List<String> two = pair;
        Map<String, AgreementIntervals> before = intervals;
        Job job = Job.create("Tracks of " + a + " and " + b, monitor -> {
            AgreementTracks picture = snapshot == null || snapshot.caseId() == null ? null
                    : AgreementTracks.of(snapshot.moments(), snapshot.caseId(), two.get(0), two.get(1), report.method(),
                            report.toleranceMs(), report.unitMs(), snapshot.colors());
            Map<String, AgreementIntervals> cis = withIntervals && snapshot != null
                    ? intervals(snapshot.moments(), current, two, snapshot.caseId(), false, before, monitor)
                    : before;
            root.getDisplay().asyncExec(() -> {
                if (generation == tracksRequested && current == matrix) {
                    intervals = cis;
                    showPair();
                }
                showTracks(generation, picture);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The bootstrap intervals of the pair (and, with {@code all}, of all coders) for the open case and pooled. */
    private static Map<String, AgreementIntervals> intervals(MomentSet moments, AgreementMatrix matrix, List<String> two,
            String caseId, boolean all, Map<String, AgreementIntervals> before, org.eclipse.core.runtime.IProgressMonitor monitor) {
        Map<String, AgreementIntervals> out = new java.util.HashMap<>(before);
        List<String> scopes = caseId == null ? List.of(AgreementResult.POOLED) : List.of(caseId, AgreementResult.POOLED);
        org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor,
                "Bootstrap intervals", scopes.size() * 2);
        for (String scope : scopes) {
            String caseOnly = scope.equals(AgreementResult.POOLED) ? null : scope;
            AgreementIntervals pairIntervals = AgreementIntervals.of(moments, matrix.pair(two.get(0), two.get(1)), caseOnly,
                    AgreementIntervals.DEFAULT_BLOCK_MS, AgreementIntervals.DEFAULT_REPLICATES,
                    AgreementIntervals.DEFAULT_SEED, progress.split(1));
            if (pairIntervals != null) {
                out.put("pair:" + scope, pairIntervals);
            }
            if (all) {
                AgreementIntervals allIntervals = matrix.coders().size() == 2 ? pairIntervals
                        : AgreementIntervals.of(moments, matrix.allCoders(), caseOnly, AgreementIntervals.DEFAULT_BLOCK_MS,
                                AgreementIntervals.DEFAULT_REPLICATES, AgreementIntervals.DEFAULT_SEED, progress.split(1));
                if (allIntervals != null) {
                    out.put("all:" + scope, allIntervals);
                }
            }
        }
        return out;
    }

    private String kappaRange(String who, String scope) {
        AgreementIntervals found = intervals.get(who + ":" + scope);
        return found == null ? "" : range(found.kappa());
    }

    private static String range(AgreementIntervals.Interval interval) {
        return Double.isFinite(interval.low())
                ? "[" + Format.coefficient(interval.low()) + ", " + Format.coefficient(interval.high()) + "]"
                : "n/a";
    }

    /** The bootstrap intervals shown (keys "all:" or "pair:" and the case id or "(pooled)"); empty when off. */
    public Map<String, AgreementIntervals> intervals() {
        return intervals;
    }

    /** Turns the bootstrap intervals on or off (as the check box does) and computes. */
    public void showIntervals(boolean on) {
        intervalsCheck.setSelection(on);
        compute();
    }

    private void pairClicked(Event e) {
        TableItem item = pairsTable.getItem(new Point(e.x, e.y));
        if (item == null || matrix == null) {
            return;
        }
        int row = pairsTable.indexOf(item);
        for (int column = 1; column < pairsTable.getColumnCount(); column++) {
            if (item.getBounds(column).contains(e.x, e.y) && column - 1 != row) {
                selectPair(matrix.coders().get(row), matrix.coders().get(column - 1));
                return;
            }
        }
    }

    private void showTracks(int generation, AgreementTracks picture) {
        if (root.isDisposed() || generation != tracksRequested) {
            return;
        }
        tracksShown = generation;
        String noCase = input == null || matrix == null ? status.getText().strip()
                : input.caseId() == null ? "Open a case to see the coders' tracks." : null;
        tracks.show(picture, noCase);
    }

    private void show(int generation, AgreementMatrix newMatrix, List<String> newPair, AgreementTracks picture,
            String problem) {
        if (root.isDisposed() || generation != requested) {
            return; // a newer computation is on its way
        }
        shown = generation;
        matrix = newMatrix;
        if (newPair != null) {
            pair = newPair;
        }
        summary.removeAll();
        if (matrix == null) {
            headline.setText("");
            status.setText(problem == null ? "" : "  " + problem);
            status.getParent().layout(true);
            tracksShown = tracksRequested;
            tracks.show(null, problem);
            showTables();
            return;
        }
        AgreementReport all = matrix.allCoders();
        boolean two = matrix.coders().size() == 2;
        summary.getColumn(3).setText(two ? "Cohen's κ" : "κ");
        summary.getColumn(3).setToolTipText(two ? "Cohen's kappa" : "Fleiss' kappa for all coders, Cohen's for a pair");
        String caseId = input.caseId();
        String allName = two ? "" : ", all " + matrix.coders().size() + " coders";
        if (caseId != null) {
            caseRow("case " + caseId + allName, all, caseId, "all");
        }
        row(summary, "all cases pooled (" + all.cases().size() + ")" + allName, all.pooled(), !two,
                kappaRange("all", AgreementResult.POOLED));
        String skipped = all.skipped().isEmpty() ? ""
                : "; " + all.skipped().size() + " cases not coded by " + (two ? "both" : "all");
        AgreementMethod m = matrix.method();
        status.setText("  " + m.word() + (m == AgreementMethod.EVENT ? ", tolerance " + all.toleranceMs() + " ms"
                : ", units of " + all.unitMs() + " ms")
                + (matrix.allCodersMethod() != m ? "; all coders on units of " + all.unitMs() + " ms" : "") + skipped
                + (input.problems().isEmpty() ? "" : "; " + input.problems().size() + " moments left out"));
        status.getParent().layout(true);
        AgreementResult caseResult = caseId == null ? null : AgreementMatrix.caseResult(all, caseId);
        String who = two ? "" : ", " + matrix.coders().size() + " coders";
        String pooled = "all cases pooled" + who + ": " + headline(all.pooled());
        headline.setText(caseResult != null ? "Case " + caseId + who + ": " + headline(caseResult) + "  —  " + pooled
                : caseId != null ? "Case " + caseId + who + ": not compared  —  " + pooled : pooled);
        showPair();
        if (!two && folder.getSelection() != pairsTab && shownPairsFirstTime) {
            folder.setSelection(pairsTab);
            shownPairsFirstTime = false;
        }
        root.layout(true);
        if (picture != null) {
            tracks.show(picture, null);
        }
    }

    private boolean shownPairsFirstTime = true;

    /** The pair's rows in the summary (more than two coders), the pairs matrix and the pair's tables. */
    private void showPair() {
        if (matrix == null) {
            return;
        }
        if (matrix.coders().size() > 2) {
            while (summary.getItemCount() > (input.caseId() == null ? 1 : 2)) {
                summary.remove(summary.getItemCount() - 1);
            }
            AgreementReport pairReport = report();
            String name = pair.get(0) + " – " + pair.get(1);
            if (input.caseId() != null) {
                caseRow("case " + input.caseId() + ", " + name, pairReport, input.caseId(), "pair");
            }
            row(summary, "all cases pooled, " + name, pairReport.pooled(), false, kappaRange("pair", AgreementResult.POOLED));
        } else {
            // two coders: the rows are shown before the intervals of a new pair arrive
            int at = 0;
            if (input.caseId() != null && summary.getItemCount() > 0) {
                summary.getItem(at++).setText(4, kappaRange("all", input.caseId()));
            }
            if (summary.getItemCount() > at) {
                summary.getItem(at).setText(4, kappaRange("all", AgreementResult.POOLED));
            }
        }
        fit(summary);
        showTables();
    }

    private void caseRow(String name, AgreementReport report, String caseId, String who) {
        AgreementResult result = AgreementMatrix.caseResult(report, caseId);
        if (result != null) {
            row(summary, name, result, report.coders().size() > 2, kappaRange(who, caseId));
        } else {
            String reason = report.skipped().stream().filter(s -> s.caseId().equals(caseId))
                    .map(AgreementReport.Skipped::reason).findFirst().orElse("not compared");
            new TableItem(summary, SWT.NONE).setText(new String[] {name, reason, "", "", "", ""});
        }
    }

    private static String headline(AgreementResult r) {
        String kappa = r.fleiss() != null ? "Fleiss' κ = " + Format.coefficient(r.fleiss().kappa())
                : "κ = " + Format.coefficient(r.cohenKappa());
        return kappa + ", " + Format.percent(r.percentAgreement()) + " agreement, α = "
                + Format.coefficient(r.alpha() == null ? Double.NaN : r.alpha().alpha()) + " (" + r.items() + " items)";
    }

    /** The one line above the tracks with the main figures. */
    public String headline() {
        return headline.getText();
    }

    /** The shown pair's result for the open case; null when no case is open or it was not compared. */
    private AgreementResult caseResult() {
        AgreementReport report = report();
        if (report == null || input == null || input.caseId() == null) {
            return null;
        }
        return AgreementMatrix.caseResult(report, input.caseId());
    }

    private static void row(Table table, String scope, AgreementResult r, boolean fleiss, String kappaRange) {
        double kappa = fleiss ? (r.fleiss() == null ? Double.NaN : r.fleiss().kappa()) : r.cohenKappa();
        new TableItem(table, SWT.NONE).setText(new String[] {scope, Integer.toString(r.items()),
                Format.percent(r.percentAgreement()), Format.coefficient(kappa), kappaRange,
                Format.coefficient(r.alpha() == null ? Double.NaN : r.alpha().alpha())});
    }

    private boolean ofOpenCase() {
        return tableScope.getSelectionIndex() == 0 && input != null && input.caseId() != null;
    }

    private void showPairsMatrix() {
        for (TableColumn column : pairsTable.getColumns()) {
            column.dispose();
        }
        pairsTable.removeAll();
        if (matrix == null) {
            return;
        }
        List<String> coders = matrix.coders();
        boolean ofCase = ofOpenCase();
        TableColumn corner = new TableColumn(pairsTable, SWT.LEFT);
        corner.setText(matrix.method() == AgreementMethod.ALPHA ? "α" : "Cohen's κ");
        corner.setToolTipText((matrix.method() == AgreementMethod.ALPHA ? "Krippendorff's alpha" : "Cohen's kappa")
                + " of each pair, " + (ofCase ? "case " + input.caseId() : "all cases pooled"));
        for (String coder : coders) {
            TableColumn column = new TableColumn(pairsTable, SWT.RIGHT);
            column.setText(coder);
            column.setWidth(Math.max(60, Math.min(130, coder.length() * 8 + 12)));
        }
        for (int i = 0; i < coders.size(); i++) {
            String[] cells = new String[coders.size() + 1];
            cells[0] = coders.get(i);
            for (int j = 0; j < coders.size(); j++) {
                cells[j + 1] = i == j ? "—" : Format.coefficient(pairValue(coders.get(i), coders.get(j), ofCase));
            }
            TableItem item = new TableItem(pairsTable, SWT.NONE);
            item.setText(cells);
            for (int j = 0; j < coders.size(); j++) {
                if (pair.contains(coders.get(i)) && pair.contains(coders.get(j)) && i != j) {
                    item.setBackground(j + 1, pairColor);
                }
            }
        }
        fit(pairsTable);
    }

    /** Widens each column to its header and cells (never narrower than it was made). */
    private static void fit(Table table) {
        for (TableColumn column : table.getColumns()) {
            int width = column.getWidth();
            column.pack();
            column.setWidth(Math.max(width, column.getWidth()));
        }
    }

    private double pairValue(String a, String b, boolean ofCase) {
        AgreementReport report = matrix.pair(a, b);
        AgreementResult r = ofCase ? AgreementMatrix.caseResult(report, input.caseId()) : report.pooled();
        return AgreementMatrix.pairValue(matrix.method(), r);
    }

    /** The text of a cell of the pairs matrix (row coder, column coder), as shown. */
    public String pairCell(String rowCoder, String columnCoder) {
        int row = matrix.coders().indexOf(rowCoder);
        int column = matrix.coders().indexOf(columnCoder);
        return pairsTable.getItem(row).getText(column + 1);
    }

    private void showTables() {
        showPairsMatrix();
        perCode.removeAll();
        for (TableColumn column : confusion.getColumns()) {
            column.dispose();
        }
        confusion.removeAll();
        AgreementReport report = report();
        AgreementResult r = tableScope.getSelectionIndex() == 0 ? caseResult() : report == null ? null : report.pooled();
        if (r == null || r.confusion() == null) {
            return;
        }
        perCode.getColumn(1).setText(report.coders().get(0));
        perCode.getColumn(2).setText(report.coders().get(1));
        AgreementIntervals codeIntervals = intervals.get("pair:" + (tableScope.getSelectionIndex() == 0 ? input.caseId()
                : AgreementResult.POOLED));
        for (CodeAgreement c : r.codeAgreements()) {
            String range = codeIntervals == null ? "" : codeIntervals.codes().stream().filter(ci -> ci.code().equals(c.code()))
                    .findFirst().map(ci -> range(ci.kappa())).orElse("n/a");
            new TableItem(perCode, SWT.NONE).setText(new String[] {c.code(), Long.toString(c.countA()),
                    Long.toString(c.countB()), Long.toString(c.agreed()), Format.percent(c.specificAgreement()),
                    Format.coefficient(c.kappa()), range});
        }
        fit(perCode);
        ConfusionMatrix matrix = r.confusion();
        List<String> labels = matrix.labels();
        TableColumn corner = new TableColumn(confusion, SWT.LEFT);
        corner.setText(report.coders().get(0) + " \\ " + report.coders().get(1));
        corner.setWidth(170);
        for (String label : labels) {
            TableColumn column = new TableColumn(confusion, SWT.RIGHT);
            column.setText(label);
            column.setToolTipText(report.coders().get(1) + ": " + label);
            column.setWidth(Math.max(50, Math.min(130, label.length() * 8)));
        }
        for (String a : labels) {
            String[] cells = new String[labels.size() + 1];
            cells[0] = a;
            for (int j = 0; j < labels.size(); j++) {
                long n = matrix.count(a, labels.get(j));
                cells[j + 1] = n == 0 ? "·" : Long.toString(n);
            }
            new TableItem(confusion, SWT.NONE).setText(cells);
        }
    }

    private void askExportTracks() {
        AgreementTracks picture = tracks.tracks();
        if (picture == null || input == null || input.caseId() == null) {
            MessageDialog.openInformation(root.getShell(), "Export tracks", "Open a case first.");
            return;
        }
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText("Export the agreement tracks");
        dialog.setFileName(input.caseId() + "-" + pair.get(0) + "-" + pair.get(1) + ".png");
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                exportTracks(Path.of(file));
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(root.getShell(), "Export tracks", e.getMessage());
            }
        }
    }

    /**
     * Writes the shown pair's tracks of the open case as a PNG or SVG (by the extension), 1200 pixels wide
     * with a title, atomically; returns the picture as written.
     */
    public AgreementTracks exportTracks(Path file) throws IOException {
        AgreementReport report = report();
        if (report == null || input == null || input.caseId() == null) {
            throw new IllegalStateException("Open a case and choose two coders first");
        }
        // a picture of its own: the shown one keeps the part's width and has no title
        AgreementTracks picture = AgreementTracks.of(input.moments(), input.caseId(), pair.get(0), pair.get(1),
                report.method(), report.toleranceMs(), report.unitMs(), input.colors());
        picture.setWidth(EXPORT_WIDTH);
        picture.setTitle(AgreementTracks.title(input.caseId(), pair.get(0), pair.get(1), report));
        ChartFiles.write(picture, file);
        status.setText("  wrote " + file);
        status.getParent().layout(true);
        return picture;
    }

    private static final int EXPORT_WIDTH = 1200;

    /** The shown pair's report (with two coders, the report of both); null when there is nothing to compare. */
    public AgreementReport report() {
        if (matrix == null || pair.size() != 2) {
            return null;
        }
        return matrix.pair(pair.get(0), pair.get(1));
    }

    /** The all-coder statistic and every pair's; null when there is nothing to compare. */
    public AgreementMatrix matrix() {
        return matrix;
    }

    /** The pair whose tables and tracks are shown. */
    public List<String> pair() {
        return pair;
    }

    /** True when what is shown answers the latest choice of coders, method and pair. */
    public boolean isUpToDate() {
        return shown == requested && tracksShown == tracksRequested;
    }

    public Table summaryTable() {
        return summary;
    }

    public Table pairsTable() {
        return pairsTable;
    }

    public Table perCodeTable() {
        return perCode;
    }

    public Table confusionTable() {
        return confusion;
    }

    AgreementTracksCanvas tracksView() {
        return tracks;
    }

    /** The tracks' widget (for clicks) and their layout. */
    public org.eclipse.swt.widgets.Canvas tracksCanvas() {
        return tracks.canvas();
    }

    public AgreementTracks tracks() {
        return tracks.tracks();
    }

    public String status() {
        return status.getText();
    }
}
