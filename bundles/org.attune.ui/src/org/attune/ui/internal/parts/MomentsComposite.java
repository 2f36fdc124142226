package org.attune.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.attune.model.CodedMoment;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.timeline.TimeAxis;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The moments of the open case in a virtual table (fast with 100,000 rows): sort by a column
 * header, filter by typing, click a row to seek, double-click the note to edit it in place.
 */
public final class MomentsComposite extends Composite {

    static final int START = 0;
    static final int END = 1;
    static final int CODE = 2;
    static final int CODER = 3;
    static final int NOTE = 4;
    private static final String[] TITLES = {"Start", "End", "Code", "Coder", "Note"};
    private static final int[] WIDTHS = {95, 95, 200, 100, 260};

    private final WorkbenchSession session;
    private final Text filter;
    private final Table table;
    private final Runnable editorListener = this::scheduleRefresh;
    private final WorkbenchSession.Listener sessionListener = c -> sessionChanged();
    private CorpusEditor listenedEditor;
    private CodedMoment[] rows = new CodedMoment[0];
    private int sortColumn = START;
    private boolean ascending = true;
    private boolean refreshScheduled;

    public MomentsComposite(Composite parent, WorkbenchSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        setLayout(layout);
        filter = new Text(this, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by code, coder or note");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> refresh());

        table = new Table(this, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < TITLES.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(TITLES[i]);
            column.setWidth(WIDTHS[i]);
            int index = i;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
        table.addListener(SWT.SetData, this::setData);
        table.addListener(SWT.Selection, e -> {
            session.setSelectedMoments(selection());
            seekToSelection();
        });
        table.addListener(SWT.MouseDoubleClick, this::editNote);
        table.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL) && session.coding() != null) {
                session.coding().delete(selection());
            }
        });

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
        });
        sessionChanged();
    }

    public Table table() {
        return table;
    }

    public Text filter() {
        return filter;
    }

    /** The rows as shown (filtered and sorted). */
    public List<CodedMoment> rows() {
        return List.of(rows);
    }

    public void sortBy(int column) {
        ascending = column == sortColumn ? !ascending : true;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private void sessionChanged() {
        if (isDisposed()) {
            return;
        }
        CorpusEditor editor = session.editor();
        if (listenedEditor != editor) {
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            listenedEditor = editor;
            if (editor != null) {
                editor.addListener(editorListener);
            }
        }
        refresh();
    }

    private void scheduleRefresh() {
        if (!refreshScheduled && !isDisposed()) {
            refreshScheduled = true;
            getDisplay().asyncExec(() -> {
                refreshScheduled = false;
                refresh();
            });
        }
    }

    /** Filters and sorts again (now). */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        List<CodedMoment> selected = selection();
        CodingSession coding = session.coding();
        List<CodedMoment> list = new ArrayList<>();
        if (coding != null) {
            String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
            for (CodedMoment moment : coding.theCase().getMoments()) {
                if (needle.isEmpty() || matches(moment, needle)) {
                    list.add(moment);
                }
            }
        }
        Comparator<CodedMoment> order = switch (sortColumn) {
            case END -> Comparator.comparingLong(CodedMoment::getEndMs);
            case CODE -> Comparator.comparing(m -> text(m, CODE), String.CASE_INSENSITIVE_ORDER);
            case CODER -> Comparator.comparing(m -> text(m, CODER), String.CASE_INSENSITIVE_ORDER);
            case NOTE -> Comparator.comparing(m -> text(m, NOTE), String.CASE_INSENSITIVE_ORDER);
            default -> Comparator.comparingLong(CodedMoment::getStartMs);
        };
        order = order.thenComparingLong(CodedMoment::getStartMs);
        list.sort(ascending ? order : order.reversed());
        rows = list.toArray(new CodedMoment[0]);
        table.clearAll();
        table.setItemCount(rows.length);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows.length && indices.size() < selected.size(); i++) {
            if (selected.contains(rows[i])) {
                indices.add(i);
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean matches(CodedMoment moment, String needle) {
        for (int column = CODE; column <= NOTE; column++) {
            if (text(moment, column).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    static String text(CodedMoment moment, int column) {
        return switch (column) {
            case START -> TimeAxis.format(moment.getStartMs());
            case END -> moment.getEndMs() == moment.getStartMs() ? "" : TimeAxis.format(moment.getEndMs());
            case CODE -> moment.getCode() == null ? "" : String.valueOf(moment.getCode().getLabel());
            case CODER -> moment.getCoder() == null ? "" : String.valueOf(moment.getCoder().getName());
            default -> moment.getNote() == null ? "" : moment.getNote();
        };
    }

    private void setData(Event e) {
        TableItem item = (TableItem) e.item;
        int index = table.indexOf(item);
        if (index >= 0 && index < rows.length) {
            CodedMoment moment = rows[index];
            String[] texts = new String[TITLES.length];
            for (int column = 0; column < texts.length; column++) {
                texts[column] = text(moment, column);
            }
            item.setText(texts);
        }
    }

    /** Selected moments. */
    public List<CodedMoment> selection() {
        List<CodedMoment> selected = new ArrayList<>();
        if (!table.isDisposed()) {
            for (int index : table.getSelectionIndices()) {
                if (index < rows.length) {
                    selected.add(rows[index]);
                }
            }
        }
        return selected;
    }

    private void seekToSelection() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < rows.length) {
            session.playhead().seek(rows[index].getStartMs());
        }
    }

    private void editNote(Event e) {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.length || session.coding() == null) {
            return;
        }
        TableItem item = table.getItem(index);
        if (!item.getBounds(NOTE).contains(new Point(e.x, e.y)) && e.x < item.getBounds(CODER).x) {
            return; // double-click on the times: only seek
        }
        editNote(rows[index], item);
    }

    /** Opens the in-place editor on a row's note; Enter commits (undoable), Esc cancels. */
    public Text editNote(CodedMoment moment, TableItem item) {
        TableEditor editor = new TableEditor(table);
        editor.grabHorizontal = true;
        Text text = new Text(table, SWT.NONE);
        text.setText(moment.getNote() == null ? "" : moment.getNote());
        text.selectAll();
        editor.setEditor(text, item, NOTE);
        text.setFocus();
        boolean[] done = {false};
        Runnable commit = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            String note = text.getText();
            text.dispose();
            if (!note.equals(moment.getNote() == null ? "" : moment.getNote()) && session.coding() != null) {
                session.coding().setNote(moment, note);
            }
        };
        text.addListener(SWT.DefaultSelection, ev -> commit.run());
        text.addListener(SWT.FocusOut, ev -> commit.run());
        text.addListener(SWT.Traverse, ev -> {
            if (ev.detail == SWT.TRAVERSE_ESCAPE) {
                done[0] = true;
                text.dispose();
                ev.doit = false;
            }
        });
        return text;
    }
}
