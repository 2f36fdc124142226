package org.attune.review.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.media.internal.TestMedia;
import org.attune.media.internal.TestMedia.Codec;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;

/**
 * A small corpus with generated video (GStreamer, frame numbers as barcodes): case "two" has
 * two angles (H.264 10 s at offset 0, VP8 8 s at offset 1.2 s = 30 frames), case "one" one
 * angle. Media are made once per test run.
 */
final class ReviewCorpus {

    static final long CAM2_OFFSET_MS = 1200;
    private static Path media;

    private ReviewCorpus() {
    }

    static synchronized Path media() throws IOException, InterruptedException {
        if (media == null) {
            Path root = Path.of(System.getProperty("attune.review.testdir", "target/testmedia")).toAbsolutePath();
            Files.createDirectories(root);
            Files.deleteIfExists(root.resolve("cam1.mp4"));
            Files.deleteIfExists(root.resolve("cam2.webm"));
            TestMedia.generate(root.resolve("cam1.mp4"), Codec.H264_MP4, 320, 240, 250, 0);
            TestMedia.generate(root.resolve("cam2.webm"), Codec.VP8_WEBM, 320, 240, 200, 1);
            media = root;
        }
        return media;
    }

    /** Creates the corpus in {@code folder} with one playlist "review" of three entries, saved. */
    static Path create(Path folder) throws IOException, InterruptedException {
        Path media = media();
        try (CorpusStore store = CorpusStore.create(folder, "review test")) {
            Coder anna = store.addCoder("anna", "Anna");
            CodingScheme scheme = ModelFactory.eINSTANCE.createCodingScheme();
            scheme.setId("vig");
            scheme.setName("VIG");
            Category category = ModelFactory.eINSTANCE.createCategory();
            category.setName("attuned");
            scheme.getCategories().add(category);
            Code look = code(category, "look", "attentive look");
            Code turn = code(category, "turn", "taking turns");
            scheme = store.addScheme(scheme);
            look = scheme.findCode("look");
            turn = scheme.findCode("turn");
            Case two = store.createCase("two", "Family two");
            two.setScheme(scheme);
            store.addMedia(two, media.resolve("cam1.mp4"), "camera 1", 0);
            store.addMedia(two, media.resolve("cam2.webm"), "camera 2", CAM2_OFFSET_MS);
            Case one = store.createCase("one", "Family one");
            one.setScheme(scheme);
            store.addMedia(one, media.resolve("cam1.mp4"), "camera 1", 0);
            CodedMoment middle = CorpusStore.addMoment(two, look, anna, 4000, 5000);
            CodedMoment early = CorpusStore.addMoment(one, turn, anna, 500, 1500);
            CodedMoment before = CorpusStore.addMoment(two, turn, anna, 200, 800); // before camera 2 starts
            CorpusStore.addMoment(two, look, anna, 7000, 7500); // not in the playlist
            Playlist playlist = ModelFactory.eINSTANCE.createPlaylist();
            playlist.setName("review");
            playlist.setContextBeforeMs(1000);
            playlist.setContextAfterMs(1000);
            playlist.getEntries().add(CorpusStore.playlistEntry(middle, "Mum follows <her> gaze & names the toy"));
            playlist.getEntries().add(CorpusStore.playlistEntry(early, "a turn"));
            playlist.getEntries().add(CorpusStore.playlistEntry(before, null));
            store.corpus().getPlaylists().add(playlist);
            store.save();
        }
        return folder;
    }

    private static Code code(Category category, String id, String label) {
        Code code = ModelFactory.eINSTANCE.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(CodeKind.INTERVAL);
        category.getCodes().add(code);
        return code;
    }
}
