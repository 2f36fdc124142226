package org.attune.review.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.model.CodedMoment;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune playlist show NAME}: a playlist's entries with their moments and notes. */
@Component(service = CliCommand.class)
public final class PlaylistShowCommand implements CliCommand {

    @Override
    public String name() {
        return "playlist show";
    }

    @Override
    public String summary() {
        return "a playlist's moments: case, code, coder, times, the guider's note";
    }

    @Override
    public String usage() {
        return """
                attune playlist show --corpus DIR NAME
                  --corpus DIR   the corpus folder
                  NAME           the playlist (./attune playlist list names them)""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus"), Set.of()).expectPositionals(1, 1);
        try (CorpusStore store = CorpusStore.open(context.resolve(args.required("corpus")))) {
            Playlist playlist = find(store, args.positionals().get(0));
            context.out().println("playlist '" + playlist.getName() + "': " + playlist.getEntries().size()
                    + " moments, context " + CliText.seconds(playlist.getContextBeforeMs()) + " before, "
                    + CliText.seconds(playlist.getContextAfterMs()) + " after"
                    + (playlist.getQuery() == null || playlist.getQuery().isBlank() ? "" : ", query " + playlist.getQuery()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("#", "case", "moment", "code", "coder", "start", "end", "note"));
            int problems = 0;
            for (int i = 0; i < playlist.getEntries().size(); i++) {
                PlaylistEntry entry = playlist.getEntries().get(i);
                String note = entry.getNote() == null ? "" : entry.getNote();
                try {
                    CodedMoment moment = store.resolve(entry);
                    rows.add(List.of(Integer.toString(i + 1), entry.getCaseId(), entry.getMomentId(),
                            moment.getCode() == null ? "" : moment.getCode().getLabel(),
                            moment.getCoder() == null ? "" : moment.getCoder().getId(), Clip.time(moment.getStartMs()),
                            Clip.time(moment.getEndMs()), note));
                } catch (IOException e) {
                    problems++;
                    rows.add(List.of(Integer.toString(i + 1), String.valueOf(entry.getCaseId()),
                            String.valueOf(entry.getMomentId()), "(missing)", "", "", "", note));
                    context.err().println(e.getMessage());
                }
            }
            context.out().print(CliText.table(rows));
            return problems == 0 ? OK : FAILURE;
        }
    }

    static Playlist find(CorpusStore store, String name) throws IOException {
        Playlist playlist = store.findPlaylist(name);
        if (playlist == null) {
            List<String> names = store.corpus().getPlaylists().stream().map(Playlist::getName).toList();
            throw new IOException("corpus '" + store.corpus().getName() + "' (" + store.corpusFile() + ") has no playlist '"
                    + name + "'" + (names.isEmpty() ? "; it has none yet" : "; it has: " + String.join(", ", names)));
        }
        return playlist;
    }
}
