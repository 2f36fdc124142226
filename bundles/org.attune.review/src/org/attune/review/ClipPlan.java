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
 * moment, a missing camera file) is known before anything is encoded. The two steps can run
 * apart: {@link #read} on the model's thread, {@link #probe} in a background job.
 */
public record ClipPlan(String playlist, List<Clip> clips) {

    /** A playlist entry as read from the model, before its media are probed. */
    public record Entry(String playlist, int number, String caseId, String caseTitle, String momentId, String code,
            String coder, long momentStartMs, long momentEndMs, long beforeMs, long afterMs, String note,
            List<Media> media) {

        public Entry {
            media = List.copyOf(media);
        }

        public String where() {
            return "playlist '" + playlist + "', entry " + number + " (case " + caseId + ", moment " + momentId + ")";
        }

        /** The window without clamping to the media: the moment and its context, from 0 on. */
        public long startMs() {
            return Math.max(0, momentStartMs - beforeMs);
        }

        public long endMs() {
            return momentEndMs + afterMs;
        }
    }

    /** A media source of the entry's case. */
    public record Media(Path file, String role, long offsetMs) {
    }

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
        SubMonitor progress = SubMonitor.convert(monitor, "Reading playlist '" + playlist.getName() + "'", 2);
        return probe(playlist.getName(), read(store, playlist, beforeMs, afterMs), progress.split(1));
    }

    /**
     * Reads a playlist's entries: their moments, cases and media (loading the cases). Model
     * access only: call it on the model's thread.
     *
     * @throws IOException naming the entry when its case or moment is gone
     */
    public static List<Entry> read(CorpusStore store, Playlist playlist, long beforeMs, long afterMs) throws IOException {
        if (beforeMs < 0 || afterMs < 0) {
            throw new IllegalArgumentException("context before and after must not be negative");
        }
        List<Entry> entries = new ArrayList<>();
        List<PlaylistEntry> list = playlist.getEntries();
        for (int i = 0; i < list.size(); i++) {
            PlaylistEntry entry = list.get(i);
            entries.add(entry(store, playlist.getName(), i + 1, store.resolve(entry), entry.getNote(), beforeMs, afterMs));
        }
        return entries;
    }

    /** One moment as an entry (model access only). */
    public static Entry entry(CorpusStore store, String playlist, int number, CodedMoment moment, String note,
            long beforeMs, long afterMs) {
        Case theCase = moment.getCase();
        List<Media> media = new ArrayList<>();
        for (MediaSource source : theCase.getMediaSources()) {
            media.add(new Media(store.mediaFile(source), source.getRole(), source.getOffsetMs()));
        }
        String code = moment.getCode() == null ? "(no code)"
                : moment.getCode().getLabel() != null ? moment.getCode().getLabel() : moment.getCode().getId();
        String coder = moment.getCoder() == null ? null : moment.getCoder().getId();
        return new Entry(playlist, number, theCase.getId(), theCase.getTitle(), moment.getId(), code, coder,
                Math.min(moment.getStartMs(), moment.getEndMs()), Math.max(moment.getStartMs(), moment.getEndMs()),
                beforeMs, afterMs, note, media);
    }

    /**
     * Probes the entries' media with GStreamer and clamps each window to the case's media. No
     * model access: any thread.
     *
     * @throws IOException naming the entry when none of its case's video can be played (naming
     *                     each file and why) or the moment lies outside the video
     */
    public static ClipPlan probe(String playlist, List<Entry> entries, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the video of playlist '" + playlist + "'",
                entries.size());
        Map<Path, Object> probed = new HashMap<>(); // MediaInfo or the MediaException's message
        List<Clip> clips = new ArrayList<>();
        for (Entry entry : entries) {
            progress.checkCanceled();
            progress.subTask(entry.caseId() + " / " + entry.momentId());
            clips.add(clip(entry, probed));
            progress.worked(1);
        }
        return new ClipPlan(playlist, clips);
    }

    private static Clip clip(Entry entry, Map<Path, Object> probed) throws IOException {
        List<Clip.Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Media media : entry.media()) {
            Object info = probed.computeIfAbsent(media.file(), f -> {
                try {
                    return MediaProbe.probe(f);
                } catch (MediaException e) {
                    return e.getMessage();
                }
            });
            if (info instanceof MediaInfo mediaInfo) {
                sources.add(new Clip.Source(media.file(), media.role(), media.offsetMs(), mediaInfo));
            } else {
                problems.add((String) info);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(entry.where() + ": no video of the case can be played"
                    + (problems.isEmpty() ? " (the case has no media)" : ":\n  " + String.join("\n  ", problems)));
        }
        long mediaStart = Math.max(0, sources.stream().mapToLong(Clip.Source::offsetMs).min().orElse(0));
        long mediaEnd = sources.stream().mapToLong(Clip.Source::endMs).max().orElse(0);
        long start = Math.max(mediaStart, entry.startMs());
        long end = Math.min(mediaEnd, entry.endMs());
        if (end - start < 40) {
            throw new IOException(entry.where() + ": the moment at " + Clip.time(entry.momentStartMs())
                    + " lies outside the case's video (" + Clip.time(mediaStart) + "–" + Clip.time(mediaEnd) + ")");
        }
        return new Clip(entry.playlist(), entry.number(), entry.caseId(), entry.caseTitle(), entry.momentId(),
                entry.code(), entry.coder(), entry.momentStartMs(), entry.momentEndMs(), start, end, entry.note(), sources,
                problems);
    }

    /** The length of all clips together: the length of the joined reel. */
    public long durationMs() {
        return clips.stream().mapToLong(Clip::durationMs).sum();
    }
}
