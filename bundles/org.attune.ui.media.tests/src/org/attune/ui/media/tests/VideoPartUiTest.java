package org.attune.ui.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.attune.media.MediaSource;
import org.attune.media.internal.TestMedia;
import org.attune.ui.media.internal.VideoPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The video part in a real shell (Xvfb in ./build) playing real generated videos. */
@Timeout(120)
class VideoPartUiTest {

    @Test
    void paintsTwoStreamsAndStepsWithTheKeyboard() throws Exception {
        Path dir = Files.createTempDirectory("attune-video-ui");
        Path a = TestMedia.generate(dir.resolve("left.mp4"), TestMedia.Codec.H264_MP4, 320, 240, 75, 0);
        Path b = TestMedia.generate(dir.resolve("right.webm"), TestMedia.Codec.VP8_WEBM, 320, 240, 75, 1);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory.create("test");
        try {
            shell.setLayout(new FillLayout());
            // 900 x 420 screen pixels whatever the scale factor (GDK_SCALE=2 runs it at 200 %), so it fits the screen
            int screenZoom = display.getPrimaryMonitor().getZoom();
            shell.setSize(900 * 100 / screenZoom, 420 * 100 / screenZoom);
            Composite parent = new Composite(shell, SWT.NONE);
            context.set(Composite.class, parent);
            VideoPart part = ContextInjectionFactory.make(VideoPart.class, context);
            shell.open();
            Future<?> opened = part.open(List.of(MediaSource.of(a), MediaSource.of(b)));
            pump(display, opened::isDone, 30_000);
            opened.get();
            pump(display, () -> part.paintedPictures() >= 2, 10_000);
            assertTrue(part.paintedPictures() >= 2, "pictures painted: " + part.paintedPictures());
            assertEquals(2, part.player().streamCount());

            // the pictures are scaled by GStreamer to their cells, not by SWT: to the cell's size in
            // screen pixels (the same as points without a scale factor; twice as many with GDK_SCALE=2)
            Point size = part.canvas().getSize();
            Rectangle firstCell = cellOf(0, size);
            int zoom = part.canvas().getMonitor().getZoom();
            int cellWidth = Math.round(firstCell.width * zoom / 100f);
            int cellHeight = Math.round(firstCell.height * zoom / 100f);
            System.out.println("video cell " + firstCell.width + "x" + firstCell.height + " points at zoom " + zoom
                    + ": pictures asked at " + cellWidth + "x" + cellHeight + " pixels");
            pump(display, () -> part.player().picture(0).width() == cellWidth
                    && part.player().picture(1).width() == cellWidth, 10_000);
            assertEquals(cellWidth, part.player().picture(0).width(), "picture scaled to the cell in GStreamer");
            assertEquals(cellHeight, part.player().picture(0).height());
            // the same files opened again (a new media set at the same cells) are scaled too
            Future<?> reopened = part.open(List.of(MediaSource.of(a), MediaSource.of(b)));
            pump(display, reopened::isDone, 30_000);
            reopened.get();
            pump(display, () -> part.player().picture(0) != null && part.player().picture(0).width() == cellWidth
                    && part.player().picture(1) != null && part.player().picture(1).width() == cellWidth, 10_000);
            assertEquals(cellWidth, part.player().picture(0).width(), "reopened media scaled to the cell");

            // frame 0's barcode: only cells 13 and 15 are white (check nibble 0101)
            ImageData shot = capture(display, part, size, zoom);
            if (System.getenv("ATTUNE_SHOT") != null) {
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new ImageData[] {shot};
                loader.save(System.getenv("ATTUNE_SHOT"), SWT.IMAGE_PNG);
            }
            for (int stream = 0; stream < 2; stream++) {
                Rectangle cell = cellOf(stream, size);
                assertTrue(isWhite(shot, cell, 15, zoom), "stream " + stream + " barcode cell 15 white");
                assertTrue(!isWhite(shot, cell, 0, zoom), "stream " + stream + " barcode cell 0 black");
            }

            key(part, SWT.ARROW_RIGHT, 0);
            key(part, SWT.ARROW_RIGHT, 0);
            pump(display, () -> part.player().mediaSet().masterFrame() == 2, 10_000);
            assertEquals(2, part.player().mediaSet().masterFrame());
            key(part, SWT.ARROW_RIGHT, SWT.SHIFT);
            pump(display, () -> part.player().mediaSet().masterFrame() == 27, 10_000);
            assertEquals(27, part.player().mediaSet().masterFrame());
            key(part, SWT.ARROW_LEFT, 0);
            pump(display, () -> part.player().mediaSet().masterFrame() == 26 && part.player().picture(1).frameNumber() == 26,
                    10_000);
            assertEquals("00:00:01.040", part.player().timeText());
            assertEquals(26, part.player().picture(1).frameNumber(), "the second stream followed");

            // synchronising: alt+→ moves the selected (second) stream one frame later
            part.select(1);
            key(part, SWT.ARROW_RIGHT, SWT.ALT);
            key(part, SWT.ARROW_RIGHT, SWT.ALT);
            pump(display, () -> part.player().mediaSet().streams().get(1).source().offsetMs() == 80
                    && part.player().picture(1).frameNumber() == 24, 10_000);
            assertEquals(80, part.player().mediaSet().streams().get(1).source().offsetMs());
            assertEquals(24, part.player().picture(1).frameNumber(), "the second stream is now two frames behind");
            assertEquals(26, part.player().mediaSet().masterFrame());
        } finally {
            context.dispose();
            shell.dispose();
        }
    }

    @Test
    void syncModeTypesAnOffsetAndMarksTheSameEventInTwoStreams() throws Exception {
        Path dir = Files.createTempDirectory("attune-video-sync");
        Path a = TestMedia.generate(dir.resolve("parent.mp4"), TestMedia.Codec.H264_MP4, 320, 240, 75, 0);
        Path b = TestMedia.generate(dir.resolve("child.webm"), TestMedia.Codec.VP8_WEBM, 320, 240, 75, 1);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory.create("test");
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(900, 460);
            Composite parent = new Composite(shell, SWT.NONE);
            context.set(Composite.class, parent);
            VideoPart part = ContextInjectionFactory.make(VideoPart.class, context);
            shell.open();
            Future<?> opened = part.open(List.of(MediaSource.of(a), MediaSource.of(b)));
            pump(display, opened::isDone, 30_000);
            opened.get();
            part.player().seek(2000).get();

            key(part, SWT.F9, 0);
            assertTrue(part.isSyncMode(), "F9 enters the synchronisation mode");
            assertTrue(part.offsetField(1).isVisible(), "one offset field per stream");
            assertEquals("00:00:00.000", part.offsetField(1).getText());

            // typing an offset: the second camera started 400 ms (10 frames) after the first
            type(part.offsetField(1), "00:00:00.400");
            pump(display, () -> offset(part, 1) == 400 && part.player().picture(1).frameNumber() == 40, 10_000);
            assertEquals(400, offset(part, 1));
            assertEquals(40, part.player().picture(1).frameNumber(), "case time 2000 ms shows frame 40 of the second camera");
            assertEquals(50, part.player().mediaSet().masterFrame(), "the position stays");
            type(part.offsetField(1), "half a second");
            assertTrue(part.syncText().contains("not an offset"), part.syncText());
            assertEquals(400, offset(part, 1), "a wrong offset changes nothing");

            // marking: the event is frame 50 in both clips; mark it in the first, step the second alone to it
            part.select(0);
            key(part, SWT.CR, 0);
            pump(display, () -> part.syncText().startsWith("Marked"), 10_000);
            assertTrue(part.syncText().contains("frame 50"), part.syncText());
            for (int i = 0; i < 10; i++) {
                key(part, SWT.ARROW_RIGHT, 0); // steps the outlined second stream alone
            }
            pump(display, () -> part.player().picture(1).frameNumber() == 50, 10_000);
            assertEquals(50, part.player().picture(1).frameNumber(), "the second stream stepped alone to the event");
            assertEquals(50, part.player().mediaSet().masterFrame(), "the first stream stayed");
            key(part, SWT.CR, 0);
            pump(display, () -> part.syncText().contains("now starts at") && offset(part, 1) == 0, 10_000);
            assertEquals(0, offset(part, 1), "both clips show frame 50 at the same time: offset 0");

            // trial steps without a second mark are undone when leaving
            part.select(0);
            key(part, SWT.CR, 0);
            pump(display, () -> part.syncText().startsWith("Marked"), 10_000);
            key(part, SWT.ARROW_LEFT, 0);
            key(part, SWT.ARROW_LEFT, 0);
            pump(display, () -> part.player().picture(1).frameNumber() == 48, 10_000);
            assertEquals(48, part.player().picture(1).frameNumber());
            key(part, SWT.ESC, 0);
            assertTrue(!part.isSyncMode(), "Esc leaves the synchronisation mode");
            pump(display, () -> offset(part, 1) == 0 && part.player().picture(1).frameNumber() == 50, 10_000);
            assertEquals(0, offset(part, 1), "the unmarked trial steps are dropped");
            assertEquals(50, part.player().picture(1).frameNumber());
        } finally {
            context.dispose();
            shell.dispose();
        }
    }

    @Test
    void aClickOnAStreamsSoundSwitchMutesIt() throws Exception {
        Path dir = Files.createTempDirectory("attune-video-sound");
        Path silent = TestMedia.generate(dir.resolve("silent.mp4"), TestMedia.Codec.H264_MP4, 320, 240, 50, 0);
        Path sound = TestMedia.generate(dir.resolve("sound.webm"), TestMedia.Codec.VP8_WEBM, 320, 240, 50, 1, true);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory.create("test");
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(900, 420);
            Composite parent = new Composite(shell, SWT.NONE);
            context.set(Composite.class, parent);
            VideoPart part = ContextInjectionFactory.make(VideoPart.class, context);
            shell.open();
            Future<?> opened = part.open(List.of(MediaSource.of(silent), MediaSource.of(sound)));
            pump(display, opened::isDone, 30_000);
            opened.get();
            pump(display, () -> part.soundBox(1) != null, 10_000);
            assertTrue(part.soundBox(0) == null, "no sound switch on a stream without sound");
            Rectangle box = part.soundBox(1);
            assertTrue(box != null, "the stream with sound has a sound switch");
            assertTrue(!part.player().mediaSet().isSilent(1), "it plays its sound");

            Event click = new Event();
            click.x = box.x + box.width / 2;
            click.y = box.y + box.height / 2;
            click.button = 1;
            part.canvas().notifyListeners(SWT.MouseDown, click);
            pump(display, () -> part.player().mediaSet().isSilent(1), 10_000);
            assertTrue(part.player().isMuted(1));
            assertTrue(part.player().mediaSet().isSilent(1), "the muted stream's volume element is muted");

            part.select(1);
            key(part, 'm', SWT.CTRL);
            pump(display, () -> !part.player().mediaSet().isSilent(1), 10_000);
            assertTrue(!part.player().isMuted(1), "ctrl+M unmutes the outlined stream");
        } finally {
            context.dispose();
            shell.dispose();
        }
    }

    private static long offset(VideoPart part, int stream) {
        return part.player().mediaSet().streams().get(stream).source().offsetMs();
    }

    private static void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private static Rectangle cellOf(int stream, Point size) throws Exception {
        java.lang.reflect.Method cell = VideoPart.class.getDeclaredMethod("cell", int.class, int.class, Point.class,
                int.class, int.class);
        cell.setAccessible(true);
        return (Rectangle) cell.invoke(null, stream, 2, size, 320, 240);
    }

    /** Whether a barcode cell is white in a capture at {@code zoom} (its pixels: points × zoom / 100). */
    private static boolean isWhite(ImageData shot, Rectangle cell, int barcodeCell, int zoom) {
        int x = cell.x + (int) ((barcodeCell + 0.5) * cell.width / 16.0);
        int y = cell.y + cell.height / 12; // middle of the barcode band (top sixth)
        RGB rgb = shot.palette.getRGB(shot.getPixel(x * zoom / 100, y * zoom / 100));
        return rgb.green > 160;
    }

    /** The canvas as the screen shows it, in screen pixels. */
    private static ImageData capture(Display display, VideoPart part, Point size, int zoom) {
        part.canvas().redraw();
        part.canvas().update();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(part.canvas());
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData(zoom);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void key(VideoPart part, int keyCode, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.stateMask = stateMask;
        event.doit = true;
        part.canvas().notifyListeners(SWT.KeyDown, event);
    }

    private static void pump(Display display, BooleanSupplier done, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }
}
