package org.attune.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attune.analysis.AnalysisCsv;
import org.attune.analysis.CodeColors;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.Descriptives.Transition;
import org.attune.analysis.chart.BarChart;
import org.attune.analysis.chart.BarChart.Measure;
import org.attune.analysis.chart.ChartFiles;
import org.attune.analysis.chart.TimelinePicture;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Descriptive statistics of the open corpus: the per case x coder x code table, a coder's transition
 * matrix (what follows what within N s, all cases pooled), and exports — the table and the transitions
 * as CSV, a bar chart and the open case's timeline picture as PNG or SVG (the writers of
 * {@code ./attune stats}). Computed by org.attune.analysis in a job.
 */
public class StatisticsPart {

    @Inject
    private WorkbenchSession session;

    private Composite root;
    private Text within;
    private Combo measure;
    private Label status;
    private Table codeTable;
    private Combo transitionCoder;
    private Table transitionTable;

    private AnalysisInput input;
    private List<CodeStatistics> rows = List.of();
    private List<Transition> transitions = List.of();
    private int requested;
    private int shown;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout controlsLayout = new RowLayout(SWT.HORIZONTAL);
        controlsLayout.center = true;
        controlsLayout.marginTop = 0;
        controlsLayout.marginBottom = 0;
        controls.setLayout(controlsLayout);
        new Label(controls, SWT.NONE).setText("Transitions within");
        within = new Text(controls, SWT.BORDER);
        within.setText("5s");
        within.setLayoutData(new RowData(44, SWT.DEFAULT));
        within.setToolTipText("the next moment counts when it starts at most this long after the previous one ends");
        button(controls, "Export table CSV…", "The per case × coder × code table as CSV", this::askTableCsv);
        button(controls, "Export transitions CSV…", "case,coder,from,to,count as CSV", this::askTransitionsCsv);
        new Label(controls, SWT.NONE).setText("  Chart of");
        measure = new Combo(controls, SWT.READ_ONLY);
        for (Measure m : Measure.values()) {
            measure.add(m.word());
        }
        measure.select(0);
        measure.setToolTipText("what the bars of the exported chart show");
        button(controls, "Export chart…", "A bar chart per code and coder, all cases pooled (PNG or SVG)", this::askChart);
        button(controls, "Export timeline picture…", "The open case's coding as a picture (PNG or SVG)", this::askTimeline);
        status = new Label(controls, SWT.NONE);

        SashForm body = new SashForm(parent, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        codeTable = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        codeTable.setHeaderVisible(true);
        codeTable.setLinesVisible(true);
        String[] columns = {"case", "coder", "code", "count", "total s", "mean s", "per min", "% of session"};
        int[] widths = {90, 70, 210, 55, 70, 65, 65, 90};
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(codeTable, i < 3 ? SWT.LEFT : SWT.RIGHT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        codeTable.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            CodeStatistics r = rows.get(codeTable.indexOf(item));
            item.setText(new String[] {r.caseId(), r.coder(), r.category().isEmpty() ? r.code() : r.category() + "/" + r.code(),
                    Integer.toString(r.count()), Format.seconds(r.totalDurationMs()), Format.seconds(r.meanDurationMs()),
                    Format.number(r.ratePerMinute()), Format.percent(r.proportion())});
        });
        Composite right = new Composite(body, SWT.NONE);
        GridLayout rightLayout = new GridLayout(2, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        Label transitionsLabel = new Label(right, SWT.NONE);
        transitionsLabel.setText("Transitions of");
        transitionsLabel.setToolTipText("Rows: a code; columns: the code that followed it within the time above; all cases pooled");
        transitionCoder = new Combo(right, SWT.READ_ONLY);
        transitionCoder.setToolTipText("the coder whose transitions the matrix shows");
        transitionCoder.addListener(SWT.Selection, e -> showTransitions());
        transitionTable = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        transitionTable.setHeaderVisible(true);
        transitionTable.setLinesVisible(true);
        transitionTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        body.setWeights(55, 45);

        within.addListener(SWT.DefaultSelection, e -> compute());
        within.addListener(SWT.FocusOut, e -> compute());
        new SessionWatcher(session, parent, this::refresh, () -> { });
        refresh();
    }

    private static void button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Focus
    public void focus() {
        codeTable.setFocus();
    }

    void refresh() {
        input = AnalysisInput.of(session);
        compute();
    }

    /** Sets the transitions' "within" (as typed: 5s, 500ms) and computes again. */
    public void setWithin(String text) {
        within.setText(text);
        compute();
    }

    private void compute() {
        int generation = ++requested;
        if (input == null) {
            show(generation, List.of(), List.of(), "Open a corpus to see its statistics.");
            return;
        }
        long withinMs;
        try {
            withinMs = org.attune.cli.Args.durationMs("within", within.getText());
        } catch (Exception e) {
            show(generation, rows, transitions, e.getMessage());
            return;
        }
        AnalysisInput snapshot = input;
        status.setText("computing…");
        status.getParent().layout(true);
        Job job = Job.create("Statistics", monitor -> {
            try {
                List<CodeStatistics> computed = Descriptives.codeStatistics(snapshot.moments(), monitor);
                List<Transition> followed = Descriptives.transitions(snapshot.moments(), withinMs, monitor);
                root.getDisplay().asyncExec(() -> show(generation, computed, followed,
                        snapshot.moments().size() + " moments, " + snapshot.moments().cases().size() + " cases"));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int generation, List<CodeStatistics> newRows, List<Transition> newTransitions, String message) {
        if (root.isDisposed() || generation != requested) {
            return;
        }
        shown = generation;
        rows = newRows;
        transitions = newTransitions;
        status.setText(message == null ? "" : message);
        status.getParent().layout(true);
        codeTable.clearAll();
        codeTable.setItemCount(rows.size());
        TreeSet<String> coders = new TreeSet<>();
        transitions.forEach(t -> coders.add(t.coder()));
        String selected = transitionCoder.getSelectionIndex() < 0 ? null
                : transitionCoder.getItem(transitionCoder.getSelectionIndex());
        transitionCoder.setItems(coders.toArray(String[]::new));
        int index = selected == null ? -1 : transitionCoder.indexOf(selected);
        transitionCoder.select(index >= 0 ? index : 0);
        transitionCoder.getParent().layout(true);
        showTransitions();
    }

    private void showTransitions() {
        for (TableColumn column : transitionTable.getColumns()) {
            column.dispose();
        }
        transitionTable.removeAll();
        if (transitionCoder.getSelectionIndex() < 0) {
            return;
        }
        String coder = transitionCoder.getItem(transitionCoder.getSelectionIndex());
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        TreeSet<String> codes = new TreeSet<>();
        for (Transition t : transitions) {
            if (t.caseId().equals(Descriptives.ALL_CASES) && t.coder().equals(coder)) {
                matrix.computeIfAbsent(t.from(), k -> new TreeMap<>()).put(t.to(), t.count());
                codes.add(t.from());
                codes.add(t.to());
            }
        }
        TableColumn corner = new TableColumn(transitionTable, SWT.LEFT);
        corner.setText("from \\ to");
        corner.setWidth(160);
        List<String> order = new ArrayList<>(codes);
        for (String code : order) {
            TableColumn column = new TableColumn(transitionTable, SWT.RIGHT);
            column.setText(code);
            column.setWidth(Math.max(50, Math.min(130, code.length() * 8)));
        }
        for (String from : order) {
            String[] cells = new String[order.size() + 1];
            cells[0] = from;
            for (int j = 0; j < order.size(); j++) {
                Integer n = matrix.getOrDefault(from, Map.of()).get(order.get(j));
                cells[j + 1] = n == null ? "·" : n.toString();
            }
            new TableItem(transitionTable, SWT.NONE).setText(cells);
        }
    }

    private Path ask(String title, String name, String... extensions) {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(name);
        dialog.setFilterExtensions(extensions);
        dialog.setOverwrite(true);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }

    private void reportFailure(String what, Exception e) {
        MessageDialog.openError(root.getShell(), what, e.getMessage());
    }

    private void askTableCsv() {
        Path file = ask("Export the statistics table", "statistics.csv", "*.csv");
        if (file != null) {
            try {
                exportTableCsv(file);
            } catch (IOException e) {
                reportFailure("Export CSV", e);
            }
        }
    }

    private void askTransitionsCsv() {
        Path file = ask("Export the transitions", "transitions.csv", "*.csv");
        if (file != null) {
            try {
                exportTransitionsCsv(file);
            } catch (IOException e) {
                reportFailure("Export CSV", e);
            }
        }
    }

    private void askChart() {
        Path file = ask("Export the bar chart", "chart-" + selectedMeasure().word() + ".png", "*.png", "*.svg");
        if (file != null) {
            try {
                exportChart(file);
            } catch (IOException | RuntimeException e) {
                reportFailure("Export chart", e);
            }
        }
    }

    private void askTimeline() {
        if (input == null || input.caseId() == null) {
            MessageDialog.openInformation(root.getShell(), "Export timeline picture", "Open a case first.");
            return;
        }
        Path file = ask("Export the timeline picture", input.caseId() + "-timeline.png", "*.png", "*.svg");
        if (file != null) {
            try {
                exportTimeline(file);
            } catch (IOException | RuntimeException e) {
                reportFailure("Export timeline picture", e);
            }
        }
    }

    private Measure selectedMeasure() {
        return Measure.fromWord(measure.getItem(measure.getSelectionIndex()));
    }

    /** Writes the code table as CSV (the format of {@code ./attune stats codes --csv}). */
    public void exportTableCsv(Path file) throws IOException {
        AnalysisCsv.write(file, AnalysisCsv.codeTable(rows));
        setStatus("wrote " + file);
    }

    public void exportTransitionsCsv(Path file) throws IOException {
        AnalysisCsv.write(file, AnalysisCsv.transitions(transitions));
        setStatus("wrote " + file);
    }

    /** Writes the bar chart of the chosen measure (all cases pooled, every coder) as PNG or SVG. */
    public BarChart exportChart(Path file) throws IOException {
        Measure m = selectedMeasure();
        List<String> coders = BarChart.coders(rows);
        String title = m.axisTitle().replaceAll(" \\(.*\\)$", "") + " per code and coder — all cases";
        BarChart chart = BarChart.of(rows, Descriptives.ALL_CASES, coders, m,
                input == null ? CodeColors.none() : input.colors(), title);
        ChartFiles.write(chart, file);
        setStatus("wrote " + file);
        return chart;
    }

    /** Writes the open case's timeline picture (every coder) as PNG or SVG. */
    public TimelinePicture exportTimeline(Path file) throws IOException {
        if (input == null || input.caseId() == null) {
            throw new IllegalStateException("Open a case first");
        }
        String title = session.currentCase() != null && session.currentCase().getTitle() != null
                ? "Case " + input.caseId() + " — " + session.currentCase().getTitle() : "Case " + input.caseId();
        TimelinePicture picture = TimelinePicture.of(input.moments(), input.caseId(), List.of(), input.colors(), title,
                TimelinePicture.DEFAULT_WIDTH);
        ChartFiles.write(picture, file);
        setStatus("wrote " + file);
        return picture;
    }

    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }

    /** Chooses what the exported chart's bars show. */
    public void selectMeasure(Measure m) {
        measure.select(measure.indexOf(m.word()));
    }

    public List<CodeStatistics> rows() {
        return rows;
    }

    public boolean isUpToDate() {
        return shown == requested;
    }

    public Table codeTable() {
        return codeTable;
    }

    public Table transitionTable() {
        return transitionTable;
    }

    public Combo transitionCoder() {
        return transitionCoder;
    }
}
