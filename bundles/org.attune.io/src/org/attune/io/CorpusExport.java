package org.attune.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.io.Interchange.Document;
import org.attune.model.Case;
import org.attune.model.CodingScheme;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Exports cases of a corpus as EAF 3.0 (one file per case) or as one tidy CSV. */
public final class CorpusExport {

    private CorpusExport() {
    }

    /** The cases with these ids (all cases when the list is empty), read from the corpus. */
    public static List<Case> cases(CorpusStore store, List<String> ids, IProgressMonitor monitor) throws IOException {
        List<String> wanted = ids.isEmpty() ? store.caseIds() : ids;
        SubMonitor progress = SubMonitor.convert(monitor, "Reading cases", wanted.size());
        List<Case> cases = new ArrayList<>();
        for (String id : wanted) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("export cancelled");
            }
            if (!store.caseIds().contains(id)) {
                throw new IOException("corpus " + store.folder() + " has no case '" + id + "'");
            }
            cases.add(store.loadCase(id));
            progress.worked(1);
        }
        return cases;
    }

    /** The interchange documents of cases, one per scheme. */
    public static List<Document> documents(List<Case> cases) {
        Map<CodingScheme, Document> documents = new LinkedHashMap<>();
        for (Case kase : cases) {
            CodingScheme scheme = kase.getScheme();
            Document document = documents.computeIfAbsent(scheme, s -> new Document("corpus", "model",
                    s == null ? new Interchange.Scheme("none", "no scheme") : ModelMapping.fromScheme(s)));
            document.cases.add(ModelMapping.fromCase(kase));
        }
        return new ArrayList<>(documents.values());
    }

    /** Writes each case as {@code <case id>.eaf} into a folder; media are named by absolute URL and relative to the folder. */
    public static List<Path> writeEaf(CorpusStore store, List<Case> cases, Path folder, IProgressMonitor monitor) throws IOException {
        Files.createDirectories(folder);
        Path dir = folder.toAbsolutePath().normalize();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing EAF", cases.size());
        List<Path> written = new ArrayList<>();
        for (Document document : documents(cases)) {
            for (Interchange.Case kase : document.cases) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException("export cancelled");
                }
                Path target = dir.resolve(CorpusStore.safeId(kase.id) + ".eaf");
                Exporter.writeEaf(document.scheme, kase, media -> {
                    Path file = store.folder().resolve(media.reference).normalize();
                    String relative = dir.relativize(file).toString().replace('\\', '/').replace(" ", "%20");
                    return new String[] { file.toUri().toString(), relative.startsWith(".") ? relative : "./" + relative };
                }, target);
                written.add(target);
                progress.worked(1);
            }
        }
        return written;
    }

    /** Writes all moments of the cases into one CSV file; returns the number of rows. */
    public static int writeCsv(List<Case> cases, Path file) throws IOException {
        List<Document> documents = documents(cases);
        Exporter.writeCsv(documents, file);
        return documents.stream().mapToInt(Document::momentCount).sum();
    }
}
