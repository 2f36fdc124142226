package org.attune.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.CodedMoment;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.attune.ui.Playhead;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.timeline.TimeAxis;
import org.attune.ui.timeline.TimelineModel;
import org.attune.ui.timeline.TimelineView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The timeline widget: a tool bar (zoom, grouping) and a canvas painted by {@link TimelineView}.
 * Click or drag seeks, Ctrl+wheel zooms, a click on a moment selects it, Delete deletes it.
 */
public final class TimelineCanvas extends Composite {

    private static final int FRAME_INTERVAL_MS = 40;

    private final WorkbenchSession session;
    private final TimelineView view = new TimelineView();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final Canvas canvas;
    private final ToolItem grouping;
    private final List<CodedMoment> selection = new ArrayList<>();
    private final Runnable editorListener = this::commandDone;
    private final MomentWatch watch = new MomentWatch(this::momentsChanged);
    private final Playhead.Listener playheadListener = p -> getDisplay().asyncExec(this::playheadMoved);
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor listenedEditor;
    private Playhead listenedPlayhead;
    private boolean stale = true;
    private boolean ticking;
    private boolean dragging;
    /** The moment whose edge is being dragged, which edge, and where it would go (snapped to frames). */
    private CodedMoment edgeMoment;
    private boolean edgeIsStart;
    private long edgeStartMs;
    private long edgeEndMs;
    private Runnable dirtyCallback = () -> { };

    public TimelineCanvas(Composite parent, WorkbenchSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);

        ToolBar bar = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tool(bar, "Whole session", "Zoom out to the whole session (Home)", this::showAll);
        tool(bar, "Zoom in", "Zoom in around the playhead (+ or Ctrl+wheel)", () -> zoom(2, playheadX()));
        tool(bar, "Zoom out", "Zoom out around the playhead (- or Ctrl+wheel)", () -> zoom(0.5, playheadX()));
        tool(bar, "Frames", "Zoom in to single frames around the playhead", () -> zoom(1e9, playheadX()));
        new ToolItem(bar, SWT.SEPARATOR);
        grouping = new ToolItem(bar, SWT.CHECK);
        grouping.setText("Track per code");
        grouping.setToolTipText("One track per code × coder instead of per category × coder");
        grouping.addListener(SWT.Selection, e -> modelChanged());

        canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> layoutCanvas());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseHover, this::hover);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            view.setScrollY(canvas.getVerticalBar().getSelection());
            canvas.redraw();
        });

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            watch.watch(null);
            hook(null, null);
            renderer.dispose();
        });
        sessionChanged(WorkbenchSession.Change.CASE);
    }

    /** Called when the dirty state may have changed. */
    public void onDirtyChange(Runnable callback) {
        dirtyCallback = callback;
    }

    public TimelineView view() {
        return view;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The tracks as painted now (rebuilt first if the case changed). */
    public TimelineModel model() {
        rebuildIfStale();
        return view.model();
    }

    private static void tool(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void sessionChanged(WorkbenchSession.Change change) {
        if (isDisposed()) {
            return;
        }
        hook(session.editor(), session.playhead());
        selection.clear();
        stale = true;
        if (change == WorkbenchSession.Change.CASE && session.currentCase() != null) {
            view.axis().setContent(WorkbenchSession.durationMs(session.currentCase()),
                    WorkbenchSession.frameRate(session.currentCase()));
            view.axis().showAll();
        }
        layoutCanvas();
        canvas.redraw();
        dirtyCallback.run();
    }

    private void hook(CorpusEditor editor, Playhead playhead) {
        if (listenedEditor != editor) {
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            listenedEditor = editor;
            if (editor != null) {
                editor.addListener(editorListener);
            }
        }
        if (listenedPlayhead != playhead) {
            if (listenedPlayhead != null) {
                listenedPlayhead.removeListener(playheadListener);
            }
            listenedPlayhead = playhead;
            if (playhead != null) {
                playhead.addListener(playheadListener);
            }
        }
    }

    /** Everything must be built again (grouping, case or coder switched). */
    private void modelChanged() {
        if (isDisposed()) {
            return;
        }
        stale = true;
        selection.removeIf(m -> m.getCase() == null);
        canvas.redraw();
        dirtyCallback.run();
    }

    /** A command ran, was undone or redone, or the corpus was saved: what changed came as notifications. */
    private void commandDone() {
        if (isDisposed()) {
            return;
        }
        canvas.redraw();
        dirtyCallback.run();
    }

    /** Moments were added, removed or changed (in place when possible, see {@link #rebuildIfStale}). */
    private void momentsChanged() {
        if (isDisposed()) {
            return;
        }
        selection.removeIf(m -> m.getCase() == null);
        canvas.redraw();
    }

    /** Incremental updates applied since the last full build (for tests and the benchmark). */
    public long incrementalUpdates() {
        return incrementalUpdates;
    }

    /** Full builds of the tracks so far (for tests). */
    public long fullBuilds() {
        return fullBuilds;
    }

    private long incrementalUpdates;
    private long fullBuilds;

    private void rebuildIfStale() {
        CodingSession coding = session.coding();
        if (watch.watched() != (coding == null ? null : coding.theCase())) {
            watch.watch(coding == null ? null : coding.theCase());
            stale = true;
        }
        if (!stale && watch.needsRebuild()) {
            stale = true;
        }
        if (!stale) {
            if (watch.hasChanges() && view.model() != null) {
                if (watch.applyTo(view.model())) {
                    incrementalUpdates++;
                    updateDuration(coding);
                    return;
                }
                stale = true;
            } else {
                return;
            }
        }
        stale = false;
        watch.clear();
        if (coding == null) {
            view.setModel(null);
            return;
        }
        fullBuilds++;
        TimelineModel model = TimelineModel.build(coding.theCase(),
                grouping.getSelection() ? TimelineModel.Grouping.CODE : TimelineModel.Grouping.CATEGORY, coding.coder());
        updateDuration(coding);
        view.setModel(model);
        updateScrollBar();
    }

    private void updateDuration(CodingSession coding) {
        long duration = WorkbenchSession.durationMs(coding.theCase());
        if (duration != view.axis().durationMs()) {
            boolean all = view.axis().isWholeSession();
            view.axis().setContent(duration, WorkbenchSession.frameRate(coding.theCase()));
            if (all) {
                view.axis().showAll();
            }
        }
    }

    private void layoutCanvas() {
        Point size = canvas.getSize();
        var area = canvas.getClientArea();
        view.setSize(area.width, area.height > 0 ? area.height : size.y);
        updateScrollBar();
    }

    private void updateScrollBar() {
        ScrollBar bar = canvas.getVerticalBar();
        int content = view.contentHeight();
        int visible = Math.max(1, view.height());
        bar.setMaximum(Math.max(content, visible));
        bar.setThumb(visible);
        bar.setPageIncrement(visible);
        bar.setIncrement(TimelineView.TRACK_HEIGHT);
        bar.setVisible(content > visible);
        if (content <= visible) {
            view.setScrollY(0);
        }
    }

    private long playheadMs() {
        return session.playhead().positionMs();
    }

    private int playheadX() {
        return view.xOf(playheadMs()) - TimelineView.HEADER_WIDTH;
    }

    private void paint(Event e) {
        rebuildIfStale();
        CodingSession coding = session.coding();
        renderer.paint(e.gc, view, playheadMs(), coding == null ? List.of() : coding.openMoments(), selection);
        if (edgeMoment != null) {
            int y = view.trackY(view.model() == null ? -1 : view.model().tracks().indexOf(view.model().trackOf(edgeMoment)));
            int x0 = view.xOf(Math.min(edgeStartMs, edgeEndMs));
            int x1 = view.xOf(Math.max(edgeStartMs, edgeEndMs));
            e.gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            e.gc.setLineStyle(SWT.LINE_DASH);
            e.gc.drawRectangle(x0, y + 1, Math.max(1, x1 - x0), TimelineView.TRACK_HEIGHT - 3);
            e.gc.setLineStyle(SWT.LINE_SOLID);
            e.gc.drawText(org.attune.ui.timeline.TimeAxis.format(edgeIsStart ? edgeStartMs : edgeEndMs),
                    (edgeIsStart ? x0 : x1) + 4, y + TimelineView.TRACK_HEIGHT, true);
        }
    }

    private void playheadMoved() {
        if (isDisposed()) {
            return;
        }
        Playhead playhead = session.playhead();
        if (playhead.isPlaying() && !ticking) {
            ticking = true;
            getDisplay().timerExec(FRAME_INTERVAL_MS, this::tick);
        }
        view.axis().reveal(playhead.positionMs());
        canvas.redraw();
    }

    private void tick() {
        if (isDisposed()) {
            return;
        }
        Playhead playhead = session.playhead();
        if (!playhead.isPlaying()) {
            ticking = false;
            canvas.redraw();
            return;
        }
        view.axis().reveal(playhead.positionMs());
        canvas.redraw();
        getDisplay().timerExec(FRAME_INTERVAL_MS, this::tick);
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button != 1 || session.coding() == null || !view.isInTimeArea(e.x, e.y)) {
            return;
        }
        CodedMoment edge = edgeAt(e.x, e.y);
        if (edge != null) {
            edgeMoment = edge;
            edgeIsStart = Math.abs(view.xOf(edge.getStartMs()) - e.x) <= Math.abs(view.xOf(edge.getEndMs()) - e.x);
            edgeStartMs = edge.getStartMs();
            edgeEndMs = edge.getEndMs();
            selection.clear();
            selection.add(edge);
            session.setSelectedMoments(selection);
            canvas.redraw();
            return;
        }
        CodedMoment hit = view.momentAt(e.x, e.y);
        selection.clear();
        if (hit != null) {
            selection.add(hit);
        }
        session.setSelectedMoments(selection);
        dragging = true;
        session.playhead().seek(view.timeAt(e.x));
        canvas.redraw();
    }

    private void mouseMove(Event e) {
        if (edgeMoment != null && (e.stateMask & SWT.BUTTON1) != 0) {
            long t = snap(view.timeAt(e.x));
            if (edgeIsStart) {
                edgeStartMs = t;
            } else {
                edgeEndMs = t;
            }
            canvas.redraw();
            return;
        }
        canvas.setCursor(edgeAt(e.x, e.y) != null ? getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE) : null);
        if (dragging && (e.stateMask & SWT.BUTTON1) != 0 && e.x >= TimelineView.HEADER_WIDTH) {
            session.playhead().seek(view.timeAt(e.x));
        }
    }

    private void mouseUp(Event e) {
        dragging = false;
        CodedMoment moment = edgeMoment;
        edgeMoment = null;
        if (moment != null && session.coding() != null && moment.getCase() != null
                && (edgeStartMs != moment.getStartMs() || edgeEndMs != moment.getEndMs())) {
            session.coding().setTimes(moment, edgeStartMs, edgeEndMs); // one undoable command
        }
        canvas.redraw();
    }

    /** The interval moment with an edge within 3 pixels of a point, or null. */
    private CodedMoment edgeAt(int x, int y) {
        CodedMoment moment = view.momentAt(x, y);
        if (moment == null || moment.getCode() == null || moment.getCode().getKind() != org.attune.model.CodeKind.INTERVAL) {
            return null;
        }
        int x0 = view.xOf(moment.getStartMs());
        int x1 = view.xOf(moment.getEndMs());
        return x1 - x0 >= 8 && (Math.abs(x - x0) <= 3 || Math.abs(x - x1) <= 3) ? moment : null;
    }

    /** A time snapped to the nearest frame start. */
    private long snap(long ms) {
        double frame = view.axis().frameMs();
        return Math.max(0, Math.round(Math.round(ms / frame) * frame));
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            zoom(e.count > 0 ? 1.25 : 0.8, e.x - TimelineView.HEADER_WIDTH);
        } else if ((e.stateMask & SWT.SHIFT) != 0 || view.contentHeight() <= view.height()) {
            view.axis().scrollPixels(-e.count * 20.0);
            canvas.redraw();
        } else {
            return; // let the vertical scroll bar scroll the tracks
        }
        e.doit = false;
    }

    private void hover(Event e) {
        CodedMoment moment = view.momentAt(e.x, e.y);
        canvas.setToolTipText(moment == null ? null : describe(moment));
    }

    /** Code, coder, times and note of a moment, for the tooltip. */
    public static String describe(CodedMoment moment) {
        StringBuilder b = new StringBuilder();
        b.append(moment.getCode() == null ? "(no code)" : moment.getCode().getLabel());
        b.append("\n").append(moment.getCoder() == null ? "(no coder)" : moment.getCoder().getName());
        b.append("\n").append(TimeAxis.format(moment.getStartMs()));
        if (moment.getEndMs() != moment.getStartMs()) {
            b.append(" – ").append(TimeAxis.format(moment.getEndMs()));
        }
        if (moment.getNote() != null && !moment.getNote().isEmpty()) {
            b.append("\n").append(moment.getNote());
        }
        return b.toString();
    }

    private void key(Event e) {
        Playhead playhead = session.playhead();
        var defaults = WorkbenchSession.videoDefaults();
        long step = Math.max(1, Math.round(view.axis().frameMs() * defaults.stepFrames()));
        long big = defaults.bigStepMs();
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> playhead.seek(playhead.positionMs() - ((e.stateMask & SWT.SHIFT) != 0 ? big : step));
            case SWT.ARROW_RIGHT -> playhead.seek(playhead.positionMs() + ((e.stateMask & SWT.SHIFT) != 0 ? big : step));
            case SWT.HOME -> showAll();
            case SWT.DEL, SWT.BS -> {
                if (session.coding() != null && !selection.isEmpty()) {
                    session.coding().delete(new ArrayList<>(selection));
                    selection.clear();
                }
            }
            default -> {
                if (e.character == '+' || e.character == '=') {
                    zoom(2, playheadX());
                } else if (e.character == '-') {
                    zoom(0.5, playheadX());
                } else if (e.character == ' ') {
                    playhead.setPlaying(!playhead.isPlaying());
                }
            }
        }
    }

    /** Zooms by a factor around a pixel of the time axis. */
    public void zoom(double factor, int anchorX) {
        view.axis().zoom(factor, Math.max(0, Math.min(view.axis().width(), anchorX)));
        canvas.redraw();
    }

    public void showAll() {
        view.axis().showAll();
        canvas.redraw();
    }

    /** Selected moments (outlined). */
    public List<CodedMoment> selection() {
        return selection;
    }
}
