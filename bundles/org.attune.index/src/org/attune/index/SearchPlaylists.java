package org.attune.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.ModelFactory;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;

/**
 * Search results as a playlist of the corpus: the workbench's "Save as playlist…" and
 * {@code attune search --save-playlist} make the same playlist from the same hits.
 */
public final class SearchPlaylists {

    private SearchPlaylists() {
    }

    /** Finds a case of the corpus by id; null when there is none. */
    @FunctionalInterface
    public interface Cases {
        Case find(String caseId) throws IOException;
    }

    /**
     * A new playlist (not yet in the corpus) with one entry per moment of the hits, in hit
     * order; a pair contributes both its moments, a moment found twice is listed once.
     *
     * @throws IOException when a hit's case or moment is not in the corpus (the index is behind
     *                     the corpus); the message names the case and the moment
     */
    public static Playlist create(String name, String query, List<Hit> hits, Cases cases) throws IOException {
        Playlist playlist = ModelFactory.eINSTANCE.createPlaylist();
        playlist.setName(name);
        playlist.setQuery(query);
        Set<CodedMoment> seen = new LinkedHashSet<>();
        for (Hit hit : hits) {
            seen.add(moment(hit.moment(), cases));
            if (hit.isPair()) {
                seen.add(moment(hit.second(), cases));
            }
        }
        for (CodedMoment moment : seen) {
            playlist.getEntries().add(CorpusStore.playlistEntry(moment, null));
        }
        return playlist;
    }

    /**
     * What adding hits to a playlist of the corpus does: the entries to append (not yet in the
     * playlist) and how many of the hits' moments it lists already.
     */
    public record Additions(List<PlaylistEntry> entries, int skipped) {
    }

    /**
     * The entries that add the hits' moments to an existing playlist, in hit order: a pair
     * contributes both its moments, a moment found twice counts once, and a moment the playlist
     * already lists (same case and moment id) is skipped. The playlist is not changed, so the
     * caller can append the entries as one undoable command.
     *
     * @throws IOException when a hit's case or moment is not in the corpus (the index is behind
     *                     the corpus); the message names the case and the moment
     */
    public static Additions additions(Playlist playlist, List<Hit> hits, Cases cases) throws IOException {
        Set<String> listed = new HashSet<>();
        for (PlaylistEntry entry : playlist.getEntries()) {
            listed.add(entry.getCaseId() + "\n" + entry.getMomentId());
        }
        Set<CodedMoment> seen = new LinkedHashSet<>();
        for (Hit hit : hits) {
            seen.add(moment(hit.moment(), cases));
            if (hit.isPair()) {
                seen.add(moment(hit.second(), cases));
            }
        }
        List<PlaylistEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (CodedMoment moment : seen) {
            if (moment.getId() != null && listed.contains(moment.getCase().getId() + "\n" + moment.getId())) {
                skipped++;
            } else {
                entries.add(CorpusStore.playlistEntry(moment, null));
            }
        }
        return new Additions(List.copyOf(entries), skipped);
    }

    private static CodedMoment moment(MomentRecord record, Cases cases) throws IOException {
        Case theCase = cases.find(record.caseId());
        if (theCase == null) {
            throw new IOException("the corpus has no case '" + record.caseId() + "' (the index is behind the corpus)");
        }
        CodedMoment moment = find(theCase, record);
        if (moment == null) {
            throw new IOException("case '" + record.caseId() + "' has no moment " + describe(record)
                    + " (the index is behind the corpus)");
        }
        return moment;
    }

    /**
     * The moment of a case a record was made from: by its moment id, or for a moment without one
     * (coded since the last save) by its times, code and coder. Null when it is gone.
     */
    public static CodedMoment find(Case theCase, MomentRecord record) {
        if (!record.momentId().isEmpty()) {
            for (CodedMoment moment : theCase.getMoments()) {
                if (record.momentId().equals(moment.getId())) {
                    return moment;
                }
            }
        }
        for (CodedMoment moment : theCase.getMoments()) {
            if (moment.getStartMs() == record.startMs() && moment.getEndMs() == record.endMs()
                    && withoutId(ModelMomentSource.record(theCase, moment)).equals(withoutId(record))) {
                return moment;
            }
        }
        return null;
    }

    private static MomentRecord withoutId(MomentRecord r) {
        return new MomentRecord(r.caseId(), r.caseTitle(), r.participants(), r.coder(), r.scheme(), r.categoryPath(),
                r.codeId(), r.codeLabel(), r.modifiers(), r.note(), r.transcript(), r.startMs(), r.endMs(), r.coderId());
    }

    private static String describe(MomentRecord r) {
        return (r.momentId().isEmpty() ? "" : "'" + r.momentId() + "' ") + "(" + r.codeLabel() + " by " + r.coder()
                + " at " + Durations.format(r.startMs()) + ")";
    }
}
