package org.attune.review.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.media.MediaException;
import org.attune.media.MediaProbe;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune clips}: a playlist as video files, one per moment and one joined reel. */
@Component(service = CliCommand.class)
public final class ClipsCommand implements CliCommand {

    @Override
    public String name() {
        return "clips";
    }

    @Override
    public String summary() {
        return "exports a playlist as video clips (one per moment, all angles side by side) and a joined reel";
    }

    @Override
    public String usage() {
        return """
                attune clips --corpus DIR --playlist NAME --out DIR [--format mp4|webm] [--before 3s] [--after 3s] [--no-reel]
                  --corpus DIR      the corpus folder
                  --playlist NAME   the playlist (./attune playlist list)
                  --out DIR         where the files go (created; files of the same name are replaced)
                  --format          mp4 (H.264, default) or webm (VP8)
                  --before, --after context around each moment (default: the playlist's, 3 s)
                  --no-reel         only the clips, no joined reel
                Writes NAME-NN-CASE-CODE.mp4 per moment, NAME-reel.mp4 and NAME-clips.csv (moment and note
                of each file). Ctrl-C stops; no half-written file is left.""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus", "playlist", "out", "format", "before", "after"), Set.of("no-reel"))
                .expectPositionals(0, 0);
        ClipFormat format;
        try {
            format = ClipFormat.of(args.value("format", "mp4"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path out = context.resolve(args.required("out"));
        SubMonitor progress = SubMonitor.convert(context.monitor(), "Clips", 100);
        ClipPlan plan;
        try (CorpusStore store = CorpusStore.open(context.resolve(args.required("corpus")))) {
            Playlist playlist = PlaylistShowCommand.find(store, args.required("playlist"));
            long before = args.value("before") == null ? playlist.getContextBeforeMs()
                    : Args.durationMs("before", args.value("before"));
            long after = args.value("after") == null ? playlist.getContextAfterMs()
                    : Args.durationMs("after", args.value("after"));
            plan = ClipPlan.of(store, playlist, before, after, progress.split(5));
        }
        for (Clip clip : plan.clips()) {
            for (String problem : clip.problems()) {
                context.err().println(clip.where() + ": angle left out: " + problem);
            }
        }
        long started = System.nanoTime();
        ClipExporter.Result result = ClipExporter.export(plan, out, format, !args.has("no-reel"), progress.split(95));
        double seconds = (System.nanoTime() - started) / 1e9;
        for (int i = 0; i < result.clips().size(); i++) {
            Clip clip = plan.clips().get(i);
            context.out().println(result.clips().get(i) + "  " + length(result.clips().get(i)) + "  " + clip.caseId()
                    + " " + clip.code() + " " + Clip.time(clip.startMs()) + "–" + Clip.time(clip.endMs()));
        }
        if (result.reel() != null) {
            context.out().println(result.reel() + "  " + length(result.reel()) + "  reel of " + plan.clips().size()
                    + " clips");
        }
        context.out().println(result.index());
        context.err().printf(java.util.Locale.ROOT, "exported %s of video in %.1f s (%s)%n",
                CliText.seconds(plan.durationMs()), seconds, format.extension);
        return OK;
    }

    /** The duration GStreamer reads back from the written file. */
    private static String length(Path file) {
        try {
            return String.format(java.util.Locale.ROOT, "%.2f s", MediaProbe.probe(file).durationNs() / 1e9);
        } catch (MediaException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
