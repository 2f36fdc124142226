package org.attune.review.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.index.CorpusIndex;
import org.attune.index.SearchPlaylists;
import org.attune.index.Hit;
import org.attune.index.ModelMomentSource;
import org.attune.index.MomentRecord;
import org.attune.index.QueryException;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
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
                attune playlist add --corpus DIR --name NAME --query QUERY [--limit N] [--before 3s] [--after 3s]
                  --corpus DIR     the corpus folder
                  --name NAME      the playlist; created when the corpus has none of that name
                  --case ID        the case of the moment
                  --moment ID      the moment's id (./attune playlist show lists those of a playlist)
                  --at TIME        or the moment at this time of the case (e.g. 12.5s); --code and --coder
                                   choose when several moments are there
                  --note TEXT      the guider's note for this moment
                  --query QUERY    or every moment the search finds (./attune search's language; in time
                                   order, at most --limit, default 50; moments already listed are skipped)
                  --before, --after  the playlist's context around each moment (default 3 s)
                The corpus file is saved atomically.""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words,
                Set.of("corpus", "name", "case", "moment", "at", "code", "coder", "note", "before", "after", "query",
                        "limit"),
                Set.of()).expectPositionals(0, 0);
        String name = args.required("name");
        if (args.value("query") != null) {
            return addSearchResults(context, args, name);
        }
        String caseId = args.required("case");
        if ((args.value("moment") == null) == (args.value("at") == null)) {
            throw new UsageException("give either --moment ID or --at TIME");
        }
        Long before = args.value("before") == null ? null : Args.durationMs("before", args.value("before"));
        Long after = args.value("after") == null ? null : Args.durationMs("after", args.value("after"));
        try (CorpusStore store = CorpusStore.open(context.resolve(args.required("corpus")))) {
            CodedMoment moment;
            if (args.value("moment") != null) {
                moment = Playlists.moment(store, caseId, args.value("moment"));
            } else {
                long at = Args.durationMs("at", args.value("at"));
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

    private int addSearchResults(CliContext context, Args args, String name) throws Exception {
        for (String option : List.of("case", "moment", "at", "code", "coder", "note")) {
            if (args.value(option) != null) {
                throw new UsageException("--query takes no --" + option);
            }
        }
        int limit;
        try {
            limit = Integer.parseInt(args.value("limit", "50"));
        } catch (NumberFormatException e) {
            throw new UsageException("--limit takes a whole number");
        }
        if (limit < 1) {
            throw new UsageException("--limit must be 1 or more");
        }
        String query = args.value("query");
        Path folder = context.resolve(args.required("corpus"));
        org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(context.monitor(),
                "Searching", 3);
        SearchResult result;
        try (CorpusIndex index = CorpusIndex.open(folder)) {
            index.sync(new ModelMomentSource(folder), progress.split(2));
            result = index.search(query, SearchOptions.defaults().withLimit(limit).withOrder(SearchOptions.Order.TIME),
                    progress.split(1));
        } catch (QueryException e) {
            throw new UsageException("the query is not understood: " + e.getMessage());
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            Playlist playlist = Playlists.findOrCreate(store, name);
            if (playlist.getEntries().isEmpty() && (playlist.getQuery() == null || playlist.getQuery().isBlank())) {
                playlist.setQuery(query);
            }
            if (args.value("before") != null) {
                playlist.setContextBeforeMs(Args.durationMs("before", args.value("before")));
            }
            if (args.value("after") != null) {
                playlist.setContextAfterMs(Args.durationMs("after", args.value("after")));
            }
            int added = 0;
            int listed = 0;
            List<MomentRecord> found = new ArrayList<>();
            for (Hit hit : result.hits()) {
                found.add(hit.moment());
                if (hit.isPair()) {
                    found.add(hit.second()); // as Save as playlist in the Search part: both moments of a pair
                }
            }
            for (MomentRecord r : found) {
                CodedMoment moment = store.caseIds().contains(r.caseId())
                        ? SearchPlaylists.find(store.loadCase(r.caseId()), r) : null;
                if (moment == null) {
                    context.err().println("not in the corpus any more (index out of date?): case " + r.caseId() + " "
                            + r.codeLabel() + " at " + Clip.time(r.startMs()));
                } else if (Playlists.contains(playlist, moment)) {
                    listed++;
                } else {
                    Playlists.add(playlist, moment, null);
                    context.out().println("added " + describe(moment) + " of case " + r.caseId());
                    added++;
                }
            }
            store.save();
            context.out().println("added " + added + (result.pairs() ? " moments of " + result.total() + " pairs found"
                    : " of " + result.total() + " moments found")
                    + (result.total() > result.hits().size() ? " (the first " + result.hits().size() + ", --limit)" : "")
                    + (listed > 0 ? "; " + listed + " already listed" : "") + " to playlist '" + playlist.getName()
                    + "' (now " + playlist.getEntries().size() + ")");
        }
        return OK;
    }

    private static String describe(CodedMoment m) {
        return "moment " + m.getId() + " (" + (m.getCode() == null ? "no code" : m.getCode().getLabel())
                + (m.getCoder() == null ? "" : ", " + m.getCoder().getId()) + ", " + Clip.time(m.getStartMs()) + "–"
                + Clip.time(m.getEndMs()) + ")";
    }
}
