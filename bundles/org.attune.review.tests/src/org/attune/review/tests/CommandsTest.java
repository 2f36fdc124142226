package org.attune.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.media.MediaProbe;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.review.internal.BenchClipsCommand;
import org.attune.review.internal.ClipsCommand;
import org.attune.review.internal.PlaylistAddCommand;
import org.attune.review.internal.PlaylistListCommand;
import org.attune.review.internal.PlaylistShowCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playlist and clips commands on a generated corpus. */
class CommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CliCommand command, String... words) throws Exception {
        out.reset();
        err.reset();
        CliContext context = new CliContext() {
            private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public IProgressMonitor monitor() {
                return new NullProgressMonitor();
            }
        };
        return command.run(context, List.of(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowAndAdd() throws Exception {
        ReviewCorpus.create(dir.resolve("corpus"));
        assertEquals(0, run(new PlaylistListCommand(), "--corpus", "corpus"));
        assertTrue(out().contains("review") && out().contains("1.0 s"), out());

        assertEquals(0, run(new PlaylistShowCommand(), "--corpus", "corpus", "review"));
        assertTrue(out().contains("attentive look") && out().contains("Mum follows <her> gaze & names the toy"), out());
        assertEquals(5, out().lines().count(), out());

        // by time: two moments of case "two" lie at 7.2 s? only one (7.0-7.5)
        assertEquals(0, run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "new one", "--case", "two", "--at",
                "7.2s", "--note", "look at her face", "--before", "2s"));
        assertTrue(out().contains("now 1 moment)"), out());
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
            Playlist saved = store.findPlaylist("new one");
            assertEquals(1, saved.getEntries().size());
            assertEquals("look at her face", saved.getEntries().get(0).getNote());
            assertEquals(2000, saved.getContextBeforeMs());
            assertEquals(7000, store.resolve(saved.getEntries().get(0)).getStartMs());
            String id = saved.getEntries().get(0).getMomentId();
            assertEquals(0, run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "review", "--case", "two",
                    "--moment", id));
        }
        assertEquals(0, run(new PlaylistShowCommand(), "--corpus", "corpus", "review"));
        assertEquals(6, out().lines().count(), out());

        IOException none = assertThrows(IOException.class, () -> run(new PlaylistAddCommand(), "--corpus", "corpus",
                "--name", "x", "--case", "two", "--at", "9s"));
        assertTrue(none.getMessage().contains("case 'two' has 0 moments at 0:09.0"), none.getMessage());
        IOException unknown = assertThrows(IOException.class,
                () -> run(new PlaylistShowCommand(), "--corpus", "corpus", "nope"));
        assertTrue(unknown.getMessage().contains("has no playlist 'nope'") && unknown.getMessage().contains("new one"),
                unknown.getMessage());
        assertThrows(UsageException.class, () -> run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "x",
                "--case", "two"));
    }

    @Test
    void aSearchFillsAPlaylist() throws Exception {
        ReviewCorpus.create(dir.resolve("corpus"));
        assertEquals(0, run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "looks", "--query",
                "code:look AND coder:anna", "--after", "1s"));
        assertTrue(out().contains("added 2 of 2 moments found to playlist 'looks' (now 2)"), out());
        // again: nothing new, and a narrower search adds to the same playlist
        assertEquals(0, run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "looks", "--query", "code:look"));
        assertTrue(out().contains("added 0 of 2 moments found; 2 already listed"), out());
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
            Playlist looks = store.findPlaylist("looks");
            assertEquals("code:look AND coder:anna", looks.getQuery());
            assertEquals(1000, looks.getContextAfterMs());
            assertEquals(List.of(4000L, 7000L), List.of(store.resolve(looks.getEntries().get(0)).getStartMs(),
                    store.resolve(looks.getEntries().get(1)).getStartMs()));
        }
        assertThrows(UsageException.class, () -> run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "x",
                "--query", "code:(", "--limit", "5"));
        assertThrows(UsageException.class, () -> run(new PlaylistAddCommand(), "--corpus", "corpus", "--name", "x",
                "--query", "code:look", "--case", "two"));
    }

    @Test
    void clipsWritesWebmFilesOfTheRightLength() throws Exception {
        ReviewCorpus.create(dir.resolve("corpus"));
        assertEquals(0, run(new ClipsCommand(), "--corpus", "corpus", "--playlist", "review", "--out", "clips",
                "--format", "webm", "--before", "0.5s", "--after", "500ms"));
        List<String> lines = out().lines().toList();
        assertEquals(5, lines.size(), out());
        Path first = dir.resolve("clips/review-01-two-attentive-look.webm");
        assertTrue(Files.isRegularFile(first), out());
        assertEquals(2000, MediaProbe.probe(first).durationMs(), 80);
        assertTrue(Files.isRegularFile(dir.resolve("clips/review-reel.webm")), out());
        // 3.5-5.5 s, 0-2 s (clamped at the start), 0-1.3 s
        assertEquals(5300, MediaProbe.probe(dir.resolve("clips/review-reel.webm")).durationMs(), 3 * 40);
        assertThrows(UsageException.class, () -> run(new ClipsCommand(), "--corpus", "corpus", "--playlist", "review",
                "--out", "clips", "--format", "avi"));
    }

    @Test
    void benchClipsMeasuresEveryFormatAndReadsTheFilesBack() throws Exception {
        assertEquals(0, run(new BenchClipsCommand(), "--media", "bench", "--seconds", "2", "--size", "160x120"));
        List<String> lines = out().lines().toList();
        assertEquals(8, lines.size(), out()); // title, header, (1 angle, 2 angles, reel) x 2 formats
        assertTrue(lines.get(2).startsWith("mp4     1       160x120  2.00    2.00"), out());
        assertTrue(lines.get(3).startsWith("mp4     2       320x120  2.00    2.00"), out());
        assertTrue(lines.get(4).startsWith("mp4     reel    320x120  4.00    4.00"), out());
        assertTrue(lines.get(7).startsWith("webm    reel    320x120  4.00    4.00"), out());
    }
}
