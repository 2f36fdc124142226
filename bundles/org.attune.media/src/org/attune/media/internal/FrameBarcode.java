package org.attune.media.internal;

import java.nio.ByteBuffer;

/**
 * A frame number drawn into the picture as a row of 16 black/white blocks (12 bits of number,
 * 4 bits of check), large enough to survive lossy codecs, so tests read back from the
 * delivered pixels which frame they got.
 */
public final class FrameBarcode {

    public static final int CELLS = 16;
    public static final int MAX = (1 << 12) - 1;

    private FrameBarcode() {
    }

    static int check(int n) {
        return (n ^ (n >> 4) ^ (n >> 8) ^ 0x5) & 0xF;
    }

    static int bandHeight(int height) {
        return Math.max(8, height / 6);
    }

    /** Draws {@code n} into the top band of an I420 luma plane (and greys the band's chroma). */
    public static void drawI420(byte[] frame, int width, int height, int n) {
        int code = (n & MAX) << 4 | check(n & MAX);
        int band = bandHeight(height);
        int cell = width / CELLS;
        for (int y = 0; y < band; y++) {
            for (int x = 0; x < width; x++) {
                int i = Math.min(CELLS - 1, x / cell);
                boolean white = (code >> (CELLS - 1 - i) & 1) != 0;
                frame[y * width + x] = (byte) (white ? 235 : 16);
            }
        }
        int chromaWidth = width / 2;
        int uStart = width * height;
        int vStart = uStart + chromaWidth * (height / 2);
        for (int y = 0; y < band / 2; y++) {
            for (int x = 0; x < chromaWidth; x++) {
                frame[uStart + y * chromaWidth + x] = (byte) 128;
                frame[vStart + y * chromaWidth + x] = (byte) 128;
            }
        }
    }

    /**
     * Reads the frame number out of BGRx pixels, or -1 if the band does not hold a valid code.
     * Reads absolute positions, so it does not disturb the buffer's position.
     */
    public static int readBgrx(ByteBuffer pixels, int width, int height) {
        int band = bandHeight(height);
        int cell = width / CELLS;
        int stride = width * 4;
        int code = 0;
        for (int i = 0; i < CELLS; i++) {
            int cx = i * cell + cell / 2;
            int cy = band / 2;
            int sum = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    sum += pixels.get((cy + dy) * stride + (cx + dx) * 4 + 1) & 0xFF; // green
                }
            }
            code = code << 1 | (sum / 9 >= 128 ? 1 : 0);
        }
        int n = code >> 4;
        return check(n) == (code & 0xF) ? n : -1;
    }
}
