package org.attune.index.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.index.CorpusIndex;
import org.attune.index.Hit;
import org.attune.index.ModelMomentSource;
import org.attune.index.MomentRecord;
import org.attune.index.MomentSource;
import org.attune.index.QueryException;
import org.attune.index.SearchOptions;
import org.attune.index.SearchPlaylists;
import org.attune.model.Case;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.index.SearchResult;
import org.osgi.service.component.annotations.Component;

/** {@code attune search --corpus DIR [--json] QUERY}: searches the coded moments of a corpus. */
@Component(service = CliCommand.class)
public final class SearchCommand implements CliCommand {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the coded moments of a corpus (see README, Search)";
    }

    @Override
    public String usage() {
        return "attune search --corpus DIR [--json] [--limit N] [--sort time|duration|code|coder|relevance]\n"
                + "              [--save-playlist NAME] QUERY\n"
                + "  Prints one line per hit: case, start_ms, end_ms, coder, code, snippet (tab-separated);\n"
                + "  for A THEN B and A OVERLAPS B one line per pair: the first moment's columns, then the\n"
                + "  second's start_ms, end_ms, coder, code, snippet. Counts go to stderr.\n"
                + "  Quote the query for the shell: 'code:\"receiving initiatives\" AND coder:anna'\n"
                + "  --limit N  at most N hits (default 1000; the total is always counted)\n"
                + "  --save-playlist NAME  also saves every hit (both moments of a pair) as a new playlist NAME\n"
                + "             of the corpus, with the query (a corpus of the coding model only)";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus", "limit", "sort", "save-playlist"), Set.of("json")).expectPositionals(1,
                Integer.MAX_VALUE);
        Path corpus = context.resolve(args.required("corpus"));
        String query = String.join(" ", args.positionals());
        int limit;
        try {
            limit = Integer.parseInt(args.value("limit", "1000"));
        } catch (NumberFormatException e) {
            throw new UsageException("--limit needs a whole number, not '" + args.value("limit") + "'");
        }
        if (limit < 0) {
            throw new UsageException("--limit must not be negative");
        }
        SearchOptions.Order order;
        try {
            order = SearchOptions.Order.valueOf(args.value("sort", "time").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sort is one of time, duration, code, coder, relevance, not '"
                    + args.value("sort") + "'");
        }
        MomentSource source = Corpora.source(corpus);
        String playlistName = args.value("save-playlist");
        if (playlistName != null) {
            if (playlistName.isBlank()) {
                throw new UsageException("--save-playlist needs a name");
            }
            if (!(source instanceof ModelMomentSource)) {
                throw new UsageException("--save-playlist needs a corpus of the coding model (corpus.attune);"
                        + " " + corpus + " holds moment tables");
            }
        }
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            if (index.isReadOnly()) {
                context.err().println("attune search: the index is in use by another Attune process;"
                        + " searching it as last saved");
            } else {
                if (index.openedAs().startsWith("rebuilt")) {
                    context.err().println("index " + index.folder() + ": " + index.openedAs());
                }
                // searching a stale index would silently miss moments: bring it up to date first
                CorpusIndex.SyncReport report = index.sync(source, context.monitor());
                for (String failure : report.failures().values()) {
                    context.err().println("attune search: not indexed: " + failure);
                }
                if (report.cancelled()) {
                    context.err().println("attune search: cancelled");
                    return FAILURE;
                }
            }
            SearchResult result;
            try {
                result = index.search(query, new SearchOptions(limit, order, true), context.monitor());
            } catch (QueryException e) {
                context.err().println("attune search: " + e.getMessage());
                return USAGE;
            }
            if (playlistName != null) {
                SearchResult all = result.total() > result.hits().size()
                        ? index.search(query, new SearchOptions((int) Math.min(Integer.MAX_VALUE, result.total()),
                                order, false), context.monitor())
                        : result;
                int entries = savePlaylist(corpus, playlistName, query, all);
                context.err().println("saved playlist '" + playlistName + "' with " + entries
                        + (entries == 1 ? " moment" : " moments") + " in " + corpus);
            }
            if (args.has("json")) {
                context.out().println(Json.result(result));
            } else {
                for (Hit hit : result.hits()) {
                    StringBuilder line = new StringBuilder();
                    MomentRecord m = hit.moment();
                    line.append(clean(m.caseId())).append('\t').append(m.startMs()).append('\t').append(m.endMs())
                            .append('\t').append(clean(m.coder())).append('\t').append(clean(m.codeLabel()))
                            .append('\t').append(clean(hit.snippet()));
                    if (hit.isPair()) {
                        MomentRecord s = hit.second();
                        line.append('\t').append(s.startMs()).append('\t').append(s.endMs()).append('\t')
                                .append(clean(s.coder())).append('\t').append(clean(s.codeLabel())).append('\t')
                                .append(clean(hit.secondSnippet()));
                    }
                    context.out().println(line);
                }
            }
            context.err().println(summary(result));
            return OK;
        }
    }

    /** Adds the playlist to the corpus and saves it (atomically, through the store); refuses a name in use. */
    private static int savePlaylist(Path corpus, String name, String query, SearchResult result) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            if (store.findPlaylist(name) != null) {
                throw new IOException("the corpus " + corpus + " already has a playlist '" + name
                        + "': choose another name");
            }
            Map<String, Case> loaded = new HashMap<>();
            Playlist playlist = SearchPlaylists.create(name, query, result.hits(), id -> {
                if (!store.caseIds().contains(id)) {
                    return null;
                }
                Case c = loaded.get(id);
                if (c == null) {
                    c = store.loadCase(id);
                    loaded.put(id, c);
                }
                return c;
            });
            store.corpus().getPlaylists().add(playlist);
            store.save();
            return playlist.getEntries().size();
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String summary(SearchResult result) {
        String what = result.pairs() ? "pair" : "moment";
        StringBuilder s = new StringBuilder();
        s.append(result.total()).append(' ').append(what).append(result.total() == 1 ? " matches" : "s match");
        if (result.hits().size() < result.total()) {
            s.append(" (showing ").append(result.hits().size()).append(", see --limit)");
        }
        s.append(" in ").append(result.tookMs()).append(" ms");
        for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
            Map<String, Integer> counts = facet.getValue();
            s.append("\n  ").append(facet.getKey()).append(": ").append(counts.entrySet().stream().limit(8)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            if (counts.size() > 8) {
                s.append(", … (").append(counts.size()).append(" in all)");
            }
        }
        return s.toString();
    }
}
