package org.attune.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune playlist list}: the corpus's playlists. */
@Component(service = CliCommand.class)
public final class PlaylistListCommand implements CliCommand {

    @Override
    public String name() {
        return "playlist list";
    }

    @Override
    public String summary() {
        return "the corpus's playlists of moments for shared review";
    }

    @Override
    public String usage() {
        return """
                attune playlist list --corpus DIR
                  --corpus DIR   the corpus folder""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus"), Set.of()).expectPositionals(0, 0);
        try (CorpusStore store = CorpusStore.open(context.resolve(args.required("corpus")))) {
            if (store.corpus().getPlaylists().isEmpty()) {
                context.err().println("corpus '" + store.corpus().getName()
                        + "' has no playlists (make one with ./attune playlist add)");
                return OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("playlist", "entries", "before", "after", "description"));
            for (Playlist playlist : store.corpus().getPlaylists()) {
                rows.add(List.of(playlist.getName(), Integer.toString(playlist.getEntries().size()),
                        CliText.seconds(playlist.getContextBeforeMs()), CliText.seconds(playlist.getContextAfterMs()),
                        playlist.getDescription() == null ? "" : playlist.getDescription()));
            }
            context.out().print(CliText.table(rows));
        }
        return OK;
    }
}
