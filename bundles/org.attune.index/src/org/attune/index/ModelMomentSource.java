package org.attune.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModifierValue;
import org.attune.model.store.CorpusStore;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Reads the moments of a corpus of the coding model ({@link CorpusStore}'s folder: a corpus
 * file, one file per case, scheme files; XMI or EMF binary). Each case file is a unit. Its stamp also covers the corpus and
 * scheme files, because a case's moments show the names (coders, code labels, categories)
 * that those files hold: renaming a code re-indexes every case.
 */
public final class ModelMomentSource implements MomentSource {

    public static final String CORPUS_EXTENSION = "." + CorpusStore.CORPUS_EXTENSION;
    public static final String CASE_EXTENSION = "." + CorpusStore.CASE_EXTENSION;
    public static final String SCHEME_EXTENSION = "." + CorpusStore.SCHEME_EXTENSION;

    private final Path corpusDir;
    private ResourceSet resources = newResourceSet();

    public ModelMomentSource(Path corpusDir) {
        this.corpusDir = corpusDir;
    }

    /** The store's resource set: reads XMI and EMF binary files, finds objects by id through a map. */
    private static ResourceSet newResourceSet() {
        return CorpusStore.newResourceSet();
    }

    /** Whether a folder holds a corpus of the coding model (a corpus file or a case file). */
    public static boolean isModelCorpus(Path dir) throws IOException {
        return !files(dir, CORPUS_EXTENSION).isEmpty() || !files(dir, CASE_EXTENSION).isEmpty();
    }

    private static List<Path> files(Path dir, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            return walk.filter(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f)
                    && !dir.relativize(f).startsWith(CorpusIndex.FOLDER)).sorted().toList();
        }
    }

    private static String stamp(Path file) throws IOException {
        return Files.size(file) + ":" + Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }

    @Override
    public Map<String, String> stamps() throws IOException {
        resources = newResourceSet(); // a new sync reads the corpus and schemes as they are now
        StringBuilder shared = new StringBuilder();
        for (Path file : files(corpusDir, CORPUS_EXTENSION)) {
            shared.append(corpusDir.relativize(file)).append('=').append(stamp(file)).append(';');
        }
        for (Path file : files(corpusDir, SCHEME_EXTENSION)) {
            shared.append(corpusDir.relativize(file)).append('=').append(stamp(file)).append(';');
        }
        String sharedStamp = Integer.toHexString(shared.toString().hashCode()) + "/" + shared.length();
        Map<String, String> stamps = new LinkedHashMap<>();
        for (Path file : files(corpusDir, CASE_EXTENSION)) {
            stamps.put(corpusDir.relativize(file).toString(), stamp(file) + "|" + sharedStamp);
        }
        return stamps;
    }

    @Override
    public List<MomentRecord> read(String unit) throws IOException {
        Path file = corpusDir.resolve(unit);
        Resource resource;
        try {
            resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException(file + ": cannot be read as a case file: " + cause.getMessage(), e);
        }
        try {
            List<MomentRecord> records = new ArrayList<>();
            for (EObject object : resource.getContents()) {
                if (object instanceof Case theCase) {
                    try {
                        records.addAll(records(theCase));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            return records;
        } finally {
            // cases are read once; the corpus and schemes stay loaded for the next case
            resource.unload();
            resources.getResources().remove(resource);
        }
    }

    /** The records of one case as it is in memory (e.g. while the user codes it). */
    public static List<MomentRecord> records(Case theCase) {
        List<MomentRecord> records = new ArrayList<>(theCase.getMoments().size());
        for (CodedMoment moment : theCase.getMoments()) {
            records.add(record(theCase, moment));
        }
        return records;
    }

    public static MomentRecord record(Case theCase, CodedMoment moment) {
        Code code = moment.getCode();
        Coder coder = moment.getCoder();
        LinkedList<String> path = new LinkedList<>();
        CodingScheme scheme = theCase.getScheme();
        for (EObject up = code == null ? null : code.eContainer(); up != null; up = up.eContainer()) {
            if (up instanceof Category category) {
                path.addFirst(category.getName() == null ? "" : category.getName());
            } else if (up instanceof CodingScheme s && scheme == null) {
                scheme = s;
            }
        }
        Map<String, String> modifiers = new TreeMap<>();
        for (ModifierValue value : moment.getModifierValues()) {
            if (value.getName() != null && value.getValue() != null) {
                modifiers.put(value.getName(), value.getValue());
            }
        }
        String coderName = coder == null ? "" : coder.getName() != null && !coder.getName().isEmpty()
                ? coder.getName() : coder.getId();
        try {
            return new MomentRecord(theCase.getId(), theCase.getTitle(), theCase.getParticipants(), coderName,
                    scheme == null ? "" : scheme.getName(), path, code == null ? "" : code.getId(),
                    code == null ? "" : code.getLabel(), modifiers, moment.getNote(), moment.getTranscript(),
                    moment.getStartMs(), moment.getEndMs(), coder == null ? "" : coder.getId(),
                    moment.getId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("moment " + moment.getId() + ": " + e.getMessage(), e);
        }
    }
}
