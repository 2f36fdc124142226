package org.attune.schemes.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodingScheme;
import org.attune.model.Modifier;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.SchemeCatalog;
import org.attune.schemes.SchemeEditing;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code ./attune schemes}: lists, shows, copies, exports and imports coding schemes. */
@Component(service = CliCommand.class)
public class SchemesCommand implements CliCommand {

    private SchemeCatalog catalog;

    @Reference
    public void setCatalog(SchemeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "schemes";
    }

    @Override
    public String summary() {
        return "lists the coding schemes (built-in and a corpus's own); shows, copies, exports, imports one";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "attune schemes [--corpus DIR]                  list the schemes: id, version, codes, origin, name",
                "attune schemes [--corpus DIR] --show ID        print one scheme as a tree",
                "attune schemes [--corpus DIR] --export ID --to FILE   write a scheme to a file",
                "attune schemes --corpus DIR --import FILE      add a scheme file to the corpus (schemes/)",
                "attune schemes --corpus DIR --copy ID --as NEW_ID [--name NAME]",
                "                                               add an editable copy of a scheme to the corpus");
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus", "show", "export", "to", "import", "copy", "as", "name"), Set.of())
                .expectPositionals(0, 0);
        Path corpus = args.value("corpus") != null ? context.resolve(args.value("corpus")) : null;
        if (corpus != null && !CorpusStore.isCorpus(corpus)) {
            throw new UsageException("--corpus " + corpus + " is not a corpus folder (it has no " + CorpusStore.CORPUS_FILE + ")");
        }
        PrintStream out = context.out();
        if (args.value("show") != null) {
            show(find(args.value("show"), corpus), out);
            return OK;
        }
        if (args.value("export") != null) {
            Path to = context.resolve(args.required("to"));
            AvailableScheme scheme = find(args.value("export"), corpus);
            SchemeEditing.export(scheme.scheme(), to);
            out.println("exported scheme " + scheme.id() + " (version " + scheme.scheme().getVersion() + ") to " + to);
            return OK;
        }
        if (args.value("import") != null || args.value("copy") != null) {
            if (corpus == null) {
                throw new UsageException("--import and --copy add a scheme to a corpus: give --corpus DIR");
            }
            try (CorpusStore store = CorpusStore.open(corpus)) {
                CodingScheme added;
                if (args.value("import") != null) {
                    added = SchemeEditing.importInto(store, context.resolve(args.value("import")));
                } else {
                    AvailableScheme source = find(args.value("copy"), corpus);
                    String newId = args.required("as");
                    added = store.addScheme(SchemeEditing.copy(source.scheme(), newId, args.value("name")));
                }
                store.save();
                out.println("added scheme " + added.getId() + " (" + added.allCodes().size() + " codes) to " + store.schemeFile(added.getId()));
            }
            return OK;
        }
        if (args.value("to") != null || args.value("as") != null || args.value("name") != null) {
            throw new UsageException("--to goes with --export; --as and --name go with --copy");
        }
        List<AvailableScheme> schemes = catalog.available(corpus);
        out.printf("%-16s %-8s %5s  %-9s %s%n", "ID", "VERSION", "CODES", "ORIGIN", "NAME");
        for (AvailableScheme scheme : schemes) {
            out.printf("%-16s %-8s %5d  %-9s %s%n", scheme.id(), scheme.scheme().getVersion(), scheme.codeCount(),
                    scheme.origin(), scheme.scheme().getName());
        }
        return OK;
    }

    private AvailableScheme find(String id, Path corpus) throws Exception {
        return catalog.find(id, corpus).orElseThrow(() -> new UsageException("no scheme with id '" + id + "'"
                + (corpus == null ? " (a corpus's own schemes are listed with --corpus DIR)" : "")
                + "; ./attune schemes lists them"));
    }

    static void show(AvailableScheme available, PrintStream out) {
        CodingScheme scheme = available.scheme();
        out.println(scheme.getName());
        out.println("  id " + scheme.getId() + ", version " + scheme.getVersion() + ", " + available.codeCount() + " codes, "
                + available.origin() + (available.file() != null ? " (" + available.file() + ")" : "")
                + (scheme.getAuthor() != null ? ", by " + scheme.getAuthor() : ""));
        if (scheme.getDescription() != null) {
            out.println("  " + scheme.getDescription());
        }
        List<Category> categories = scheme.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            category(categories.get(i), "", i == categories.size() - 1, out);
        }
    }

    private static void category(Category category, String indent, boolean last, PrintStream out) {
        out.println(indent + (last ? "└─ " : "├─ ") + category.getName() + (category.isMutuallyExclusive() ? "  [mutually exclusive]" : ""));
        String inner = indent + (last ? "   " : "│  ");
        int children = category.getCodes().size() + category.getSubCategories().size();
        int n = 0;
        for (Code code : category.getCodes()) {
            n++;
            StringBuilder line = new StringBuilder(inner).append(n == children ? "└─ " : "├─ ");
            if (code.getShortcut() != null) {
                line.append('[').append(code.getShortcut()).append("] ");
            }
            line.append(code.getLabel()).append("  (").append(code.getId()).append(", ")
                    .append(code.getKind().getLiteral().toLowerCase());
            for (Modifier modifier : code.getModifiers()) {
                line.append(", ").append(modifier.getName());
                if (!modifier.getAllowedValues().isEmpty()) {
                    line.append(": ").append(String.join("/", modifier.getAllowedValues()));
                }
            }
            line.append(')');
            out.println(line);
            if (code.getDescription() != null) {
                out.println(inner + (n == children ? "   " : "│  ") + "   " + code.getDescription());
            }
        }
        for (Category sub : category.getSubCategories()) {
            n++;
            category(sub, inner, n == children, out);
        }
    }
}
