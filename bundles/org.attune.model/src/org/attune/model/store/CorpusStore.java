package org.attune.model.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.ModelPackage;
import org.attune.model.internal.AttuneResource;
import org.attune.model.internal.AttuneResourceFactory;
import org.attune.model.internal.LoadProblems;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A corpus on disk, open for reading and coding. This is the headless entry point to Attune's
 * data: create or open a corpus folder, add coders, schemes and cases, code moments, save.
 *
 * <h2>The corpus folder</h2>
 * <pre>
 * my-corpus/
 *   corpus.attune              the corpus: name, coders, which cases and schemes it holds
 *   cases/&lt;case id&gt;.attune-case  one file per case: media sources, coded moments, notes
 *   schemes/&lt;scheme id&gt;.attune-scheme  the coding schemes the cases use
 *   media/...                  video files (any place inside the folder; paths are relative)
 * </pre>
 * Every file is XMI (or EMF binary, recognised when read). Saving is atomic: the previous
 * version of each file is kept as {@code <file>.bak}; an {@link Autosave} writes
 * {@code <file>.autosave} copies of unsaved changes.
 *
 * <h2>Typical use</h2>
 * <pre>{@code
 * try (CorpusStore store = CorpusStore.create(folder, "Attachment study")) {
 *     Coder anna = store.addCoder("anna", "Anna");
 *     CodingScheme scheme = store.addScheme(someScheme);      // copied into schemes/
 *     Case c = store.createCase("family-01", "Family 1, free play");
 *     c.setScheme(scheme);
 *     store.addMedia(c, folder.resolve("media/family-01-cam1.mp4"), "camera 1 — parent", 0);
 *     store.addMoment(c, scheme.findCode("vig.attentive.look"), anna, 12_000, 15_500);
 *     store.save();
 * }
 * try (CorpusStore store = CorpusStore.open(folder)) {
 *     for (Case c : store.loadCases()) {
 *         for (CodedMoment m : c.getMoments()) { ... m.getCode().getLabel(), m.getStartMs() ... }
 *     }
 * }
 * }</pre>
 *
 * A store is not thread-safe: use it from one thread (the UI thread in the workbench). Edits
 * made in the UI go through {@link #createEditingDomain()} so that they can be undone.
 */
public final class CorpusStore implements AutoCloseable {

    /** The corpus file in a corpus folder. */
    public static final String CORPUS_FILE = "corpus.attune";
    /** The folder of the case files. */
    public static final String CASES_FOLDER = "cases";
    /** The folder of the scheme files. */
    public static final String SCHEMES_FOLDER = "schemes";
    /** Extension of a case file. */
    public static final String CASE_EXTENSION = "attune-case";
    /** Extension of a scheme file. */
    public static final String SCHEME_EXTENSION = "attune-scheme";
    /** Extension of the corpus file. */
    public static final String CORPUS_EXTENSION = "attune";
    /** Suffix of an autosave copy next to its file. */
    public static final String AUTOSAVE_SUFFIX = ".autosave";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path folder;
    private final ResourceSet resourceSet;
    /** The corpus file and its root: new objects after the corpus file is recovered. */
    private Resource corpusResource;
    private Corpus corpus;
    /** Per resource: the change count already written by the autosave. */
    private final Map<Resource, Long> autosaved = new HashMap<>();
    /** Per resource: how many times it was saved; an autosave taken before a save is not written after it. */
    private final Map<Resource, Long> saveGenerations = new java.util.concurrent.ConcurrentHashMap<>();
    /** Held while an autosave copy is written or a save removes one. */
    final Object autosaveLock = new Object();
    private Autosave autosave;

    private CorpusStore(Path folder, ResourceSet resourceSet, Resource corpusResource) {
        this.folder = folder;
        this.resourceSet = resourceSet;
        this.corpusResource = corpusResource;
        this.corpus = (Corpus) corpusResource.getContents().get(0);
    }

    // ---------------------------------------------------------------- opening

    /** A resource set that reads and writes Attune files; useful to read single files outside a store. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        AttuneResourceFactory factory = new AttuneResourceFactory();
        Map<String, Object> byExtension = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
        byExtension.put(CORPUS_EXTENSION, factory);
        byExtension.put(CASE_EXTENSION, factory);
        byExtension.put(SCHEME_EXTENSION, factory);
        byExtension.put("autosave", factory);
        byExtension.put("bak", factory);
        byExtension.put("*", factory);
        set.getLoadOptions().putAll(AttuneResourceFactory.loadOptions());
        return set;
    }

    /** Whether a folder holds a corpus. */
    public static boolean isCorpus(Path folder) {
        return Files.isRegularFile(folder.resolve(CORPUS_FILE));
    }

    /**
     * Creates a new corpus in a folder (created when missing; it must not hold a corpus yet) and
     * saves its corpus file.
     */
    public static CorpusStore create(Path folder, String name) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (isCorpus(absolute)) {
            throw new IOException("there is already a corpus in " + absolute + " (" + CORPUS_FILE + " exists): open it instead");
        }
        Files.createDirectories(absolute.resolve(CASES_FOLDER));
        Files.createDirectories(absolute.resolve(SCHEMES_FOLDER));
        ResourceSet set = newResourceSet();
        Resource resource = set.createResource(uriOf(absolute.resolve(CORPUS_FILE)));
        Corpus corpus = ModelFactory.eINSTANCE.createCorpus();
        corpus.setName(name);
        resource.getContents().add(corpus);
        resource.setTrackingModification(true);
        CorpusStore store = new CorpusStore(absolute, set, resource);
        store.saveResource(resource);
        return store;
    }

    /**
     * Opens the corpus in a folder: reads the corpus file and its schemes; cases are read when
     * asked for ({@link #loadCase(String)}, {@link #loadCases()}).
     *
     * @throws NoSuchFileException   when the folder holds no corpus
     * @throws CorruptFileException  when the corpus file or a scheme file cannot be read (the
     *                               message names the file and line; the backup is offered)
     */
    public static CorpusStore open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Path corpusFile = absolute.resolve(CORPUS_FILE);
        if (!Files.isRegularFile(corpusFile)) {
            throw new NoSuchFileException(corpusFile.toString(), null,
                    "not a corpus folder: " + absolute + " has no " + CORPUS_FILE);
        }
        AtomicFiles.removeLeftovers(absolute);
        AtomicFiles.removeLeftovers(absolute.resolve(CASES_FOLDER));
        AtomicFiles.removeLeftovers(absolute.resolve(SCHEMES_FOLDER));
        ResourceSet set = newResourceSet();
        Resource resource = load(set, corpusFile);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus)) {
            throw new CorruptFileException(corpusFile, 0, 0, "it holds no corpus", backupIfAny(corpusFile), null);
        }
        CorpusStore store = new CorpusStore(absolute, set, resource);
        // Schemes are small and every case needs one: read them now, so that a damaged scheme
        // file is reported here with its name and line rather than as a dangling reference later.
        for (EObject scheme : ((org.eclipse.emf.ecore.util.InternalEList<CodingScheme>) store.corpus.getSchemes()).basicList()) {
            if (scheme.eIsProxy()) {
                store.loadFile(((InternalEObject) scheme).eProxyURI().trimFragment());
            }
        }
        for (int i = 0; i < store.corpus.getSchemes().size(); i++) {
            store.corpus.getSchemes().get(i); // replaces the proxy in the list by the loaded scheme
        }
        return store;
    }

    // ---------------------------------------------------------------- the corpus

    /** The corpus folder (absolute). */
    public Path folder() {
        return folder;
    }

    /** The corpus file. */
    public Path corpusFile() {
        return folder.resolve(CORPUS_FILE);
    }

    /** The corpus (its name, coders, schemes and cases). */
    public Corpus corpus() {
        return corpus;
    }

    /** The resource set holding every file of this corpus that has been read. */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Adds a coder. @throws IllegalArgumentException when the id is taken or not usable */
    public Coder addCoder(String id, String name) {
        checkId(id, "coder");
        if (findCoder(id) != null) {
            throw new IllegalArgumentException("corpus '" + corpus.getName() + "' already has a coder with id '" + id + "'");
        }
        Coder coder = ModelFactory.eINSTANCE.createCoder();
        coder.setId(id);
        coder.setName(name);
        corpus.getCoders().add(coder);
        return coder;
    }

    /** The coder with this id, or null. */
    public Coder findCoder(String id) {
        for (Coder coder : corpus.getCoders()) {
            if (coder.getId() != null && coder.getId().equals(id)) {
                return coder;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- schemes

    /**
     * Adds a scheme to the corpus, stored in {@code schemes/<id>.attune-scheme}. A scheme that
     * already belongs to a resource (e.g. a built-in one) is copied, ids included, so that the
     * corpus folder holds everything its cases need.
     *
     * @return the scheme as stored in the corpus
     * @throws IllegalArgumentException when the corpus has a scheme with that id already
     */
    public CodingScheme addScheme(CodingScheme scheme) {
        checkId(scheme.getId(), "scheme");
        if (findScheme(scheme.getId()) != null) {
            throw new IllegalArgumentException("corpus '" + corpus.getName() + "' already has a scheme with id '"
                    + scheme.getId() + "': give the new scheme another id (or version the existing one)");
        }
        CodingScheme stored = scheme.eResource() != null || scheme.eContainer() != null ? EcoreUtil.copy(scheme) : scheme;
        Path file = schemeFile(stored.getId());
        Resource resource = resourceSet.getResource(uriOf(file), false);
        if (resource == null) {
            resource = resourceSet.createResource(uriOf(file));
        }
        resource.getContents().clear();
        resource.getContents().add(stored);
        resource.setTrackingModification(true);
        resource.setModified(true);
        corpus.getSchemes().add(stored);
        return stored;
    }

    /** The scheme of the corpus with this id, or null. */
    public CodingScheme findScheme(String id) {
        for (CodingScheme scheme : corpus.getSchemes()) {
            if (!scheme.eIsProxy() && id != null && id.equals(scheme.getId())) {
                return scheme;
            }
        }
        return null;
    }

    /** The file of a scheme of this corpus. */
    public Path schemeFile(String schemeId) {
        return folder.resolve(SCHEMES_FOLDER).resolve(schemeId + "." + SCHEME_EXTENSION);
    }

    /** Scheme files in the {@code schemes/} folder, whether or not the corpus uses them yet. */
    public List<Path> schemeFiles() throws IOException {
        return listFiles(folder.resolve(SCHEMES_FOLDER), "." + SCHEME_EXTENSION);
    }

    /**
     * Reads one scheme file (e.g. one a lab dropped into {@code schemes/}, or an exported one),
     * outside of any corpus.
     */
    public static CodingScheme readScheme(Path file) throws IOException {
        Resource resource = load(newResourceSet(), file.toAbsolutePath());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CodingScheme scheme)) {
            throw new CorruptFileException(file, 0, 0, "it holds no coding scheme", backupIfAny(file), null);
        }
        return scheme;
    }

    /** Reads a scheme from a URL, e.g. a file inside a bundle. */
    public static CodingScheme readScheme(java.net.URL url) throws IOException {
        ResourceSet set = newResourceSet();
        Resource resource = set.createResource(URI.createURI(url.toString()));
        Path name = Path.of(url.getPath());
        try (java.io.InputStream in = url.openStream()) {
            resource.load(in, set.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            LoadProblems.Problem problem = LoadProblems.describe(e, resource);
            throw new CorruptFileException(name, problem.line(), problem.column(), problem.message() + " (" + url + ")", null, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CodingScheme scheme)) {
            throw new CorruptFileException(name, 0, 0, "it holds no coding scheme (" + url + ")", null, null);
        }
        return scheme;
    }

    /** Writes a scheme to a file of its own (export), atomically. The scheme stays where it is. */
    public static void writeScheme(CodingScheme scheme, Path file) throws IOException {
        ResourceSet set = newResourceSet();
        Resource resource = set.createResource(uriOf(file.toAbsolutePath()));
        resource.getContents().add(EcoreUtil.copy(scheme));
        AtomicFiles.write(file, out -> resource.save(out, AttuneResourceFactory.saveOptions()));
    }

    // ---------------------------------------------------------------- cases

    /**
     * Creates a case, stored in {@code cases/<id>.attune-case}.
     *
     * @param id    the case id, also its file name: letters, digits, '.', '_' and '-'
     *              ({@link #safeId(String)} makes one from any text)
     * @throws IllegalArgumentException when the id is taken or not usable
     */
    public Case createCase(String id, String title) {
        checkId(id, "case");
        if (caseIds().contains(id) || Files.exists(caseFile(id))) {
            throw new IllegalArgumentException("corpus '" + corpus.getName() + "' already has a case with id '" + id + "'");
        }
        Resource resource = resourceSet.createResource(uriOf(caseFile(id)));
        Case theCase = ModelFactory.eINSTANCE.createCase();
        theCase.setId(id);
        theCase.setTitle(title);
        resource.getContents().add(theCase);
        resource.setTrackingModification(true);
        resource.setModified(true);
        corpus.getCases().add(theCase);
        return theCase;
    }

    /** The file of a case. */
    public Path caseFile(String caseId) {
        return folder.resolve(CASES_FOLDER).resolve(caseId + "." + CASE_EXTENSION);
    }

    /** The ids of the corpus's cases, in corpus order, without reading the case files. */
    public List<String> caseIds() {
        List<String> ids = new ArrayList<>();
        for (Case theCase : ((org.eclipse.emf.ecore.util.InternalEList<Case>) corpus.getCases()).basicList()) {
            if (theCase.eIsProxy()) {
                ids.add(((InternalEObject) theCase).eProxyURI().fragment());
            } else {
                ids.add(theCase.getId());
            }
        }
        return ids;
    }

    /**
     * Reads a case (once; later calls return the same object).
     *
     * @throws NoSuchFileException  when the corpus has no such case or its file is gone
     * @throws CorruptFileException when the file cannot be read (names file and line, offers the backup)
     */
    public Case loadCase(String id) throws IOException {
        List<Case> cases = ((org.eclipse.emf.ecore.util.InternalEList<Case>) corpus.getCases()).basicList();
        for (int i = 0; i < cases.size(); i++) {
            Case theCase = cases.get(i);
            if (!theCase.eIsProxy()) {
                if (id.equals(theCase.getId())) {
                    return theCase;
                }
                continue;
            }
            URI proxy = ((InternalEObject) theCase).eProxyURI();
            if (id.equals(proxy.fragment())) {
                loadFile(proxy.trimFragment());
                Case resolved = corpus.getCases().get(i); // resolves against the loaded file
                if (resolved.eIsProxy()) {
                    throw new CorruptFileException(fileOf(proxy), 0, 0, "it holds no case with id '" + id + "'",
                            backupIfAny(fileOf(proxy)), null);
                }
                return resolved;
            }
        }
        throw new NoSuchFileException(caseFile(id).toString(), null,
                "corpus '" + corpus.getName() + "' has no case '" + id + "'");
    }

    /** Reads every case of the corpus. */
    public List<Case> loadCases() throws IOException {
        List<Case> result = new ArrayList<>();
        for (String id : caseIds()) {
            result.add(loadCase(id));
        }
        return result;
    }

    /** Reads every case, reporting progress and honouring cancellation. */
    public List<Case> loadCases(IProgressMonitor monitor) throws IOException {
        List<String> ids = caseIds();
        SubMonitor progress = SubMonitor.convert(monitor, "Reading cases", ids.size());
        List<Case> result = new ArrayList<>();
        for (String id : ids) {
            progress.checkCanceled();
            progress.subTask(id);
            result.add(loadCase(id));
            progress.worked(1);
        }
        return result;
    }

    /**
     * Makes an id that {@link #createCase} and {@link #addCoder} accept from any text (a file name,
     * a title): other characters become '-'.
     */
    public static String safeId(String text) {
        String id = text.trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+", "");
        if (id.length() > 100) {
            id = id.substring(0, 100);
        }
        return id.isEmpty() ? "x" : id;
    }

    // ---------------------------------------------------------------- media and moments

    /** Adds a media source to a case; the file is stored relative to the corpus folder. */
    public MediaSource addMedia(Case theCase, Path file, String role, long offsetMs) {
        MediaSource source = ModelFactory.eINSTANCE.createMediaSource();
        source.setPath(relativePath(file));
        source.setRole(role);
        source.setOffsetMs(offsetMs);
        theCase.getMediaSources().add(source);
        return source;
    }

    /** The absolute file of a media source. */
    public Path mediaFile(MediaSource source) {
        return folder.resolve(source.getPath()).normalize();
    }

    /** A path as stored in {@link MediaSource#getPath()}: relative to the corpus folder, '/'-separated. */
    public String relativePath(Path file) {
        Path absolute = folder.resolve(file).toAbsolutePath().normalize();
        Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Codes a moment: adds it to the case with its created/modified time set to now. For a POINT
     * code the end is the start.
     */
    public static CodedMoment addMoment(Case theCase, Code code, Coder coder, long startMs, long endMs) {
        CodedMoment moment = ModelFactory.eINSTANCE.createCodedMoment();
        moment.setCode(code);
        moment.setCoder(coder);
        moment.setStartMs(startMs);
        moment.setEndMs(code != null && code.getKind() == CodeKind.POINT ? startMs : endMs);
        long now = System.currentTimeMillis();
        moment.setCreated(now);
        moment.setModified(now);
        theCase.getMoments().add(moment);
        return moment;
    }

    // ---------------------------------------------------------------- playlists

    /**
     * A playlist entry pointing at a moment. The moment gets its id now if it has none yet (ids
     * are otherwise given on save), so the entry names it even before the case is saved.
     */
    public static PlaylistEntry playlistEntry(CodedMoment moment, String note) {
        Case theCase = moment.getCase();
        if (theCase == null) {
            throw new IllegalArgumentException("the moment is not in a case");
        }
        assignMomentIds(theCase);
        PlaylistEntry entry = ModelFactory.eINSTANCE.createPlaylistEntry();
        entry.setCaseId(theCase.getId());
        entry.setMomentId(moment.getId());
        entry.setNote(note);
        return entry;
    }

    /** The corpus's playlist with this name, or null. */
    public Playlist findPlaylist(String name) {
        for (Playlist playlist : corpus.getPlaylists()) {
            if (name.equals(playlist.getName())) {
                return playlist;
            }
        }
        return null;
    }

    /**
     * The moment a playlist entry names, reading its case when needed.
     *
     * @throws NoSuchFileException when the case or the moment is gone; the message names the
     *                             playlist, the entry's position and the ids
     */
    public CodedMoment resolve(PlaylistEntry entry) throws IOException {
        String where = "playlist '" + (entry.eContainer() instanceof Playlist playlist ? playlist.getName() : "?")
                + "', entry " + (entry.eContainer() instanceof Playlist playlist
                        ? playlist.getEntries().indexOf(entry) + 1 : 0);
        if (!caseIds().contains(entry.getCaseId())) {
            throw new NoSuchFileException(caseFile(String.valueOf(entry.getCaseId())).toString(), null,
                    where + ": corpus '" + corpus.getName() + "' has no case '" + entry.getCaseId() + "'");
        }
        Case theCase = loadCase(entry.getCaseId());
        for (CodedMoment moment : theCase.getMoments()) {
            if (entry.getMomentId() != null && entry.getMomentId().equals(moment.getId())) {
                return moment;
            }
        }
        throw new NoSuchFileException(caseFile(theCase.getId()).toString(), null,
                where + ": case '" + theCase.getId() + "' has no moment '" + entry.getMomentId()
                        + "' (deleted since the playlist was made?)");
    }

    // ---------------------------------------------------------------- saving

    /** Whether anything changed since the last save. */
    public boolean isModified() {
        for (Resource resource : resourceSet.getResources()) {
            if (resource.isModified()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Saves every changed file atomically (schemes, then cases, then the corpus file, so that
     * the corpus never names a file that is not there yet). The previous version of each file is
     * kept as {@code .bak}; the autosave copies of saved files are removed.
     */
    public void save() throws IOException {
        save(null);
    }

    /** As {@link #save()}, with progress. */
    public void save(IProgressMonitor monitor) throws IOException {
        List<Resource> changed = new ArrayList<>();
        for (Resource resource : orderedResources()) {
            if (resource.isLoaded() && (resource.isModified() || !Files.exists(fileOf(resource.getURI())))) {
                changed.add(resource);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Saving", changed.size());
        for (Resource resource : changed) {
            progress.subTask(fileOf(resource.getURI()).getFileName().toString());
            saveResource(resource);
            progress.worked(1);
        }
    }

    /** Saves one case's file now (and the corpus file when the case is new). */
    public void saveCase(Case theCase) throws IOException {
        Resource resource = theCase.eResource();
        if (resource == null) {
            throw new IllegalArgumentException("case '" + theCase.getId() + "' is not part of a corpus");
        }
        saveResource(resource);
        if (corpusResource.isModified()) {
            saveResource(corpusResource);
        }
    }

    private List<Resource> orderedResources() {
        List<Resource> schemes = new ArrayList<>();
        List<Resource> cases = new ArrayList<>();
        for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
            if (resource == corpusResource) {
                continue;
            }
            if (SCHEME_EXTENSION.equals(resource.getURI().fileExtension())) {
                schemes.add(resource);
            } else {
                cases.add(resource);
            }
        }
        List<Resource> ordered = new ArrayList<>(schemes);
        ordered.addAll(cases);
        ordered.add(corpusResource);
        return ordered;
    }

    private void saveResource(Resource resource) throws IOException {
        assignMomentIds(resource);
        chooseFormat(resource);
        Path file = fileOf(resource.getURI());
        AtomicFiles.write(file, out -> resource.save(out, AttuneResourceFactory.saveOptions()));
        resource.setModified(false);
        autosaved.put(resource, changeCount(resource));
        synchronized (autosaveLock) {
            saveGenerations.merge(resource, 1L, Long::sum);
            Files.deleteIfExists(autosaveFile(file));
        }
    }

    /** An autosave copy taken on the model thread, to be written on another. */
    record Snapshot(Resource resource, Path autosaveFile, byte[] bytes, long saveGeneration) {
    }

    /** Whether a snapshot is still newer than its file (no save happened since it was taken). */
    boolean isCurrent(Snapshot snapshot) {
        return saveGenerations.getOrDefault(snapshot.resource(), 0L) == snapshot.saveGeneration();
    }

    /** Moments get short ids (m1, m2, ...) unique in their case, so that other data can point at them. */
    private static void assignMomentIds(Resource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Case theCase) {
                assignMomentIds(theCase);
            }
        }
    }

    private static void assignMomentIds(Case theCase) {
        if (!anyMomentWithoutId(theCase)) {
            return;
        }
        List<CodedMoment> missing = new ArrayList<>();
        Set<String> used = new HashSet<>();
        long next = 1;
        for (CodedMoment moment : theCase.getMoments()) {
            String id = moment.getId();
            if (id == null || id.isEmpty() || !used.add(id)) {
                missing.add(moment);
            } else if (id.length() > 1 && id.charAt(0) == 'm') {
                try {
                    next = Math.max(next, Long.parseLong(id, 1, id.length(), 10) + 1);
                } catch (NumberFormatException e) {
                    // an id from elsewhere: kept as it is
                }
            }
        }
        for (CodedMoment moment : missing) {
            String id;
            do {
                id = "m" + next++;
            } while (!used.add(id));
            moment.setId(id);
        }
    }

    private static boolean anyMomentWithoutId(Case theCase) {
        for (CodedMoment moment : theCase.getMoments()) {
            if (moment.getId() == null || moment.getId().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cases with more coded moments than this are saved in EMF's binary format, smaller ones in
     * XMI (see docs/benchmarks.md: binary opens about twice as fast and is a quarter of the size;
     * XMI can be read and diffed). System property {@code attune.binaryThreshold}: 0 always
     * binary, -1 keeps each file's format as read.
     */
    public static final int BINARY_THRESHOLD = Integer.getInteger("attune.binaryThreshold", 20_000);

    private int binaryThreshold = BINARY_THRESHOLD;

    /**
     * Sets above how many moments a case is saved in EMF binary (default
     * {@link #BINARY_THRESHOLD}); 0 saves every case binary, -1 keeps each file's format as read.
     */
    public void setBinaryThreshold(int moments) {
        this.binaryThreshold = moments;
    }

    private void chooseFormat(Resource resource) {
        if (resource instanceof AttuneResource attune && binaryThreshold >= 0 && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Case theCase) {
            attune.setBinary(theCase.getMoments().size() > binaryThreshold);
        }
    }

    // ---------------------------------------------------------------- autosave and recovery

    /**
     * Starts writing unsaved changes to {@code <file>.autosave} every {@code interval} (30 s
     * keeps a crash from losing more than 30 s of coding). The model is read on
     * {@code modelThread} (e.g. the UI thread's executor); files are written on a background
     * thread. Stopped by {@link Autosave#close()} or {@link #close()}.
     */
    public Autosave startAutosave(Duration interval, Executor modelThread) {
        if (autosave != null) {
            autosave.close();
        }
        autosave = new Autosave(this, interval, modelThread);
        return autosave;
    }

    /** The autosave copy of a file. */
    public static Path autosaveFile(Path file) {
        return file.resolveSibling(file.getFileName() + AUTOSAVE_SUFFIX);
    }

    /**
     * Serialises the files changed since the last autosave or save (called on the model thread by
     * {@link Autosave}): autosave file → content.
     */
    List<Snapshot> snapshotChanges() throws IOException {
        List<Snapshot> snapshots = new ArrayList<>();
        for (Resource resource : orderedResources()) {
            if (!resource.isLoaded() || !resource.isModified()) {
                continue;
            }
            long count = changeCount(resource);
            Long done = autosaved.get(resource);
            if (done != null && done == count) {
                continue;
            }
            assignMomentIds(resource);
            count = changeCount(resource);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            resource.save(bytes, AttuneResourceFactory.saveOptions());
            resource.setModified(true); // EMF clears the flag when saving, but the file itself is not saved
            autosaved.put(resource, count);
            snapshots.add(new Snapshot(resource, autosaveFile(fileOf(resource.getURI())), bytes.toByteArray(),
                    saveGenerations.getOrDefault(resource, 0L)));
        }
        return snapshots;
    }

    private static long changeCount(Resource resource) {
        return resource instanceof AttuneResource attune ? attune.changeCount() : -1;
    }

    /**
     * Autosave copies newer than their file, i.e. coding that was not saved before the program
     * ended. Offer them with {@link #recoverAutosave(Path)}.
     */
    public List<Path> recoverableAutosaves() throws IOException {
        List<Path> result = new ArrayList<>();
        for (Path dir : List.of(folder, folder.resolve(SCHEMES_FOLDER), folder.resolve(CASES_FOLDER))) {
            for (Path autosaveFile : listFiles(dir, AUTOSAVE_SUFFIX)) {
                Path file = autosaveFile.resolveSibling(autosaveFile.getFileName().toString()
                        .substring(0, autosaveFile.getFileName().toString().length() - AUTOSAVE_SUFFIX.length()));
                if (!Files.exists(file) || Files.getLastModifiedTime(autosaveFile).compareTo(Files.getLastModifiedTime(file)) >= 0) {
                    result.add(autosaveFile);
                }
            }
        }
        return result;
    }

    /**
     * Makes an autosave copy the current version of its file (the replaced version is kept as
     * {@code .bak}) and reads it again. Only for files not yet read, or read but unchanged.
     *
     * @return the recovered file
     */
    public Path recoverAutosave(Path autosaveFile) throws IOException {
        String name = autosaveFile.getFileName().toString();
        if (!name.endsWith(AUTOSAVE_SUFFIX)) {
            throw new IllegalArgumentException(autosaveFile + " is not an autosave file");
        }
        Path file = autosaveFile.resolveSibling(name.substring(0, name.length() - AUTOSAVE_SUFFIX.length()));
        Resource check = load(newResourceSet(), autosaveFile); // never put a damaged copy in place
        if (check.getContents().isEmpty()) {
            throw new CorruptFileException(autosaveFile, 0, 0, "it is empty", null, null);
        }
        Resource loaded = resourceSet.getResource(uriOf(file), false);
        if (loaded != null && loaded.isModified()) {
            throw new IllegalStateException(file + " has unsaved changes: save or discard them before recovering");
        }
        AtomicFiles.copy(autosaveFile, file);
        Files.deleteIfExists(autosaveFile);
        if (loaded != null && loaded.isLoaded()) {
            loaded.unload();
            loadFile(loaded.getURI());
            if (loaded == corpusResource) {
                // the old root is now an unresolvable proxy: its cases would no longer load
                corpusResource = resourceSet.getResource(loaded.getURI(), false);
                corpus = (Corpus) corpusResource.getContents().get(0);
            }
        }
        return file;
    }

    /**
     * Puts a file's backup ({@code .bak}) back in place of a damaged file. The damaged file is
     * kept as {@code <file>.damaged-<time>}, so nothing is lost. Call it before opening the
     * corpus (or reopen the corpus after it).
     *
     * @return where the damaged file was kept
     */
    public static Path restoreBackup(Path file) throws IOException {
        Path backup = AtomicFiles.backupOf(file);
        if (!Files.isRegularFile(backup)) {
            throw new NoSuchFileException(backup.toString(), null, "there is no backup of " + file);
        }
        load(newResourceSet(), backup); // throws when the backup is damaged too
        Path kept = file.resolveSibling(file.getFileName() + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(file)) {
            Files.copy(file, kept);
        }
        AtomicFiles.write(file, out -> Files.copy(backup, out), false);
        return kept;
    }

    // ---------------------------------------------------------------- editing

    /**
     * An EMF.Edit editing domain over this corpus: commands run through its command stack can be
     * undone and redone, and the item providers of {@code org.attune.model.provider} label and
     * describe the objects for the UI.
     */
    public org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain createEditingDomain() {
        org.eclipse.emf.edit.provider.ComposedAdapterFactory factory = new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
                org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new org.attune.model.provider.ModelItemProviderAdapterFactory());
        factory.addAdapterFactory(new org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory());
        return new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(factory,
                new org.eclipse.emf.common.command.BasicCommandStack(), resourceSet);
    }

    /** Stops the autosave and forgets the loaded files (unsaved changes stay in the autosave copies). */
    @Override
    public void close() {
        if (autosave != null) {
            autosave.close();
            autosave = null;
        }
    }

    // ---------------------------------------------------------------- files

    private void loadFile(URI uri) throws IOException {
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return;
        }
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        load(resourceSet, fileOf(uri));
    }

    /** Reads a file into a resource of the set; turns every failure into a message with file and line. */
    static Resource load(ResourceSet set, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the file is missing"
                    + (Files.exists(AtomicFiles.backupOf(file)) ? " (its backup " + AtomicFiles.backupOf(file) + " is there)" : ""));
        }
        Resource resource = set.createResource(uriOf(file));
        try {
            resource.load(set.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            LoadProblems.Problem problem = LoadProblems.describe(e, resource);
            throw new CorruptFileException(file, problem.line(), problem.column(), problem.message(), backupIfAny(file), e);
        }
        resource.setTrackingModification(true);
        return resource;
    }

    private static Path backupIfAny(Path file) {
        Path backup = AtomicFiles.backupOf(file);
        return Files.isRegularFile(backup) ? backup : null;
    }

    static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    static Path fileOf(URI uri) {
        return Path.of(uri.toFileString());
    }

    private static List<Path> listFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Collections.emptyList();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private static void checkId(String id, String what) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' cannot be a " + what
                    + " id: use letters, digits, '.', '_' and '-' (at most 100, starting with a letter or digit)");
        }
    }
}
