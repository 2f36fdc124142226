package org.attune.review.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.CodedMoment;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.attune.review.Playlists;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune playlist add}: appends a moment (with a note) to a playlist, made when missing. */
@Component(service = CliCommand.class)
public final class PlaylistAddCommand implements CliCommand {

    @Override
    public String name() {
        return "playlist add";
    }

    @Override
    public String summary() {
        return "adds a coded moment with the guider's note to a playlist (creating the playlist)";
    }

    @Override
    public String usage() {
        return """
                attune playlist add --corpus DIR --name NAME --case ID (--moment ID | --at TIME [--code ID] [--coder ID])
                                    [--note TEXT] [--before 3s] [--after 3s]
                  --corpus DIR     the corpus folder
                  --name NAME      the playlist; created when the corpus has none of that name
                  --case ID        the case of the moment
                  --moment ID      the moment's id (./attune playlist show lists those of a playlist)
                  --at TIME        or the moment at this time of the case (e.g. 12.5s); --code and --coder
                                   choose when several moments are there
                  --note TEXT      the guider's note for this moment
                  --before, --after  the playlist's context around each moment (default 3 s)
                The corpus file is saved atomically.""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words,
                Set.of("corpus", "name", "case", "moment", "at", "code", "coder", "note", "before", "after"), Set.of())
                .expectPositionals(0, 0);
        String name = args.required("name");
        String caseId = args.required("case");
        if ((args.value("moment") == null) == (args.value("at") == null)) {
            throw new UsageException("give either --moment ID or --at TIME");
        }
        Long before = args.value("before") == null ? null : CliText.parseMs("before", args.value("before"));
        Long after = args.value("after") == null ? null : CliText.parseMs("after", args.value("after"));
        try (CorpusStore store = CorpusStore.open(context.resolve(args.required("corpus")))) {
            CodedMoment moment;
            if (args.value("moment") != null) {
                moment = Playlists.moment(store, caseId, args.value("moment"));
            } else {
                long at = CliText.parseMs("at", args.value("at"));
                List<CodedMoment> found = Playlists.momentsAt(store, caseId, at, args.value("code"), args.value("coder"));
                if (found.size() != 1) {
                    StringBuilder text = new StringBuilder("case '" + caseId + "' has " + found.size() + " moments at "
                            + Clip.time(at) + (found.isEmpty() ? "" : "; choose one with --moment (or --code/--coder):"));
                    for (CodedMoment m : found) {
                        text.append("\n  ").append(describe(m));
                    }
                    throw new IOException(text.toString());
                }
                moment = found.get(0);
            }
            Playlist playlist = Playlists.findOrCreate(store, name);
            if (before != null) {
                playlist.setContextBeforeMs(before);
            }
            if (after != null) {
                playlist.setContextAfterMs(after);
            }
            Playlists.add(playlist, moment, args.value("note"));
            store.save();
            context.out().println("added " + describe(moment) + " to playlist '" + playlist.getName() + "' (now "
                    + playlist.getEntries().size() + (playlist.getEntries().size() == 1 ? " moment)" : " moments)"));
        }
        return OK;
    }

    private static String describe(CodedMoment m) {
        return "moment " + m.getId() + " (" + (m.getCode() == null ? "no code" : m.getCode().getLabel())
                + (m.getCoder() == null ? "" : ", " + m.getCoder().getId()) + ", " + Clip.time(m.getStartMs()) + "–"
                + Clip.time(m.getEndMs()) + ")";
    }
}
