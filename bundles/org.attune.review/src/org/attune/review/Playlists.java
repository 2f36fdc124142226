package org.attune.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.ModelFactory;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;

/** Playlist edits without an editing domain (the command line); the workbench uses commands. */
public final class Playlists {

    private Playlists() {
    }

    /** A new, empty playlist (not yet in the corpus) with the default context of 3 s each side. */
    public static Playlist newPlaylist(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a playlist needs a name");
        }
        Playlist playlist = ModelFactory.eINSTANCE.createPlaylist();
        playlist.setName(name.strip());
        return playlist;
    }

    /** The corpus's playlist of this name, created (and added) when there is none. */
    public static Playlist findOrCreate(CorpusStore store, String name) {
        Playlist playlist = store.findPlaylist(name.strip());
        if (playlist == null) {
            playlist = newPlaylist(name);
            store.corpus().getPlaylists().add(playlist);
        }
        return playlist;
    }

    /**
     * The moment of a case with this id.
     *
     * @throws IOException naming the case and the id when there is none
     */
    public static CodedMoment moment(CorpusStore store, String caseId, String momentId) throws IOException {
        Case theCase = store.loadCase(caseId);
        for (CodedMoment moment : theCase.getMoments()) {
            if (momentId.equals(moment.getId())) {
                return moment;
            }
        }
        throw new IOException("case '" + caseId + "' has no moment '" + momentId + "'");
    }

    /**
     * The moments of a case at a time (those whose span holds it, or a point moment within
     * half a second), optionally of one code and coder.
     */
    public static List<CodedMoment> momentsAt(CorpusStore store, String caseId, long ms, String codeId, String coderId)
            throws IOException {
        List<CodedMoment> found = new ArrayList<>();
        for (CodedMoment moment : store.loadCase(caseId).getMoments()) {
            long start = Math.min(moment.getStartMs(), moment.getEndMs());
            long end = Math.max(moment.getStartMs(), moment.getEndMs());
            boolean covers = start == end ? Math.abs(ms - start) <= 500 : start <= ms && ms <= end;
            boolean code = codeId == null || moment.getCode() != null && codeId.equals(moment.getCode().getId());
            boolean coder = coderId == null || moment.getCoder() != null && coderId.equals(moment.getCoder().getId());
            if (covers && code && coder) {
                found.add(moment);
            }
        }
        return found;
    }

    /** Whether a playlist already names this moment. */
    public static boolean contains(Playlist playlist, CodedMoment moment) {
        String caseId = moment.getCase() == null ? null : moment.getCase().getId();
        return moment.getId() != null && playlist.getEntries().stream()
                .anyMatch(e -> moment.getId().equals(e.getMomentId()) && java.util.Objects.equals(caseId, e.getCaseId()));
    }

    /** Appends a moment to a playlist, with the guider's note. */
    public static PlaylistEntry add(Playlist playlist, CodedMoment moment, String note) {
        PlaylistEntry entry = CorpusStore.playlistEntry(moment, note);
        playlist.getEntries().add(entry);
        return entry;
    }
}
