package org.attune.ui.media.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.attune.media.Player;
import org.attune.media.Synchronisation;
import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The video part: every stream of the media set in a grid, scaled to fit, with transport
 * controls, the time (hh:mm:ss.mmm and master frame) and a rate selector. All logic is in
 * {@link Player}; this class paints and forwards keys.
 *
 * Keys (when the video has focus): space play/pause, ←/→ one frame, shift+←/→ one second,
 * ctrl+←/→ ten seconds, Home the start, [ / ] slower / faster, alt+←/→ moves the outlined
 * stream one frame earlier / later on the case timeline (synchronising camera angles), F9
 * the synchronisation mode: type offsets, or mark the same event in two streams (Enter marks
 * the outlined stream; after the first mark ←/→ step the outlined stream alone; Esc leaves).
 */
public final class VideoPart {

    private static final PaletteData BGRX = new PaletteData(0xFF00, 0xFF0000, 0xFF000000);
    private static final int REFRESH_MS = 30;

    private final Player player = new Player();
    private Canvas canvas;
    private Label time;
    private Label frame;
    private Label status;
    private Button playButton;
    private Combo rates;
    private Image[] images = new Image[0];
    private Player.Picture[] shown = new Player.Picture[0];
    private volatile boolean dirty = true;
    private volatile String message;
    private long paintedPictures;
    /** The stream that alt+←/→ moves on the timeline (synchronising camera angles). */
    private int selected;
    private String folder;
    private CaseMedia caseMedia;

    // synchronisation mode
    private Button syncButton;
    private Composite syncPanel;
    private Label syncHelp;
    private Text[] offsetFields = new Text[0];
    private final Synchronisation sync = new Synchronisation();
    private boolean syncMode;
    /** Offsets of streams not in a case, as last set (restored when trial steps are left unmarked). */
    private long[] committed = new long[0];
    /** The picture sizes last asked of GStreamer per stream ({width, height}), and whether an ask is pending. */
    private int[][] askedSizes = new int[0][];
    private MediaSet askedOf;
    private boolean sizeAskPending;
    /** Where each stream's sound switch was painted (null: no sound). */
    private Rectangle[] soundBoxes = new Rectangle[0];
    /**
     * The offset the synchronisation mode last set on a case's camera, which its message reports:
     * the message follows undo and redo of that change (null: the message is plain text).
     */
    private record SyncResult(int stream, long offsetMs, String text) {
    }
    private SyncResult result;
    private WorkbenchSession session;
    private org.attune.ui.CorpusEditor listenedEditor;
    /** Undo and redo change offsets without a key in this part: the message is brought up to date. */
    private final Runnable commandListener = () -> dirty = true;
    private final WorkbenchSession.Listener sessionListener = change -> hookEditor();

    @PostConstruct
    public void create(Composite parent, @Optional WorkbenchSession session) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout barLayout = new GridLayout(10, false);
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);

        button(bar, "Open media\u2026", "Choose the video files to play together", () -> chooseMedia(false));
        button(bar, "Add media\u2026", "Add another camera angle to the ones playing", () -> chooseMedia(true));
        button(bar, "|\u25c0", "Back one frame (\u2190)", () -> player.step(-1));
        playButton = button(bar, "\u25b6", "Play / pause (space)", player::togglePlay);
        button(bar, "\u25b6|", "Forward one frame (\u2192)", () -> player.step(1));
        time = new Label(bar, SWT.NONE);
        time.setText("00:00:00.000");
        time.setToolTipText("Position on the case timeline");
        frame = new Label(bar, SWT.NONE);
        frame.setText("frame 0          ");
        frame.setToolTipText("Frame number of the first (master) stream");
        new Label(bar, SWT.NONE).setText("Rate");
        rates = new Combo(bar, SWT.READ_ONLY);
        for (double rate : Player.RATES) {
            rates.add(Player.formatRate(rate));
        }
        rates.select(Player.RATES.indexOf(1.0));
        rates.setToolTipText("Playback rate ([ slower, ] faster)");
        rates.addListener(SWT.Selection, e -> {
            player.setRate(Player.RATES.get(rates.getSelectionIndex()));
            canvas.setFocus();
        });
        syncButton = new Button(bar, SWT.TOGGLE);
        syncButton.setText("Sync");
        syncButton.setToolTipText("Synchronise the streams: type offsets or mark the same event in two streams (F9)");
        syncButton.addListener(SWT.Selection, e -> {
            setSyncMode(syncButton.getSelection());
            canvas.setFocus();
        });

        syncPanel = new Composite(parent, SWT.NONE);
        GridData panelData = new GridData(SWT.FILL, SWT.TOP, true, false);
        panelData.exclude = true;
        syncPanel.setLayoutData(panelData);
        syncPanel.setVisible(false);

        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> dirty = true);
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            if (!toggleSoundAt(e.x, e.y)) {
                selectAt(e.x, e.y);
            }
        });
        canvas.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false; // arrows step frames instead of moving focus
            }
        });
        canvas.addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(this::key));

        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status.setText("Open media\u2026 to play several camera angles in sync.");

        player.addListener(new Player.Listener() {
            @Override
            public void pictureChanged(int stream) {
                dirty = true;
            }

            @Override
            public void stateChanged() {
                dirty = true;
            }

            @Override
            public void failed(String text) {
                message = text;
                dirty = true;
            }
        });
        Display display = parent.getDisplay();
        Runnable refresh = new Runnable() {
            @Override
            public void run() {
                if (canvas.isDisposed()) {
                    return;
                }
                if (dirty || player.isPlaying()) {
                    dirty = false;
                    refresh();
                }
                display.timerExec(REFRESH_MS, this);
            }
        };
        display.timerExec(REFRESH_MS, refresh);
        if (session != null) {
            // the open case's media play here and the workbench's time follows them
            caseMedia = new CaseMedia(session, player, display::asyncExec);
            caseMedia.start();
            this.session = session;
            session.addListener(sessionListener);
            hookEditor();
        }
    }

    private void hookEditor() {
        org.attune.ui.CorpusEditor editor = session == null ? null : session.editor();
        if (editor != listenedEditor) {
            if (listenedEditor != null) {
                listenedEditor.removeListener(commandListener);
            }
            listenedEditor = editor;
            if (editor != null) {
                editor.addListener(commandListener);
            }
        }
    }

    private Button button(Composite bar, String text, String tip, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> {
            action.run();
            canvas.setFocus();
        });
        return button;
    }

    private void chooseMedia(boolean add) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(add ? "Add media (another camera angle)" : "Open media (choose all camera angles of one session)");
        dialog.setFilterExtensions(new String[] { "*.mp4;*.mov;*.m4v;*.webm;*.mkv;*.ogv;*.ogg;*.avi;*.mts;*.mpg", "*" });
        dialog.setFilterNames(new String[] { "Video files", "All files" });
        if (folder != null) {
            dialog.setFilterPath(folder);
        }
        if (dialog.open() == null) {
            return;
        }
        folder = dialog.getFilterPath();
        List<MediaSource> sources = new ArrayList<>(add ? sources() : List.of());
        for (String name : dialog.getFileNames()) {
            sources.add(MediaSource.of(Path.of(dialog.getFilterPath(), name)));
        }
        open(sources);
    }

    private List<MediaSource> sources() {
        MediaSet set = player.mediaSet();
        return set == null ? List.of() : set.streams().stream().map(MediaSet.Stream::source).toList();
    }

    /** Plays these sources in the part (the open case's sources come through {@link CaseMedia}). */
    public Future<?> open(List<MediaSource> sources) {
        message = null;
        status.setText("Opening " + sources.size() + (sources.size() == 1 ? " file\u2026" : " files\u2026"));
        return player.open(sources);
    }

    public Player player() {
        return player;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** How many pictures were painted (tests). */
    public long paintedPictures() {
        return paintedPictures;
    }

    private void key(KeyEvent e) {
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean alt = (e.stateMask & SWT.ALT) != 0;
        if (alt && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)) {
            nudge(e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
            e.doit = false;
            return;
        }
        if (ctrl && (e.keyCode == 'm' || e.keyCode == 'M')) {
            toggleMute(selected);
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.F9) {
            setSyncMode(!syncMode);
            e.doit = false;
            return;
        }
        if (syncMode && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
            mark();
            e.doit = false;
            return;
        }
        if (syncMode && e.keyCode == SWT.ESC) {
            setSyncMode(false);
            e.doit = false;
            return;
        }
        if (syncMode && sync.first() != null && !ctrl && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)) {
            // after the first mark the arrows step the outlined stream alone to the same event
            int frames = (e.keyCode == SWT.ARROW_LEFT ? -1 : 1) * (shift ? framesPerSecond(selected) : 1);
            player.stepAlone(selected, frames);
            e.doit = false;
            return;
        }
        switch (e.keyCode) {
        case ' ':
            player.togglePlay();
            break;
        case SWT.ARROW_LEFT:
            if (ctrl) {
                player.jump(-10_000);
            } else if (shift) {
                player.jump(-1000);
            } else {
                player.step(-1);
            }
            break;
        case SWT.ARROW_RIGHT:
            if (ctrl) {
                player.jump(10_000);
            } else if (shift) {
                player.jump(1000);
            } else {
                player.step(1);
            }
            break;
        case SWT.HOME:
            player.seek(0);
            break;
        case '[':
        case ']':
            int index = Player.RATES.indexOf(player.rate());
            int next = Math.max(0, Math.min(Player.RATES.size() - 2, index + (e.keyCode == '[' ? -1 : 1)));
            rates.select(next);
            player.setRate(Player.RATES.get(next));
            break;
        default:
            return;
        }
        e.doit = false;
    }

    /** The stream under canvas point (x, y) becomes the selected one. */
    private void selectAt(int x, int y) {
        Rectangle area = canvas.getClientArea();
        int count = player.streamCount();
        for (int i = 0; i < count; i++) {
            Player.Picture picture = player.picture(i);
            if (picture != null && cellOf(i, count, area, picture).contains(x, y)) {
                selected = i;
                dirty = true;
            }
        }
    }

    /** Moves the selected stream by {@code frames} of its own frames on the case timeline. */
    public void nudge(int frames) {
        MediaSet set = player.mediaSet();
        if (set == null || selected >= set.streams().size()) {
            return;
        }
        MediaSet.Stream stream = set.streams().get(selected);
        long step = Math.max(1, stream.info().frameDurationNs() / 1_000_000L);
        // a stream of the open case moves as an undoable, saved change of the case
        if (caseMedia == null || !caseMedia.moveOffset(selected, frames * step)) {
            player.moveOffset(selected, frames * step);
        }
    }

    // ---------------------------------------------------------------- sound

    /** Mutes or unmutes the sound of {@code stream} (a click on its sound switch, or ctrl+M for the outlined one). */
    public void toggleMute(int stream) {
        if (player.hasAudio(stream)) {
            player.setMuted(stream, !player.isMuted(stream));
            dirty = true;
        }
    }

    private boolean toggleSoundAt(int x, int y) {
        Rectangle[] boxes = soundBoxes;
        for (int i = 0; i < boxes.length; i++) {
            if (boxes[i] != null && boxes[i].contains(x, y)) {
                toggleMute(i);
                return true;
            }
        }
        return false;
    }

    /** Where the sound switch of {@code stream} is (tests click it), or null when it has no sound. */
    public Rectangle soundBox(int stream) {
        Rectangle[] boxes = soundBoxes;
        return stream < boxes.length ? boxes[stream] : null;
    }

    private void paintSoundBox(GC gc, int stream, Rectangle cell) {
        if (!player.hasAudio(stream)) {
            soundBoxes[stream] = null;
            return;
        }
        boolean muted = player.isMuted(stream);
        String text = muted ? "\u2715 muted" : "\u266a sound";
        Point extent = gc.textExtent(text);
        Rectangle box = new Rectangle(cell.x + cell.width - extent.x - 14, cell.y + 6, extent.x + 8, extent.y + 4);
        gc.setBackground(canvas.getDisplay().getSystemColor(muted ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(box);
        gc.drawText(text, box.x + 4, box.y + 2, true);
        soundBoxes[stream] = box;
    }

    // ---------------------------------------------------------------- synchronisation mode

    /** Enters or leaves the synchronisation mode; leaving drops an unfinished mark and trial steps. */
    public void setSyncMode(boolean on) {
        if (on == syncMode) {
            return;
        }
        syncMode = on;
        syncButton.setSelection(on);
        sync.clear();
        if (on) {
            MediaSet set = player.mediaSet();
            int count = set == null ? 0 : set.streams().size();
            committed = new long[count];
            for (int i = 0; i < count; i++) {
                committed[i] = set.streams().get(i).source().offsetMs();
            }
        } else {
            restoreTrialOffsets();
        }
        GridData data = (GridData) syncPanel.getLayoutData();
        data.exclude = !on;
        syncPanel.setVisible(on);
        buildSyncPanel();
        syncPanel.getParent().layout(true, true);
        dirty = true;
    }

    public boolean isSyncMode() {
        return syncMode;
    }

    /** The typed-offset field of stream {@code stream} (tests). */
    public Text offsetField(int stream) {
        return offsetFields[stream];
    }

    /** The synchronisation mode's help and result line (tests). */
    public String syncText() {
        return syncHelp == null || syncHelp.isDisposed() ? "" : syncHelp.getText();
    }

    private void buildSyncPanel() {
        for (org.eclipse.swt.widgets.Control child : syncPanel.getChildren()) {
            child.dispose();
        }
        MediaSet set = player.mediaSet();
        int count = set == null ? 0 : set.streams().size();
        offsetFields = new Text[count];
        syncPanel.setLayout(new GridLayout(Math.max(1, count) * 2 + 1, false));
        for (int i = 0; i < count; i++) {
            int stream = i;
            Label name = new Label(syncPanel, SWT.NONE);
            name.setText(set.streams().get(i).source().file().getFileName().toString());
            Text field = new Text(syncPanel, SWT.BORDER | SWT.SINGLE);
            field.setLayoutData(new GridData(110, SWT.DEFAULT));
            field.setToolTipText("Offset of this stream on the case timeline: ms (1500, -40) or hh:mm:ss.mmm; Enter applies");
            field.setText(Synchronisation.formatOffset(set.streams().get(i).source().offsetMs()));
            field.addListener(SWT.DefaultSelection, e -> typeOffset(stream, field.getText()));
            offsetFields[i] = field;
        }
        Button done = new Button(syncPanel, SWT.PUSH);
        done.setText("Done");
        done.setToolTipText("Leave the synchronisation mode (Esc)");
        done.addListener(SWT.Selection, e -> setSyncMode(false));
        result = null;
        syncHelp = new Label(syncPanel, SWT.WRAP);
        GridData help = new GridData(SWT.FILL, SWT.TOP, true, false, Math.max(1, count) * 2 + 1, 1);
        help.widthHint = 200; // wraps at the part's width instead of widening it
        syncHelp.setLayoutData(help);
        syncHelp.setText(count < 2 ? "Synchronising needs two streams or more."
                : "Type an offset and press Enter, or: pause on an event in the outlined stream and press Enter to mark it.");
    }

    /** Applies a typed offset to stream {@code stream}: an undoable change of the case for a case's camera. */
    public void typeOffset(int stream, String text) {
        long offsetMs;
        try {
            offsetMs = Synchronisation.parseOffset(text);
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return;
        }
        applyOffset(stream, offsetMs);
        sayResult(stream, offsetMs, streamName(stream) + " now starts at " + Synchronisation.formatOffset(offsetMs)
                + " on the case timeline");
    }

    private void applyOffset(int stream, long offsetMs) {
        if (stream < committed.length) {
            committed[stream] = offsetMs;
        }
        if (caseMedia == null || !caseMedia.setOffset(stream, offsetMs)) {
            player.setOffset(stream, offsetMs);
        }
    }

    /** Marks the event in the outlined stream; the second mark (another stream) sets that stream's offset. */
    public void mark() {
        MediaSet set = player.mediaSet();
        if (set == null || set.streams().size() < 2) {
            return;
        }
        int stream = selected;
        Display display = canvas.getDisplay();
        player.mark(sync, stream, offset -> display.asyncExec(() -> {
            if (canvas.isDisposed()) {
                return;
            }
            if (offset.isEmpty()) {
                // the second stream is the next one, outlined for stepping alone
                selected = (stream + 1) % player.streamCount();
                say("Marked " + streamName(stream) + " at frame " + sync.first().frame() + ". Step "
                        + streamName(selected) + " (outlined; click another to choose) alone with \u2190/\u2192 "
                        + "(shift: one second) to the same event and press Enter.");
            } else {
                applyOffset(stream, offset.getAsLong());
                sayResult(stream, offset.getAsLong(), streamName(stream) + " now starts at "
                        + Synchronisation.formatOffset(offset.getAsLong()) + " on the case timeline: both marked frames meet");
            }
            dirty = true;
        }));
    }

    /** Streams stepped alone but not marked go back to their offsets (the case's, for its cameras). */
    private void restoreTrialOffsets() {
        MediaSet set = player.mediaSet();
        if (set == null) {
            return;
        }
        for (int i = 0; i < set.streams().size(); i++) {
            Long saved = caseMedia == null ? null : caseMedia.savedOffset(i);
            long wanted = saved != null ? saved : i < committed.length ? committed[i] : set.streams().get(i).source().offsetMs();
            if (set.streams().get(i).source().offsetMs() != wanted) {
                player.setOffset(i, wanted);
            }
        }
    }

    /** Shows a message of the synchronisation mode; the panel grows to wrap it. */
    private void say(String text) {
        result = null;
        show(text);
    }

    private void show(String text) {
        if (!syncHelp.getText().equals(text)) {
            syncHelp.setText(text);
            syncPanel.getParent().layout(true, true);
        }
    }

    /**
     * Reports an offset just set. For a case's camera it is a change of the case: the message then
     * follows undo and redo (see {@link #resultText()}).
     */
    private void sayResult(int stream, long offsetMs, String text) {
        if (caseMedia == null || caseMedia.savedOffset(stream) == null) {
            say(text + ".");
            return;
        }
        result = new SyncResult(stream, offsetMs, text);
        show(resultText());
    }

    /** The result as the case has it now: the offset set (Ctrl+Z undoes), or undone (Ctrl+Y redoes). */
    private String resultText() {
        Long now = caseMedia == null ? null : caseMedia.savedOffset(result.stream());
        if (now == null) {
            return result.text() + ".";
        }
        if (now == result.offsetMs()) {
            return result.text() + " (Ctrl+Z undoes).";
        }
        return "Undone: " + streamName(result.stream()) + " starts at " + Synchronisation.formatOffset(now)
                + " on the case timeline again (Ctrl+Y redoes).";
    }

    private String streamName(int stream) {
        MediaSet set = player.mediaSet();
        return set == null || stream >= set.streams().size() ? "stream " + stream
                : set.streams().get(stream).source().file().getFileName().toString();
    }

    private int framesPerSecond(int stream) {
        MediaSet set = player.mediaSet();
        return set == null || stream >= set.streams().size() ? 25
                : (int) Math.max(1, Math.round(set.streams().get(stream).info().frameRate()));
    }

    /** Selects the stream that alt+←/→ moves (tests; a click on a stream does the same). */
    public void select(int stream) {
        selected = stream;
        dirty = true;
    }

    private void refresh() {
        time.setText(player.timeText());
        frame.setText(player.frameText());
        playButton.setText(player.isPlaying() ? "||" : "\u25b6");
        int rateIndex = Player.RATES.indexOf(player.rate());
        if (rateIndex >= 0 && rates.getSelectionIndex() != rateIndex) {
            rates.select(rateIndex);
        }
        String text = message;
        if (text != null) {
            status.setText(text);
        } else if (player.mediaSet() != null) {
            status.setText(player.streamCount() + (player.streamCount() == 1 ? " stream" : " streams") + ", "
                    + Player.formatTime(player.durationMs()) + offsets()
                    + " \u2014 space play/pause, \u2190/\u2192 frame, shift+\u2190/\u2192 second, alt+\u2190/\u2192 moves the outlined stream, ctrl+M mutes it, F9 sync mode");
        }
        if (syncMode) {
            MediaSet set = player.mediaSet();
            int count = set == null ? 0 : set.streams().size();
            if (count != offsetFields.length) {
                buildSyncPanel();
                syncPanel.getParent().layout(true, true);
            }
            if (result != null) {
                show(resultText());
            }
            for (int i = 0; i < offsetFields.length; i++) {
                String shownOffset = Synchronisation.formatOffset(set.streams().get(i).source().offsetMs());
                if (!offsetFields[i].isFocusControl() && !offsetFields[i].getText().equals(shownOffset)) {
                    offsetFields[i].setText(shownOffset);
                }
            }
        }
        time.getParent().layout();
        askPictureSizes();
        canvas.redraw();
    }

    /**
     * Scales the pictures in GStreamer to the cells they are drawn in (not in SWT): asked 150 ms
     * after the last change of the view's size or of the streams, so a drag of the sash does
     * not re-seek for every pixel.
     */
    private void askPictureSizes() {
        if (sizeAskPending || !changedCellSizes()) {
            return;
        }
        sizeAskPending = true;
        canvas.getDisplay().timerExec(150, () -> {
            sizeAskPending = false;
            if (canvas.isDisposed()) {
                return;
            }
            if (askedOf != player.mediaSet()) {
                askedSizes = new int[0][]; // a new media set starts at the streams' own sizes
            }
            askedOf = player.mediaSet();
            int[][] wanted = cellSizes();
            for (int i = 0; i < wanted.length; i++) {
                if (i >= askedSizes.length || !java.util.Arrays.equals(askedSizes[i], wanted[i])) {
                    player.setPictureSize(i, wanted[i][0], wanted[i][1]);
                }
            }
            askedSizes = wanted;
        });
    }

    private boolean changedCellSizes() {
        if (askedOf != player.mediaSet()) {
            return true;
        }
        int[][] wanted = cellSizes();
        return !java.util.Arrays.deepEquals(wanted, askedSizes);
    }

    /**
     * Each stream's cell size in the canvas now, by its own size and aspect, in pixels of the
     * screen: under a scale factor (HiDPI) a cell of 400 points is 800 pixels at 200 %, and
     * GStreamer is asked for that many, so the picture stays sharp.
     */
    private int[][] cellSizes() {
        MediaSet set = player.mediaSet();
        if (set == null) {
            return new int[0][];
        }
        Rectangle area = canvas.getClientArea();
        int count = set.streams().size();
        int zoom = zoom();
        int[][] sizes = new int[count][];
        for (int i = 0; i < count; i++) {
            org.attune.media.MediaInfo info = set.streams().get(i).info();
            Rectangle cell = cell(i, count, new Point(area.width, area.height), info.width(), info.height());
            sizes[i] = pixels(cell, zoom);
        }
        return sizes;
    }

    /** The screen's scale factor in percent where the video is shown (100 without HiDPI). */
    private int zoom() {
        int zoom = canvas.getMonitor() == null ? 100 : canvas.getMonitor().getZoom();
        return zoom > 0 ? zoom : 100;
    }

    /** A cell's size (points) in pixels at a zoom: {width, height}. */
    static int[] pixels(Rectangle cell, int zoom) {
        return new int[] { Math.max(1, Math.round(cell.width * zoom / 100f)), Math.max(1, Math.round(cell.height * zoom / 100f)) };
    }

    /** Where stream {@code index} of {@code count} is drawn in a canvas of this size, keeping its aspect. */
    static Rectangle cell(int index, int count, Point size, int pictureWidth, int pictureHeight) {
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (int) Math.ceil((double) count / columns);
        int cellWidth = size.x / columns;
        int cellHeight = size.y / Math.max(1, rows);
        double scale = Math.min((double) cellWidth / pictureWidth, (double) cellHeight / pictureHeight);
        int w = (int) (pictureWidth * scale);
        int h = (int) (pictureHeight * scale);
        int x = index % columns * cellWidth + (cellWidth - w) / 2;
        int y = index / columns * cellHeight + (cellHeight - h) / 2;
        return new Rectangle(x, y, w, h);
    }

    /** The cell of stream {@code i}, laid out by the stream's own size (the picture may be scaled already). */
    private Rectangle cellOf(int i, int count, Rectangle area, Player.Picture picture) {
        MediaSet set = player.mediaSet();
        int width = picture.width(), height = picture.height();
        if (set != null && i < set.streams().size()) {
            width = set.streams().get(i).info().width();
            height = set.streams().get(i).info().height();
        }
        return cell(i, count, new Point(area.width, area.height), width, height);
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        int count = player.streamCount();
        if (images.length != count) {
            disposeImages();
            images = new Image[count];
            shown = new Player.Picture[count];
        }
        if (soundBoxes.length != count) {
            soundBoxes = new Rectangle[count];
        }
        int zoom = zoom();
        for (int i = 0; i < count; i++) {
            Player.Picture picture = player.picture(i);
            if (picture == null) {
                continue;
            }
            if (picture != shown[i]) {
                if (images[i] != null) {
                    images[i].dispose();
                }
                ImageData data = new ImageData(picture.width(), picture.height(), 32, BGRX, picture.width() * 4,
                        picture.bgrx());
                images[i] = image(data, zoom);
                shown[i] = picture;
                paintedPictures++;
            }
            Rectangle cell = cellOf(i, count, area, picture);
            int[] pixels = pixels(cell, zoom);
            Rectangle bounds = images[i].getBounds(); // in points
            if (pixels[0] == picture.width() && pixels[1] == picture.height() && bounds.width == cell.width
                    && bounds.height == cell.height) {
                gc.drawImage(images[i], cell.x, cell.y); // scaled by GStreamer already, one pixel for one
            } else { // until the picture at the new size arrives
                gc.drawImage(images[i], 0, 0, bounds.width, bounds.height, cell.x, cell.y, cell.width, cell.height);
            }
            if (i == selected && count > 1) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                gc.setLineWidth(2);
                gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
            }
            paintSoundBox(gc, i, cell);
            if (syncMode) {
                paintSyncLabel(gc, i, cell, picture);
            }
        }
    }

    /**
     * A picture as an image whose pixels are the screen's at this zoom (at 100 % just the picture;
     * at 200 % an image of half as many points, drawn one pixel for one).
     */
    private Image image(ImageData data, int zoom) {
        if (zoom == 100) {
            return new Image(canvas.getDisplay(), data);
        }
        return new Image(canvas.getDisplay(), (org.eclipse.swt.graphics.ImageDataProvider) z -> z == zoom ? data
                : data.scaledTo(Math.max(1, data.width * z / zoom), Math.max(1, data.height * z / zoom)));
    }

    /** In the synchronisation mode each stream says its offset and frame, and which one is marked. */
    private void paintSyncLabel(GC gc, int stream, Rectangle cell, Player.Picture picture) {
        MediaSet set = player.mediaSet();
        if (set == null || stream >= set.streams().size()) {
            return;
        }
        String text = "offset " + Synchronisation.formatOffset(set.streams().get(stream).source().offsetMs()) + "  frame "
                + picture.frameNumber();
        Synchronisation.Mark mark = sync.first();
        if (mark != null && mark.stream() == stream) {
            text += "  ◆ marked frame " + mark.frame();
        }
        Point extent = gc.textExtent(text);
        int y = cell.y + cell.height - extent.y - 6;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setForeground(canvas.getDisplay().getSystemColor(mark != null && mark.stream() == stream ? SWT.COLOR_GREEN
                : SWT.COLOR_WHITE));
        gc.fillRectangle(cell.x + 4, y - 2, extent.x + 8, extent.y + 4);
        gc.drawText(text, cell.x + 8, y, true);
    }

    private String offsets() {
        MediaSet set = player.mediaSet();
        if (set == null || set.streams().stream().allMatch(s -> s.source().offsetMs() == 0)) {
            return "";
        }
        StringBuilder text = new StringBuilder(", offsets");
        for (MediaSet.Stream stream : set.streams()) {
            text.append(' ').append(stream.source().file().getFileName()).append(' ')
                    .append(stream.source().offsetMs() > 0 ? "+" : "").append(stream.source().offsetMs()).append(" ms");
        }
        return text.toString();
    }

    private void disposeImages() {
        for (Image image : images) {
            if (image != null) {
                image.dispose();
            }
        }
    }

    @PreDestroy
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(commandListener);
            }
        }
        if (caseMedia != null) {
            caseMedia.stop();
        }
        player.close();
        disposeImages();
    }
}
