package org.attune.ui;

/**
 * Video settings from the preferences: the frame rate assumed for a case whose media do not
 * say, and how far the arrow keys step (← / → by frames, Shift+← / → by milliseconds).
 */
public record VideoDefaults(double frameRate, int stepFrames, long bigStepMs) {

    public static final VideoDefaults DEFAULT = new VideoDefaults(25, 1, 1000);

    public VideoDefaults {
        if (!(frameRate > 0 && frameRate <= 1000)) {
            throw new IllegalArgumentException("The default frame rate must be between 0 and 1000 fps: " + frameRate);
        }
        if (stepFrames < 1 || stepFrames > 10_000) {
            throw new IllegalArgumentException("The step must be 1 to 10000 frames: " + stepFrames);
        }
        if (bigStepMs < 1 || bigStepMs > 3_600_000) {
            throw new IllegalArgumentException("The big step must be 1 ms to 1 hour: " + bigStepMs);
        }
    }
}
