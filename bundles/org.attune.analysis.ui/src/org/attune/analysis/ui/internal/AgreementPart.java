package org.attune.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.ConfusionMatrix.CodeAgreement;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Inter-coder agreement of two coders of the open corpus: Cohen's kappa, percentage agreement and
 * Krippendorff's alpha for the open case and all cases pooled, the per-code table and confusion matrix,
 * and the two coders' tracks of the open case with the disagreements highlighted. Everything is computed
 * by org.attune.analysis in a job; this part only shows it.
 */
public class AgreementPart {

    @Inject
    private WorkbenchSession session;

    private Composite root;
    private Combo coderA;
    private Combo coderB;
    private Combo method;
    private Text tolerance;
    private Text unit;
    private Label headline;
    private Label status;
    private Table summary;
    private Combo tableScope;
    private Table perCode;
    private Table confusion;
    private AgreementTracksCanvas tracks;

    private AnalysisInput input;
    private AgreementReport report;
    private int requested;
    private int shown;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 3;
        parent.setLayout(layout);
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout controlsLayout = new RowLayout(SWT.HORIZONTAL);
        controlsLayout.center = true;
        controlsLayout.marginTop = 0;
        controlsLayout.marginBottom = 0;
        controls.setLayout(controlsLayout);
        new Label(controls, SWT.NONE).setText("Coders");
        coderA = new Combo(controls, SWT.READ_ONLY);
        new Label(controls, SWT.NONE).setText("and");
        coderB = new Combo(controls, SWT.READ_ONLY);
        new Label(controls, SWT.NONE).setText("  Method");
        method = new Combo(controls, SWT.READ_ONLY);
        for (AgreementMethod m : AgreementMethod.values()) {
            method.add(m.word());
        }
        method.select(0);
        method.setToolTipText("event: moments matched by onset within the tolerance or by overlap; "
                + "time-unit: the timeline in units; alpha: Krippendorff's alpha on time units");
        new Label(controls, SWT.NONE).setText("  Tolerance");
        tolerance = new Text(controls, SWT.BORDER);
        tolerance.setText("1s");
        tolerance.setLayoutData(new RowData(44, SWT.DEFAULT));
        tolerance.setToolTipText("event method: onsets at most this far apart can be matched (1s, 500ms, 1.5s)");
        new Label(controls, SWT.NONE).setText("  Unit");
        unit = new Text(controls, SWT.BORDER);
        unit.setText("1s");
        unit.setLayoutData(new RowData(44, SWT.DEFAULT));
        unit.setToolTipText("time-unit and alpha: the length of one unit (1s, 500ms)");
        unit.setEnabled(false); // the default method, event, has no units
        new Label(controls, SWT.NONE).setText("  Tables of");
        tableScope = new Combo(controls, SWT.READ_ONLY);
        tableScope.setItems("the open case", "all cases");
        tableScope.select(0);
        tableScope.setToolTipText("Per code and confusion matrix of the open case or of all cases pooled");
        status = new Label(controls, SWT.NONE);
        headline = new Label(parent, SWT.WRAP);
        GridData headlineData = new GridData(SWT.FILL, SWT.TOP, true, false);
        headlineData.widthHint = 200; // wraps to the part's width instead of widening it
        headline.setLayoutData(headlineData);
        headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));

        SashForm body = new SashForm(parent, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tracks = new AgreementTracksCanvas(body, session);
        CTabFolder folder = new CTabFolder(body, SWT.BORDER | SWT.TOP);
        summary = table(folder, "", "items", "% agr.", "Cohen's κ", "Kripp. α");
        CTabItem summaryTab = new CTabItem(folder, SWT.NONE);
        summaryTab.setText("Summary");
        summaryTab.setControl(summary);
        perCode = table(folder, "code", "A", "B", "both", "specific", "κ");
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
        body.setWeights(62, 38);

        coderA.addListener(SWT.Selection, e -> compute());
        coderB.addListener(SWT.Selection, e -> compute());
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
            column.setWidth(name.isEmpty() ? 120 : name.equals("code") ? 150 : Math.max(44, name.length() * 7 + 8));
        }
        return table;
    }

    @Focus
    public void focus() {
        coderA.setFocus();
    }

    /** Takes a new snapshot of the open corpus and computes again. */
    void refresh() {
        input = AnalysisInput.of(session);
        List<String> coders = input == null ? List.of() : new ArrayList<>(input.moments().coders());
        fillCoders(coderA, coders, 0);
        fillCoders(coderB, coders, 1);
        compute();
    }

    private static void fillCoders(Combo combo, List<String> coders, int fallback) {
        String selected = combo.getSelectionIndex() < 0 ? null : combo.getItem(combo.getSelectionIndex());
        combo.setItems(coders.toArray(String[]::new));
        int index = selected == null ? -1 : coders.indexOf(selected);
        if (index < 0 && coders.size() > fallback) {
            index = fallback;
        }
        if (index >= 0) {
            combo.select(index);
        }
        combo.getParent().layout(true);
    }

    /** Chooses the two coders (as the user would) and computes. */
    public void selectCoders(String a, String b) {
        coderA.select(coderA.indexOf(a));
        coderB.select(coderB.indexOf(b));
        compute();
    }

    /** Chooses the method, tolerance and unit (durations as typed: 1s, 500ms) and computes. */
    public void selectMethod(AgreementMethod m, String toleranceText, String unitText) {
        method.select(method.indexOf(m.word()));
        tolerance.setText(toleranceText);
        unit.setText(unitText);
        compute();
    }

    private void compute() {
        int generation = ++requested;
        if (input == null) {
            show(generation, null, null, "Open a corpus to compare its coders.");
            return;
        }
        String a = coderA.getSelectionIndex() < 0 ? null : coderA.getItem(coderA.getSelectionIndex());
        String b = coderB.getSelectionIndex() < 0 ? null : coderB.getItem(coderB.getSelectionIndex());
        if (a == null || b == null || a.equals(b)) {
            show(generation, null, null, input.moments().coders().size() < 2 ? "The corpus needs two coders with moments."
                    : "Choose two different coders.");
            return;
        }
        AgreementMethod m = AgreementMethod.fromWord(method.getItem(method.getSelectionIndex()));
        tolerance.setEnabled(m == AgreementMethod.EVENT);
        unit.setEnabled(m != AgreementMethod.EVENT);
        long toleranceMs;
        long unitMs;
        try {
            toleranceMs = org.attune.cli.Args.durationMs("tolerance", tolerance.getText());
            unitMs = org.attune.cli.Args.durationMs("unit", unit.getText());
            if (unitMs <= 0) {
                throw new IllegalArgumentException("the unit must be longer than 0 ms");
            }
        } catch (Exception e) {
            show(generation, null, null, e.getMessage());
            return;
        }
        AnalysisInput snapshot = input;
        status.setText("  computing…");
        status.getParent().layout(true);
        Job job = Job.create("Agreement of " + a + " and " + b, monitor -> {
            try {
                MomentSet moments = snapshot.moments();
                AgreementReport computed = Agreement.compute(moments, List.of(a, b), m, toleranceMs, unitMs, monitor);
                AgreementTracks picture = snapshot.caseId() == null ? null
                        : AgreementTracks.of(moments, snapshot.caseId(), a, b, m, toleranceMs, unitMs, snapshot.colors());
                root.getDisplay().asyncExec(() -> show(generation, computed, picture, null));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                root.getDisplay().asyncExec(() -> show(generation, null, null, e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int generation, AgreementReport newReport, AgreementTracks picture, String problem) {
        if (root.isDisposed() || generation != requested) {
            return; // a newer computation is on its way
        }
        shown = generation;
        report = newReport;
        summary.removeAll();
        if (report == null) {
            headline.setText("");
            status.setText(problem == null ? "" : "  " + problem);
            status.getParent().layout(true);
            tracks.show(null, problem);
            showTables();
            return;
        }
        String caseId = input.caseId();
        AgreementResult caseResult = caseResult();
        if (caseId != null) {
            if (caseResult != null) {
                row(summary, "case " + caseId, caseResult);
            } else {
                String reason = report.skipped().stream().filter(s -> s.caseId().equals(caseId))
                        .map(AgreementReport.Skipped::reason).findFirst().orElse("not compared");
                new TableItem(summary, SWT.NONE).setText(new String[] {"case " + caseId, reason, "", "", ""});
            }
        }
        row(summary, "all cases pooled (" + report.cases().size() + ")", report.pooled());
        String skipped = report.skipped().isEmpty() ? "" : "; " + report.skipped().size() + " cases not coded by both";
        status.setText("  " + report.method().word() + (report.method() == AgreementMethod.EVENT
                ? ", tolerance " + report.toleranceMs() + " ms" : ", units of " + report.unitMs() + " ms") + skipped
                + (input.problems().isEmpty() ? "" : "; " + input.problems().size() + " moments left out"));
        status.getParent().layout(true);
        String pooled = "all cases pooled: " + headline(report.pooled());
        headline.setText(caseResult != null ? "Case " + caseId + ": " + headline(caseResult) + "  —  " + pooled
                : caseId != null ? "Case " + caseId + ": not compared  —  " + pooled : pooled);
        root.layout(true);
        String noCase = caseId == null ? "Open a case to see the coders' tracks." : null;
        tracks.show(picture, noCase);
        showTables();
    }

    private static String headline(AgreementResult r) {
        return "κ = " + Format.coefficient(r.cohenKappa()) + ", " + Format.percent(r.percentAgreement()) + " agreement, α = "
                + Format.coefficient(r.alpha() == null ? Double.NaN : r.alpha().alpha()) + " (" + r.items() + " items)";
    }

    /** The one line above the tracks with the main figures. */
    public String headline() {
        return headline.getText();
    }

    private AgreementResult caseResult() {
        if (report == null || input == null || input.caseId() == null) {
            return null;
        }
        return report.cases().stream().filter(r -> r.scope().equals(input.caseId())).findFirst().orElse(null);
    }

    private static void row(Table table, String scope, AgreementResult r) {
        new TableItem(table, SWT.NONE).setText(new String[] {scope, Integer.toString(r.items()),
                Format.percent(r.percentAgreement()), Format.coefficient(r.cohenKappa()),
                Format.coefficient(r.alpha() == null ? Double.NaN : r.alpha().alpha())});
    }

    private void showTables() {
        perCode.removeAll();
        for (TableColumn column : confusion.getColumns()) {
            column.dispose();
        }
        confusion.removeAll();
        AgreementResult r = tableScope.getSelectionIndex() == 0 ? caseResult() : report == null ? null : report.pooled();
        if (r == null || r.confusion() == null) {
            return;
        }
        perCode.getColumn(1).setText(report.coders().get(0));
        perCode.getColumn(2).setText(report.coders().get(1));
        for (CodeAgreement c : r.codeAgreements()) {
            new TableItem(perCode, SWT.NONE).setText(new String[] {c.code(), Long.toString(c.countA()),
                    Long.toString(c.countB()), Long.toString(c.agreed()), Format.percent(c.specificAgreement()),
                    Format.coefficient(c.kappa())});
        }
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

    /** The last report shown; null before the first or when there is nothing to compare. */
    public AgreementReport report() {
        return report;
    }

    /** True when what is shown answers the latest choice of coders and method. */
    public boolean isUpToDate() {
        return shown == requested;
    }

    public Table summaryTable() {
        return summary;
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
