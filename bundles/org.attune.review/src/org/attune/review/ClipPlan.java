package org.attune.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.media.MediaException;
import org.attune.media.MediaInfo;
import org.attune.media.MediaProbe;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.MediaSource;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What a playlist becomes as video: one {@link Clip} per entry, in playlist order. Building
 * it reads the cases and probes their media with GStreamer, so every problem (a deleted
 * moment, a missing camera file) is known before anything is encoded.
 */
public record ClipPlan(String playlist, List<Clip> clips) {

    public ClipPlan {
        clips = List.copyOf(clips);
    }

    /** As {@link #of(CorpusStore, Playlist, long, long, IProgressMonitor)} with the playlist's own context. */
    public static ClipPlan of(CorpusStore store, Playlist playlist, IProgressMonitor monitor) throws IOException {
        return of(store, playlist, playlist.getContextBeforeMs(), playlist.getContextAfterMs(), monitor);
    }

    /**
     * @param beforeMs context shown before each moment
     * @param afterMs  context shown after each moment
     * @throws IOException naming the playlist entry when its case or moment is gone, or when
     *                     none of its case's media can be played (naming each file and why)
     */
    public static ClipPlan of(CorpusStore store, Playlist playlist, long beforeMs, long afterMs, IProgressMonitor monitor)
            throws IOException {
        if (beforeMs < 0 || afterMs < 0) {
            throw new IllegalArgumentException("context before and after must not be negative");
        }
        List<PlaylistEntry> entries = playlist.getEntries();
        SubMonitor progress = SubMonitor.convert(monitor, "Reading playlist '" + playlist.getName() + "'", entries.size());
        Map<Path, Object> probed = new HashMap<>(); // MediaInfo or the MediaException's message
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            progress.checkCanceled();
            PlaylistEntry entry = entries.get(i);
            progress.subTask(entry.getCaseId() + " / " + entry.getMomentId());
            CodedMoment moment = store.resolve(entry);
            clips.add(clip(store, playlist.getName(), i + 1, moment, entry.getNote(), beforeMs, afterMs, probed));
            progress.worked(1);
        }
        return new ClipPlan(playlist.getName(), clips);
    }

    /** One clip of a moment (also used to play a single moment). */
    public static Clip clip(CorpusStore store, String playlist, int number, CodedMoment moment, String note,
            long beforeMs, long afterMs) throws IOException {
        return clip(store, playlist, number, moment, note, beforeMs, afterMs, new HashMap<>());
    }

    private static Clip clip(CorpusStore store, String playlist, int number, CodedMoment moment, String note,
            long beforeMs, long afterMs, Map<Path, Object> probed) throws IOException {
        Case theCase = moment.getCase();
        String where = "playlist '" + playlist + "', entry " + number + " (case " + theCase.getId() + ", moment "
                + moment.getId() + ")";
        List<Clip.Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (MediaSource media : theCase.getMediaSources()) {
            Path file = store.mediaFile(media);
            Object info = probed.computeIfAbsent(file, f -> {
                try {
                    return MediaProbe.probe(f);
                } catch (MediaException e) {
                    return e.getMessage();
                }
            });
            if (info instanceof MediaInfo mediaInfo) {
                sources.add(new Clip.Source(file, media.getRole(), media.getOffsetMs(), mediaInfo));
            } else {
                problems.add((String) info);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(where + ": no video of the case can be played"
                    + (problems.isEmpty() ? " (the case has no media)" : ":\n  " + String.join("\n  ", problems)));
        }
        long mediaStart = Math.max(0, sources.stream().mapToLong(Clip.Source::offsetMs).min().orElse(0));
        long mediaEnd = sources.stream().mapToLong(Clip.Source::endMs).max().orElse(0);
        long momentStart = Math.min(moment.getStartMs(), moment.getEndMs());
        long momentEnd = Math.max(moment.getStartMs(), moment.getEndMs());
        long start = Math.max(mediaStart, momentStart - beforeMs);
        long end = Math.min(mediaEnd, momentEnd + afterMs);
        if (end - start < 40) {
            throw new IOException(where + ": the moment at " + Clip.time(momentStart) + " lies outside the case's video ("
                    + Clip.time(mediaStart) + "–" + Clip.time(mediaEnd) + ")");
        }
        String code = moment.getCode() == null ? "(no code)"
                : moment.getCode().getLabel() != null ? moment.getCode().getLabel() : moment.getCode().getId();
        String coder = moment.getCoder() == null ? null : moment.getCoder().getId();
        return new Clip(playlist, number, theCase.getId(), theCase.getTitle(), moment.getId(), code, coder, momentStart,
                momentEnd, start, end, note, sources, problems);
    }

    /** The length of all clips together: the length of the joined reel. */
    public long durationMs() {
        return clips.stream().mapToLong(Clip::durationMs).sum();
    }
}
