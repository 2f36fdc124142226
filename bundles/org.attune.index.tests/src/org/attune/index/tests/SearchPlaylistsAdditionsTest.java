package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.attune.index.Hit;
import org.attune.index.ModelMomentSource;
import org.attune.index.SearchPlaylists;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelFactory;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.junit.jupiter.api.Test;

/** Adding search hits to an existing playlist: moments listed already are skipped, pairs add both moments. */
class SearchPlaylistsAdditionsTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final Corpus corpus = F.createCorpus();
    private final CodingScheme scheme = F.createCodingScheme();
    private final Coder anna = F.createCoder();
    private final Code ini = F.createCode();

    SearchPlaylistsAdditionsTest() {
        anna.setId("anna");
        anna.setName("Anna");
        corpus.getCoders().add(anna);
        scheme.setId("vig");
        scheme.setName("VIG");
        Category category = F.createCategory();
        category.setName("Initiatives");
        ini.setId("ini");
        ini.setLabel("infant initiative");
        ini.setKind(CodeKind.INTERVAL);
        category.getCodes().add(ini);
        scheme.getCategories().add(category);
        corpus.getSchemes().add(scheme);
    }

    private Case newCase(String id) {
        Case c = F.createCase();
        c.setId(id);
        c.setTitle("Visit " + id);
        c.setScheme(scheme);
        corpus.getCases().add(c);
        return c;
    }

    private static CodedMoment moment(Case c, String id, long start) {
        CodedMoment m = F.createCodedMoment();
        m.setId(id);
        m.setCode(c.getScheme().allCodes().get(0));
        m.setCoder(((Corpus) c.eContainer()).getCoders().get(0));
        m.setStartMs(start);
        m.setEndMs(start + 500);
        c.getMoments().add(m);
        return m;
    }

    private static Hit hit(CodedMoment m) {
        return new Hit(ModelMomentSource.record(m.getCase(), m), null, "", "");
    }

    private static Hit pair(CodedMoment a, CodedMoment b) {
        return new Hit(ModelMomentSource.record(a.getCase(), a), ModelMomentSource.record(b.getCase(), b), "", "");
    }

    private SearchPlaylists.Cases cases() {
        return id -> corpus.getCases().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
    }

    private static List<String> keys(List<org.attune.model.PlaylistEntry> entries) {
        return entries.stream().map(e -> e.getCaseId() + "/" + e.getMomentId()).toList();
    }

    @Test
    void addingTwiceListsEachMomentOnce() throws Exception {
        Case c1 = newCase("c1");
        Case c2 = newCase("c2");
        CodedMoment m1 = moment(c1, "m1", 0);
        CodedMoment m2 = moment(c1, "m2", 1000);
        CodedMoment m3 = moment(c1, "m3", 2000);
        CodedMoment n1 = moment(c2, "n1", 0);
        Playlist playlist = F.createPlaylist();
        playlist.setName("Review");
        playlist.getEntries().add(CorpusStore.playlistEntry(m2, "already here"));
        corpus.getPlaylists().add(playlist);

        // m1 twice (alone and in a pair), m2 listed already, both moments of each pair
        List<Hit> hits = List.of(hit(m1), pair(m2, m3), pair(m1, n1));
        SearchPlaylists.Additions first = SearchPlaylists.additions(playlist, hits, cases());
        assertEquals(List.of("c1/m1", "c1/m3", "c2/n1"), keys(first.entries()));
        assertEquals(1, first.skipped());
        assertEquals(1, playlist.getEntries().size(), "the playlist itself is left to the caller's command");
        playlist.getEntries().addAll(first.entries());

        SearchPlaylists.Additions again = SearchPlaylists.additions(playlist, hits, cases());
        assertTrue(again.entries().isEmpty());
        assertEquals(4, again.skipped());
        assertEquals(List.of("c1/m2", "c1/m1", "c1/m3", "c2/n1"), keys(playlist.getEntries()));
        assertEquals("already here", playlist.getEntries().get(0).getNote());
    }

    @Test
    void aMomentCodedSinceTheLastSaveGetsItsIdAndIsAdded() throws Exception {
        Case c1 = newCase("c1");
        moment(c1, "m1", 0);
        CodedMoment fresh = moment(c1, null, 5000);
        Playlist playlist = F.createPlaylist();
        playlist.setName("Review");
        corpus.getPlaylists().add(playlist);
        Hit found = hit(fresh); // the index knows it by its times, code and coder
        SearchPlaylists.Additions additions = SearchPlaylists.additions(playlist, List.of(found), cases());
        assertNotNull(fresh.getId(), "the moment was given an id");
        assertEquals(List.of("c1/" + fresh.getId()), keys(additions.entries()));
        playlist.getEntries().addAll(additions.entries());
        assertEquals(1, SearchPlaylists.additions(playlist, List.of(found), cases()).skipped());
    }

    @Test
    void aHitTheCorpusNoLongerHasIsNamed() {
        Case c1 = newCase("c1");
        CodedMoment m1 = moment(c1, "m1", 0);
        Hit gone = hit(m1);
        c1.getMoments().remove(m1);
        Playlist playlist = F.createPlaylist();
        IOException e = assertThrows(IOException.class, () -> SearchPlaylists.additions(playlist, List.of(gone), cases()));
        assertTrue(e.getMessage().contains("case 'c1' has no moment 'm1'"), e.getMessage());
    }
}
