package org.attune.analysis.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.ChartFiles;
import org.attune.analysis.chart.TimelinePicture;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune stats timeline}: one case's coding as a picture (SVG or PNG) for papers. */
@Component(service = CliCommand.class)
public final class StatsTimelineCommand implements CliCommand {

    @Override
    public String name() {
        return "stats timeline";
    }

    @Override
    public String summary() {
        return "a case's coding as a timeline picture (SVG or PNG): one track per coder and code";
    }

    @Override
    public String usage() {
        return """
                attune stats timeline (--corpus DIR | --moments FILE.csv) --case ID --out FILE.svg|FILE.png [--coders A,B] [--width 1200]
                  --corpus DIR     the corpus folder (corpus.attune, cases/, schemes/)
                  --moments FILE   or a moments CSV (as ./attune export --format csv writes it)
                  --case ID        the case to draw (one)
                  --out FILE       the picture to write; .svg or .png
                  --coders A,B     only these coders, in this order (default: all who coded the case)
                  --width PIXELS   the picture's width (default 1200)
                see also: attune stats --corpus DIR (overview), stats codes (--chart: a bar chart), stats transitions""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Set<String> options = new HashSet<>(MomentSource.OPTIONS);
        options.add("out");
        options.add("width");
        Args args = Args.parse(words, options, Set.of()).expectPositionals(0, 0);
        List<String> cases = MomentSource.list(args.required("case"));
        if (cases.size() != 1) {
            throw new UsageException("--case: a timeline picture shows one case, got " + String.join(", ", cases));
        }
        Path out = context.resolve(args.required("out"));
        try {
            ChartFiles.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out " + e.getMessage());
        }
        int width;
        try {
            width = Integer.parseInt(args.value("width", Integer.toString(TimelinePicture.DEFAULT_WIDTH)));
        } catch (NumberFormatException e) {
            throw new UsageException("--width must be a number of pixels: " + args.value("width"));
        }
        if (width < 400 || width > 20_000) {
            throw new UsageException("--width must be between 400 and 20000 pixels: " + width);
        }
        MomentSource.Loaded loaded = MomentSource.loadWithColors(context, args);
        MomentSet moments = loaded.moments();
        List<String> coders = MomentSource.list(args.value("coders")).isEmpty() ? List.of()
                : MomentSource.coders(args, moments);
        TimelinePicture picture = TimelinePicture.of(moments, cases.get(0), coders, loaded.colors(),
                "Case " + cases.get(0), width);
        ChartFiles.write(picture, out);
        int shown = picture.tracks().stream().mapToInt(t -> t.moments().size()).sum();
        context.out().println("wrote " + out + ": " + shown + " moments on " + picture.tracks().size() + " tracks, "
                + picture.width() + " x " + picture.height() + " pixels");
        return OK;
    }
}
