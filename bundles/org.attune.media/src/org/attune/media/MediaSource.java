package org.attune.media;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One video file of a case and where it sits on the case timeline: a frame at media time
 * {@code t} is shown at case time {@code t + offsetMs}. A camera that started recording one
 * second after the master has offset 1000; one that started earlier has a negative offset.
 */
public record MediaSource(Path file, long offsetMs) {

    public MediaSource {
        Objects.requireNonNull(file, "file");
    }

    public static MediaSource of(Path file) {
        return new MediaSource(file, 0);
    }
}
