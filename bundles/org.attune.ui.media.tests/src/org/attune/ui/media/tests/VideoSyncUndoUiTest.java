package org.attune.ui.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.attune.media.internal.TestMedia;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.store.CorpusStore;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.media.internal.VideoPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The synchronisation mode's message follows undo and redo of the offset it reports: real key
 * events (F9, an offset typed and Enter) on a case's two generated cameras under Xvfb.
 */
@Timeout(120)
class VideoSyncUndoUiTest {

    @Test
    void theResultLineFollowsUndoAndRedo() throws Exception {
        Path folder = Files.createTempDirectory("attune-sync-undo");
        Files.createDirectories(folder.resolve("media"));
        Path a = TestMedia.generate(folder.resolve("media/parent.mp4"), TestMedia.Codec.H264_MP4, 320, 240, 75, 0);
        Path b = TestMedia.generate(folder.resolve("media/child.webm"), TestMedia.Codec.VP8_WEBM, 320, 240, 75, 1);
        try (CorpusStore store = CorpusStore.create(folder, "Sync undo")) {
            Case two = store.createCase("two-cameras", "Two cameras");
            store.addMedia(two, a, "camera 1", 0);
            store.addMedia(two, b, "camera 2", 400);
            store.save();
        }
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory.create("test");
        WorkbenchSession session = new WorkbenchSession();
        try {
            session.openCorpus(folder);
            shell.setLayout(new FillLayout());
            shell.setSize(900, 460);
            Composite parent = new Composite(shell, SWT.NONE);
            context.set(Composite.class, parent);
            context.set(WorkbenchSession.class, session);
            VideoPart part = ContextInjectionFactory.make(VideoPart.class, context);
            shell.open();
            shell.forceActive();
            session.openCase(session.corpus().getCases().get(0));
            pump(display, () -> part.player().streamCount() == 2 && part.player().picture(1) != null, 30_000);
            assertEquals(2, part.player().streamCount());
            MediaSource second = session.currentCase().getMediaSources().get(1);

            part.canvas().setFocus();
            pump(display, () -> part.canvas().isFocusControl(), 5_000);
            post(SWT.F9, (char) 0);
            pump(display, part::isSyncMode, 5_000);
            assertTrue(part.isSyncMode(), "F9 (a real key) enters the synchronisation mode");

            Text field = part.offsetField(1);
            field.setFocus();
            field.selectAll();
            pump(display, field::isFocusControl, 5_000);
            for (char c : "1500".toCharArray()) {
                post(c, c);
            }
            post(SWT.CR, '\r');
            pump(display, () -> second.getOffsetMs() == 1500, 10_000);
            assertEquals(1500, second.getOffsetMs(), "the typed offset is a change of the case");
            String result = part.syncText();
            assertTrue(result.contains("now starts at +00:00:01.500") && result.contains("Ctrl+Z undoes"), result);

            session.editor().undo(); // what Ctrl+Z does
            assertEquals(400, second.getOffsetMs());
            pump(display, () -> part.syncText().contains("Undone"), 10_000);
            String undone = part.syncText();
            assertTrue(undone.contains("+00:00:00.400") && undone.contains("Ctrl+Y redoes"), undone);
            assertTrue(!undone.contains("01.500"), "the old result is not shown any more: " + undone);

            session.editor().redo(); // Ctrl+Y
            pump(display, () -> part.syncText().equals(result), 10_000);
            assertEquals(result, part.syncText(), "redo shows the result again");

            // leaving and entering again starts afresh: no old result
            part.canvas().setFocus();
            pump(display, () -> part.canvas().isFocusControl(), 5_000);
            post(SWT.ESC, (char) 27);
            pump(display, () -> !part.isSyncMode(), 5_000);
            post(SWT.F9, (char) 0);
            pump(display, part::isSyncMode, 5_000);
            session.editor().undo();
            pump(display, () -> second.getOffsetMs() == 400, 5_000);
            assertTrue(part.syncText().startsWith("Type an offset"), part.syncText());
        } finally {
            context.dispose();
            shell.dispose();
            session.editor().close();
        }
    }

    private static void post(int keyCode, char character) {
        Display display = Display.getDefault();
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            assertTrue(display.post(event), "the X server took the key event");
        }
    }

    private static void pump(Display display, BooleanSupplier done, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        while (display.readAndDispatch()) {
            // settle
        }
    }
}
