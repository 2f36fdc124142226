package org.attune.index.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.index.CorpusIndex;
import org.attune.index.MomentSource;
import org.osgi.service.component.annotations.Component;

/** {@code attune index --corpus DIR}: brings a corpus's search index up to date. */
@Component(service = CliCommand.class)
public final class IndexCommand implements CliCommand {

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "build or update the search index of a corpus";
    }

    @Override
    public String usage() {
        return "attune index --corpus DIR [--rebuild]\n"
                + "  Indexes what changed since the last run (the index lives in DIR/" + CorpusIndex.FOLDER + ").\n"
                + "  --rebuild  throw the index away and index everything again\n"
                + "  Ctrl-C stops it; what is indexed so far is kept and the next run continues.";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus"), Set.of("rebuild")).expectPositionals(0, 0);
        Path corpus = context.resolve(args.required("corpus"));
        MomentSource source = Corpora.source(corpus);
        if (args.has("rebuild")) {
            CorpusIndex.delete(corpus);
        }
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            if (index.isReadOnly()) {
                context.err().println("attune index: " + index.folder() + " is in use by another Attune process;"
                        + " close it and try again");
                return FAILURE;
            }
            if (!index.openedAs().equals("opened")) {
                context.err().println("index " + index.folder() + ": " + index.openedAs());
            }
            CorpusIndex.SyncReport report = index.sync(source, context.monitor());
            for (Map.Entry<String, String> failure : report.failures().entrySet()) {
                context.err().println("attune index: not indexed: " + failure.getValue());
            }
            context.out().printf("indexed %d moments from %d files, removed %d, %d unchanged, in %.1f s;"
                    + " the index holds %d moments%n", report.momentsIndexed(), report.unitsIndexed(),
                    report.unitsRemoved(), report.unitsUnchanged(), report.tookMs() / 1000.0, index.size());
            if (report.cancelled()) {
                context.err().println("attune index: cancelled; the index is usable and keeps what was indexed,"
                        + " the next run continues");
                return FAILURE;
            }
            return report.failures().isEmpty() ? OK : FAILURE;
        }
    }
}
