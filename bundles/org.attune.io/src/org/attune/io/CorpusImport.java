package org.attune.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.io.Interchange.Document;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Imports files of other tools into a corpus in two steps: {@link #prepare} reads every file
 * and builds every scheme, coder and case in memory (a refused file refuses the whole import,
 * and the corpus is untouched); {@link #apply} adds them and saves, or — when saving fails —
 * takes them out again and removes the files it wrote, so the corpus is as it was. In the
 * workbench, {@link #command} makes the addition one undoable step.
 */
public final class CorpusImport {

    private CorpusImport() {
    }

    /** What an import will add to a corpus. */
    public static final class Plan {
        private final CorpusStore store;
        private final List<CodingScheme> schemes = new ArrayList<>();
        private final List<Coder> coders = new ArrayList<>();
        /** Prepared cases, not in the corpus; their content moves into the corpus's cases and back. */
        private final List<Case> prepared = new ArrayList<>();
        private final List<Case> added = new ArrayList<>();
        /** Warnings of the readers, and ids changed to avoid clashes. */
        public final List<String> notes = new ArrayList<>();

        Plan(CorpusStore store) {
            this.store = store;
        }

        public List<String> caseIds() {
            return prepared.stream().map(Case::getId).toList();
        }

        public int momentCount() {
            return prepared.stream().mapToInt(c -> c.getMoments().size()).sum()
                    + added.stream().mapToInt(c -> c.getMoments().size()).sum();
        }

        public int schemeCount() {
            return schemes.size();
        }

        public int coderCount() {
            return coders.size();
        }

        /** e.g. "3 cases, 8778 moments, 1 new scheme, 6 new coders". */
        public String summary() {
            return prepared.size() + (prepared.size() == 1 ? " case, " : " cases, ") + momentCount() + " moments, "
                    + schemes.size() + (schemes.size() == 1 ? " new scheme, " : " new schemes, ") + coders.size()
                    + (coders.size() == 1 ? " new coder" : " new coders");
        }
    }

    /** Reads and maps every file; changes nothing. */
    public static Plan prepare(CorpusStore store, List<Path> files, Importer.Options options, IProgressMonitor monitor)
            throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing", files.size() * 2);
        Plan plan = new Plan(store);
        Set<String> caseIds = new HashSet<>(store.caseIds());
        Set<String> schemeIds = new HashSet<>();
        store.corpus().getSchemes().forEach(s -> schemeIds.add(s.getId()));
        Map<String, Coder> coderByKey = new LinkedHashMap<>();
        for (Coder coder : store.corpus().getCoders()) {
            coderByKey.putIfAbsent(coder.getId(), coder);
            if (coder.getName() != null) {
                coderByKey.putIfAbsent(coder.getName(), coder);
            }
        }
        Set<String> coderIds = new HashSet<>();
        store.corpus().getCoders().forEach(c -> coderIds.add(c.getId()));
        long now = System.currentTimeMillis();
        for (Path file : files) {
            checkCancel(progress);
            progress.subTask(file.getFileName().toString());
            List<Document> documents = Importer.read(file, options);
            progress.worked(1);
            String name = file.getFileName().toString();
            for (Document document : documents) {
                plan.notes.addAll(document.warnings);
                if (document.cases.isEmpty()) {
                    plan.notes.add(name + ": holds no case (only a scheme); nothing imported from it");
                    continue;
                }
                ModelMapping.SchemeMapping scheme = schemeFor(store, plan, document, schemeIds, name);
                for (Interchange.Case source : document.cases) {
                    checkCancel(progress);
                    Map<Interchange.Media, String> paths = new LinkedHashMap<>();
                    for (Interchange.Media media : source.media) {
                        String path = MediaPaths.corpusPath(media, file, store.folder());
                        paths.put(media, path);
                        if (!Files.isRegularFile(store.folder().resolve(path))) {
                            plan.notes.add(name + ": media '" + media.reference + "' is not in the corpus folder; stored as '"
                                    + path + "' to be relinked");
                        }
                    }
                    Case kase = ModelMapping.toCase(source, scheme, coderName -> coderByKey.computeIfAbsent(coderName, n -> {
                        Coder coder = ModelFactory.eINSTANCE.createCoder();
                        coder.setId(unique(CorpusStore.safeId(n), coderIds, id -> false));
                        coder.setName(n);
                        plan.coders.add(coder);
                        return coder;
                    }), paths::get, now);
                    String id = unique(CorpusStore.safeId(source.id), caseIds, candidate -> Files.exists(store.caseFile(candidate)));
                    if (!id.equals(source.id)) {
                        plan.notes.add(name + ": case '" + source.id + "' is imported as '" + id + "'"
                                + (id.startsWith(CorpusStore.safeId(source.id) + "-") ? " (the corpus has one with that id)" : ""));
                    }
                    kase.setId(id);
                    plan.prepared.add(kase);
                }
            }
            progress.worked(1);
        }
        return plan;
    }

    private static ModelMapping.SchemeMapping schemeFor(CorpusStore store, Plan plan, Document document, Set<String> schemeIds,
            String name) {
        String id = CorpusStore.safeId(document.scheme.id);
        CodingScheme existing = store.findScheme(id);
        if (existing == null) {
            existing = plan.schemes.stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
        }
        if (existing != null) {
            ModelMapping.SchemeMapping reuse = ModelMapping.mapOnto(existing, document.scheme);
            if (reuse != null) {
                return reuse;
            }
        }
        ModelMapping.SchemeMapping mapping = ModelMapping.toScheme(document.scheme);
        String unique = unique(id, schemeIds, candidate -> Files.exists(store.schemeFile(candidate)));
        if (!unique.equals(id)) {
            plan.notes.add(name + ": scheme '" + id + "' differs from the corpus's scheme of that id; imported as '" + unique + "'");
        }
        mapping.scheme.setId(unique);
        plan.schemes.add(mapping.scheme);
        return mapping;
    }

    private static String unique(String id, Set<String> taken, java.util.function.Predicate<String> alsoTaken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate) || alsoTaken.test(candidate); n++) {
            candidate = id + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException("import cancelled; the corpus is unchanged");
        }
    }

    /** Adds what the plan holds to the corpus (in memory). */
    static void add(Plan plan) {
        CorpusStore store = plan.store;
        store.corpus().getCoders().addAll(plan.coders);
        for (CodingScheme scheme : plan.schemes) {
            store.addScheme(scheme);
        }
        for (Case source : plan.prepared) {
            Case kase = store.createCase(source.getId(), source.getTitle());
            moveContent(source, kase);
            plan.added.add(kase);
        }
    }

    /** Takes out again what {@link #add} put in. */
    static void remove(Plan plan) {
        CorpusStore store = plan.store;
        for (int i = plan.added.size() - 1; i >= 0; i--) {
            Case kase = plan.added.get(i);
            moveContent(kase, plan.prepared.get(i));
            store.corpus().getCases().remove(kase);
            Resource resource = kase.eResource();
            if (resource != null) {
                resource.getContents().clear();
                store.resourceSet().getResources().remove(resource);
            }
        }
        plan.added.clear();
        for (CodingScheme scheme : plan.schemes) {
            store.corpus().getSchemes().remove(scheme);
            Resource resource = scheme.eResource();
            if (resource != null) {
                resource.getContents().remove(scheme);
                store.resourceSet().getResources().remove(resource);
            }
        }
        store.corpus().getCoders().removeAll(plan.coders);
    }

    private static void moveContent(Case from, Case to) {
        to.setTitle(from.getTitle());
        to.setNotes(from.getNotes());
        to.setScheme(from.getScheme());
        to.getParticipants().clear();
        to.getParticipants().addAll(from.getParticipants());
        List<MediaSource> media = new ArrayList<>(from.getMediaSources());
        to.getMediaSources().addAll(media);
        List<CodedMoment> moments = new ArrayList<>(from.getMoments());
        to.getMoments().addAll(moments);
    }

    /**
     * Adds the plan to the corpus and saves it. When saving fails, the additions are taken out
     * and the files written for them removed: the corpus is as it was, in memory and on disk.
     */
    public static void apply(Plan plan, IProgressMonitor monitor) throws IOException {
        CorpusStore store = plan.store;
        Set<Path> before = new HashSet<>();
        List<Path> candidates = new ArrayList<>();
        for (Case c : plan.prepared) {
            candidates.add(store.caseFile(c.getId()));
        }
        for (CodingScheme s : plan.schemes) {
            candidates.add(store.schemeFile(s.getId()));
        }
        for (Path p : candidates) {
            if (Files.exists(p)) {
                before.add(p);
            }
        }
        byte[] corpusFile = Files.readAllBytes(store.corpusFile());
        try {
            add(plan);
            store.save(monitor);
        } catch (IOException | RuntimeException e) {
            remove(plan);
            for (Path p : candidates) {
                if (!before.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
            if (!java.util.Arrays.equals(corpusFile, Files.readAllBytes(store.corpusFile()))) {
                Files.write(store.corpusFile(), corpusFile);
            }
            throw e;
        }
    }

    /** The addition as one command for an editing domain's command stack (undo takes it all out). */
    public static Command command(Plan plan) {
        return new AbstractCommand("Import " + plan.summary()) {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                add(plan);
            }

            @Override
            public void undo() {
                remove(plan);
            }

            @Override
            public void redo() {
                add(plan);
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return new ArrayList<>(plan.added);
            }
        };
    }
}
