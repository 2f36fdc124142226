package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.attune.ui.VideoDefaults;
import org.attune.ui.WorkbenchPreferences;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.PreferencesDialog;
import org.attune.ui.internal.parts.TimelineCanvas;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences stored with Eclipse preferences and applied at once to the open corpus and views. */
class PreferencesTest {

    @TempDir
    Path dir;

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.attune.ui.tests.prefs-" + System.nanoTime());
    private Display display;
    private Shell shell;
    private WorkbenchSession session;

    @AfterEach
    void close() throws Exception {
        WorkbenchSession any = new WorkbenchSession();
        any.setVideoDefaults(VideoDefaults.DEFAULT); // process-wide: leave it as found
        if (shell != null) {
            shell.dispose();
        }
        if (session != null && session.editor() != null) {
            session.editor().close();
        }
        node.removeNode();
    }

    private void spinUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    @Test
    void storedValuesReadBackAndBadOnesFallBack() throws Exception {
        assertEquals(WorkbenchPreferences.DEFAULTS, WorkbenchPreferences.read(node));
        WorkbenchPreferences.Values values = new WorkbenchPreferences.Values(" Clara ", "clara", 10, new VideoDefaults(29.97, 2, 500));
        WorkbenchPreferences.write(node, values);
        assertEquals("Clara", WorkbenchPreferences.read(node).coderName());
        assertEquals(values, WorkbenchPreferences.read(node));
        node.putInt(WorkbenchPreferences.AUTOSAVE_SECONDS, -3);
        node.put(WorkbenchPreferences.FRAME_RATE, "fast");
        assertEquals(30, WorkbenchPreferences.read(node).autosaveSeconds(), "an impossible interval gives the default");
        assertEquals(25, WorkbenchPreferences.read(node).video().frameRate(), "so does an unreadable rate");
        assertThrows(IllegalArgumentException.class, () -> new VideoDefaults(0, 1, 1000));
        assertThrows(IllegalArgumentException.class, () -> new WorkbenchPreferences.Values("", "", 1, VideoDefaults.DEFAULT));
    }

    @Test
    void theDialogStoresAndAppliesAtOnce() throws Exception {
        TestCorpus.create(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 900, 500);
        session = new WorkbenchSession();
        session.setAutosave(display::asyncExec);
        session.openCorpus(dir);
        session.openCase(session.corpus().getCases().get(0));
        TimelineCanvas timeline = new TimelineCanvas(shell, session);
        shell.open();
        shell.forceActive();
        assertEquals(Duration.ofSeconds(30), session.editor().autosaveInterval());
        assertEquals("anna", session.coder().getId());

        PreferencesDialog dialog = new PreferencesDialog(shell, session, node);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals("30", String.valueOf(dialog.autosaveField().getSelection()));
        dialog.coderNameField().setText("Clara Jones");
        dialog.autosaveField().setSelection(10);
        dialog.stepFramesField().setSelection(5);
        dialog.frameRateField().setText("fast");
        dialog.pressOk();
        assertTrue(dialog.problemText().contains("'fast' is not a number"), dialog.problemText());
        assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "stays open to correct it");
        dialog.frameRateField().setText("30");
        dialog.pressOk();
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "closed");

        assertEquals(10, node.getInt(WorkbenchPreferences.AUTOSAVE_SECONDS, 0), "stored");
        assertEquals("Clara Jones", node.get(WorkbenchPreferences.CODER_NAME, ""));
        assertEquals(Duration.ofSeconds(10), session.editor().autosaveInterval(), "the autosave restarted with it");
        assertEquals("clara-jones", session.coder().getId(), "a coder the corpus did not have is added");
        assertEquals("Clara Jones", session.coder().getName());
        assertSame(session.coder(), session.coding().coder(), "and codes from now on");
        assertEquals(30.0, WorkbenchSession.videoDefaults().frameRate());

        // ← / → now step 5 frames (a real key press on the timeline)
        session.playhead().seek(10_000);
        timeline.canvas().setFocus();
        spinUntil(() -> {
            shell.forceActive();
            return timeline.canvas().setFocus() && timeline.canvas().isFocusControl();
        }, "the timeline has the focus");
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event key = new Event();
            key.type = type;
            key.keyCode = SWT.ARROW_RIGHT;
            assertTrue(display.post(key));
        }
        spinUntil(() -> session.playhead().positionMs() != 10_000, "the step");
        assertEquals(10_200, session.playhead().positionMs(), "5 frames of the case's 25 fps");

        // the preferred coder is chosen when a corpus opens
        WorkbenchSession next = new WorkbenchSession();
        WorkbenchPreferences.apply(WorkbenchPreferences.read(node), next);
        session.editor().save();
        next.openCorpus(dir);
        try {
            assertEquals("clara-jones", next.coder().getId());
        } finally {
            next.editor().close();
        }
    }
}
