package org.attune.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.media.MediaException;
import org.attune.media.MediaInfo;
import org.attune.media.MediaProbe;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Media sources made from files the user chose or dropped: the path relative to the corpus
 * folder, a role ("camera 2"), and the frame rate and duration probed with GStreamer.
 */
public final class MediaFiles {

    /** File endings taken as media when files are dropped (others are named and left out). */
    public static final Set<String> EXTENSIONS = Set.of("mp4", "m4v", "mov", "webm", "mkv", "avi", "ogv", "ogg", "mpg",
            "mpeg", "mts", "m2ts", "wmv", "flv", "3gp", "mxf", "dv");

    /** What probing a file found; frameRate 0 / durationMs 0 when unknown. */
    public record Facts(double frameRate, long durationMs) {
    }

    /** Reads a media file's frame rate and duration; throws naming the file when it cannot. */
    @FunctionalInterface
    public interface Prober {
        Facts probe(Path file) throws Exception;
    }

    /** GStreamer's Discoverer (org.attune.media). */
    public static final Prober GSTREAMER = file -> {
        MediaInfo info = MediaProbe.probe(file);
        return new Facts(info.frameRate(), info.durationMs());
    };

    private MediaFiles() {
    }

    /** Whether a file looks like media by its ending. */
    public static boolean isMedia(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)) && !Files.isDirectory(file);
    }

    /**
     * Media sources for files, roles numbered after the case's cameras ("camera 1", ...). A file
     * that cannot be probed is still added (its rate and duration unknown) and named in {@code warnings}.
     */
    public static List<MediaSource> sources(CorpusEditor editor, Case theCase, List<Path> files, Prober prober,
            List<String> warnings, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Probing media", files.size());
        List<MediaSource> sources = new ArrayList<>();
        int number = theCase == null ? 1 : theCase.getMediaSources().size() + 1;
        for (Path file : files) {
            progress.checkCanceled();
            progress.subTask(String.valueOf(file.getFileName()));
            MediaSource source = ModelFactory.eINSTANCE.createMediaSource();
            source.setPath(editor.store().relativePath(file));
            source.setRole("camera " + number++);
            if (!Files.isRegularFile(file)) {
                warnings.add(file + ": file not found (added; put the file there or correct its path)");
            } else if (prober != null) {
                try {
                    Facts facts = prober.probe(file);
                    source.setFrameRate(facts.frameRate());
                    source.setDurationMs(facts.durationMs());
                } catch (Exception | LinkageError e) {
                    warnings.add((e instanceof MediaException ? "" : file + ": ") + e.getMessage()
                            + " (added without frame rate and duration)");
                }
            }
            sources.add(source);
            progress.worked(1);
        }
        return sources;
    }
}
