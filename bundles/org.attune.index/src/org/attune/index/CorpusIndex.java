package org.attune.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.attune.index.internal.AttuneQueryParser;
import org.attune.index.internal.Documents;
import org.attune.index.internal.Fields;
import org.attune.index.internal.MomentSearch;
import org.attune.index.internal.ParsedQuery;
import org.attune.index.internal.ReaderTables;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The search index of one corpus: a Lucene index in the hidden folder {@value #FOLDER} inside
 * the corpus. It is derived data: {@link #open} recreates it when it is missing, damaged or of
 * an older format, and {@link #sync} brings it up to date with the corpus, re-reading only the
 * units whose stamp changed. Updates are visible to searches at once (near-real-time), and
 * searching while another thread indexes works. Thread-safe.
 */
public final class CorpusIndex implements Closeable {

    /** The index folder inside the corpus. */
    public static final String FOLDER = ".attune-index";
    /** Raised whenever what is indexed, or how, changes: older indexes are rebuilt. */
    public static final int FORMAT = 3;

    private static final String FORMAT_KEY = "attune.format";
    private static final String STAMP_PREFIX = "stamp:";
    /** During {@link #sync}, new moments become searchable at least this often when someone searches. */
    private static final long REFRESH_NANOS = 500_000_000L;

    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer = Fields.analyzer();
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Map<String, String> stamps = new TreeMap<>();
    private final String openedAs;
    private volatile ReaderTables tables;
    private volatile boolean searchedDuringSync;

    private CorpusIndex(Path folder, Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers,
            Map<String, String> stamps, String openedAs) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.stamps.putAll(stamps);
        this.openedAs = openedAs;
    }

    /** The index folder of a corpus folder. */
    public static Path folderOf(Path corpusDir) {
        return corpusDir.resolve(FOLDER);
    }

    /**
     * Opens the index of a corpus, creating it when missing and recreating it (empty) when it
     * is damaged or of an older format; {@link #openedAs()} says which. When another process
     * is writing the index, it is opened read-only ({@link #isReadOnly()}).
     */
    public static CorpusIndex open(Path corpusDir) throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new IOException("the corpus folder " + corpusDir + " does not exist");
        }
        Path folder = folderOf(corpusDir);
        Files.createDirectories(folder);
        FSDirectory directory = FSDirectory.open(folder);
        try {
            Map<String, String> stamps = new HashMap<>();
            String problem = null;
            boolean existed = DirectoryReader.indexExists(directory);
            // check (and wipe) only under the write lock: another process may be writing
            Lock lock;
            try {
                lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            } catch (LockObtainFailedException locked) {
                return readOnly(folder, directory, existed, locked);
            }
            try (lock) {
                if (Files.exists(folder.resolve(DAMAGED))) {
                    problem = "it was found damaged while searching";
                } else if (existed) {
                    problem = readCommit(directory, stamps);
                } else if (hasFiles(folder)) {
                    problem = "it has no complete commit";
                }
                if (problem != null) {
                    wipe(folder);
                    stamps.clear();
                }
            }
            String openedAs = problem != null ? "rebuilt: " + problem : existed ? "opened" : "created";
            IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException locked) {
                return readOnly(folder, directory, existed && problem == null, locked);
            }
            if (problem != null || !existed) {
                // an empty commit carrying the format, so that the next open knows this index
                writer.setLiveCommitData(userData(Map.of()).entrySet());
                writer.commit();
            }
            SearcherManager manager = new SearcherManager(writer, null);
            return new CorpusIndex(folder, directory, writer, manager, stamps, openedAs);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static CorpusIndex readOnly(Path folder, Directory directory, boolean usable, IOException locked)
            throws IOException {
        if (!usable) {
            throw new IOException("the index " + folder + " is in use by another Attune process", locked);
        }
        // another process writes it: search what it has committed
        SearcherManager manager = new SearcherManager(directory, null);
        return new CorpusIndex(folder, directory, null, manager, Map.of(),
                "opened read-only (in use by another process)");
    }

    /** Deletes the index of a corpus (to rebuild it from scratch); fails if another process uses it. */
    public static void delete(Path corpusDir) throws IOException {
        Path folder = folderOf(corpusDir);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (FSDirectory directory = FSDirectory.open(folder);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            wipe(folder);
        } catch (LockObtainFailedException e) {
            throw new IOException("the index " + folder + " is in use by another Attune process", e);
        }
    }

    /** Null if the last commit is readable and current, else why the index must be rebuilt. */
    private static String readCommit(Directory directory, Map<String, String> stamps) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String format = data.get(FORMAT_KEY);
            if (!String.valueOf(FORMAT).equals(format)) {
                return "it was built by an older format (" + (format == null ? "none" : format) + ", now " + FORMAT
                        + ")";
            }
            for (Map.Entry<String, String> e : data.entrySet()) {
                if (e.getKey().startsWith(STAMP_PREFIX)) {
                    stamps.put(e.getKey().substring(STAMP_PREFIX.length()), e.getValue());
                }
            }
            for (var leaf : reader.leaves()) {
                leaf.reader().getFieldInfos(); // touches each segment's metadata
            }
            return null;
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read the index " + e.getFile() + ": permission denied", e);
        } catch (IOException | RuntimeException e) {
            return "it is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> !f.getFileName().toString().equals("write.lock"));
        }
    }

    /** Marks an index found damaged after it was opened. */
    private static final String DAMAGED = "DAMAGED";

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals("write.lock")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Map<String, String> userData(Map<String, String> stamps) {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, String.valueOf(FORMAT));
        stamps.forEach((unit, stamp) -> data.put(STAMP_PREFIX + unit, stamp));
        return data;
    }

    /** How {@link #open} found the index: "opened", "created", "rebuilt: <why>", or read-only. */
    public String openedAs() {
        return openedAs;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    public Path folder() {
        return folder;
    }

    /** The stamps of the indexed units (as of the last update). */
    public synchronized Map<String, String> stamps() {
        return new TreeMap<>(stamps);
    }

    /** What {@link #sync} did. */
    public record SyncReport(int unitsIndexed, int unitsRemoved, int unitsUnchanged, long momentsIndexed,
            Map<String, String> failures, boolean cancelled, long tookMs) {
    }

    /**
     * Brings the index up to date with a source: re-reads the units whose stamp changed,
     * removes the units that are gone, and commits. Units that fail to read are reported in
     * {@link SyncReport#failures()} and tried again next time. Cancelling keeps what is done
     * (committed), so the index stays usable and the next sync continues.
     */
    public synchronized SyncReport sync(MomentSource source, IProgressMonitor monitor) throws IOException {
        requireWritable();
        long t0 = System.nanoTime();
        Map<String, String> current = source.stamps();
        List<String> removed = new ArrayList<>();
        for (String unit : stamps.keySet()) {
            if (!current.containsKey(unit)) {
                removed.add(unit);
            }
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(current).entrySet()) {
            if (!e.getValue().equals(stamps.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        if (removed.isEmpty() && changed.isEmpty()) {
            return new SyncReport(0, 0, current.size(), 0, Map.of(), false, (System.nanoTime() - t0) / 1_000_000);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing", removed.size() + changed.size());
        for (String unit : removed) {
            writer.deleteDocuments(new Term(Fields.UNIT, unit));
            stamps.remove(unit);
            progress.worked(1);
        }
        Map<String, String> failures = new TreeMap<>();
        long moments = 0;
        int indexed = 0;
        boolean cancelled = false;
        long lastRefresh = System.nanoTime();
        for (String unit : changed) {
            if (progress.isCanceled()) {
                cancelled = true;
                break;
            }
            progress.subTask(unit);
            List<MomentRecord> records;
            try {
                records = source.read(unit);
            } catch (IOException | RuntimeException e) {
                failures.put(unit, e.getMessage() == null ? e.toString() : e.getMessage());
                progress.worked(1);
                continue;
            }
            write(unit, records);
            stamps.put(unit, current.get(unit));
            moments += records.size();
            indexed++;
            progress.worked(1);
            // refreshing flushes a segment: do it only for someone searching meanwhile
            if (searchedDuringSync && System.nanoTime() - lastRefresh > REFRESH_NANOS) {
                searchedDuringSync = false;
                searchers.maybeRefresh();
                lastRefresh = System.nanoTime();
            }
        }
        commit();
        progress.done();
        return new SyncReport(indexed, removed.size(), current.size() - changed.size(), moments, failures, cancelled,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private void write(String unit, List<MomentRecord> records) throws IOException {
        List<Document> docs = documents(unit, records);
        if (stamps.containsKey(unit)) {
            writer.updateDocuments(new Term(Fields.UNIT, unit), docs);
        } else {
            writer.addDocuments(docs);
        }
    }

    /**
     * Replaces the moments of one unit (e.g. a case after an edit) and makes them searchable at
     * once. Call {@link #commit()} to make the change durable (or it is redone by the next sync).
     */
    public synchronized void update(String unit, String stamp, List<MomentRecord> moments) throws IOException {
        requireWritable();
        List<Document> docs = documents(unit, moments);
        writer.updateDocuments(new Term(Fields.UNIT, unit), docs);
        stamps.put(unit, stamp);
        searchers.maybeRefreshBlocking();
    }

    /** A unit's documents in time order: the sequence operators then find them nearly sorted. */
    private static List<Document> documents(String unit, List<MomentRecord> records) {
        List<MomentRecord> sorted = new ArrayList<>(records);
        sorted.sort(TIME_ORDER);
        List<Document> docs = new ArrayList<>(sorted.size());
        for (MomentRecord record : sorted) {
            docs.add(Documents.toDocument(unit, record));
        }
        return docs;
    }

    private static final Comparator<MomentRecord> TIME_ORDER = Comparator.comparing(MomentRecord::caseId)
            .thenComparingLong(MomentRecord::startMs).thenComparingLong(MomentRecord::endMs);

    /** Removes one unit's moments, searchable at once. */
    public synchronized void remove(String unit) throws IOException {
        requireWritable();
        writer.deleteDocuments(new Term(Fields.UNIT, unit));
        stamps.remove(unit);
        searchers.maybeRefreshBlocking();
    }

    /** Makes all updates durable: a crash after this loses nothing. */
    public synchronized void commit() throws IOException {
        requireWritable();
        writer.setLiveCommitData(userData(stamps).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the index " + folder + " is in use by another Attune process");
        }
    }

    /** Number of moments searchable now. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Runs a query (see the README's "Search" for the language).
     *
     * @throws QueryException              the query is malformed or names an unknown field
     * @throws OperationCanceledException  the monitor was cancelled
     */
    public SearchResult search(String query, SearchOptions options, IProgressMonitor monitor)
            throws QueryException, IOException {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        searchedDuringSync = true;
        IndexSearcher searcher = searchers.acquire();
        try {
            ReaderTables t = tables(searcher);
            ParsedQuery parsed = new AttuneQueryParser(analyzer, t.modifierFields()).parse(query);
            return new MomentSearch(searcher, t, analyzer, m).run(query, parsed, options);
        } catch (CorruptIndexException e) {
            // found only now (a checksum is checked when the data is read): rebuilt on the next open
            Files.writeString(folder.resolve(DAMAGED), e.toString());
            throw new IOException("the index " + folder + " is damaged (" + e.getMessage()
                    + "); it is rebuilt the next time the corpus is opened or indexed", e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Checks a query without running it (e.g. while the user types). */
    public void check(String query) throws QueryException, IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            new AttuneQueryParser(analyzer, tables(searcher).modifierFields()).parse(query);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Field names for completion: the language's fields and the corpus's modifiers. */
    public List<String> fieldNames() throws IOException {
        List<String> names = new ArrayList<>(Fields.QUERY_FIELDS);
        IndexSearcher searcher = searchers.acquire();
        try {
            names.addAll(tables(searcher).modifierFields());
        } finally {
            searchers.release(searcher);
        }
        return names;
    }

    /** The indexed values of {@code case}, {@code code} (labels) or {@code coder}, sorted — for completion. */
    public List<String> values(String field) throws IOException {
        if (!ReaderTables.FACET_FIELDS.contains(field)) {
            throw new IllegalArgumentException("values are listed for " + ReaderTables.FACET_FIELDS + ", not " + field);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return List.of(tables(searcher).values(field));
        } finally {
            searchers.release(searcher);
        }
    }

    private ReaderTables tables(IndexSearcher searcher) throws IOException {
        ReaderTables t = tables;
        if (t == null || t.reader != searcher.getIndexReader()) {
            t = ReaderTables.build(searcher.getIndexReader());
            tables = t;
        }
        return t;
    }

    /** Commits and closes. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (writer != null && writer.isOpen()) {
                writer.setLiveCommitData(userData(stamps).entrySet());
                writer.commit();
            }
        } finally {
            try {
                searchers.close();
            } finally {
                try {
                    if (writer != null) {
                        writer.close();
                    }
                } finally {
                    directory.close();
                }
            }
        }
    }
}
