package org.attune.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Runs a {@link ParsedQuery} on one searcher: plain queries through Lucene, sequences over {@link Matches}. */
public final class MomentSearch {

    /** Pairs kept for ordering and paging; beyond it pairs are only counted. */
    static final int MAX_KEPT_PAIRS = 2_000_000;
    private static final int SNIPPET_CHARS = 160;

    private final IndexSearcher searcher;
    private final ReaderTables tables;
    private final Analyzer analyzer;
    private final IProgressMonitor monitor;

    public MomentSearch(IndexSearcher searcher, ReaderTables tables, Analyzer analyzer, IProgressMonitor monitor) {
        this.searcher = searcher;
        this.tables = tables;
        this.analyzer = analyzer;
        this.monitor = monitor;
    }

    public SearchResult run(String text, ParsedQuery query, SearchOptions options) throws IOException {
        long t0 = System.nanoTime();
        SearchResult result = switch (query.kind()) {
        case PLAIN -> plain(text, query.first(), options, t0);
        default -> sequence(text, query, options, t0);
        };
        return result;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // ---- plain queries

    private SearchResult plain(String text, Query query, SearchOptions requested, long t0) throws IOException {
        // never more room than there are moments (--limit may be huge)
        SearchOptions options = requested.withLimit(Math.min(requested.limit(), searcher.getIndexReader().maxDoc()));
        int[] ids;
        FacetCounter facets;
        if (options.order() == SearchOptions.Order.TIME) {
            // the default order: one pass counts the facets and keeps the first hits by (case, start)
            facets = new FacetCounter(tables, monitor, options.limit());
            searcher.search(query, facets);
            ids = facets.top();
        } else {
            facets = new FacetCounter(tables, monitor, 0);
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort(options.order()),
                    Math.max(1, options.limit()), null, Math.max(1, options.limit()));
            Object[] both = searcher.search(query, new MultiCollectorManager(top, facets));
            ScoreDoc[] scoreDocs = ((TopFieldDocs) both[0]).scoreDocs;
            ids = new int[Math.min(options.limit(), scoreDocs.length)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = scoreDocs[i].doc;
            }
        }
        MomentRecord[] records = load(ids);
        String[] snippets = snippets(query, records, options.snippets());
        List<Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            hits.add(new Hit(records[i], null, snippets[i], ""));
        }
        return new SearchResult(text, false, facets.total, hits, facets.facets(), millis(t0));
    }

    private static Sort sort(SearchOptions.Order order) {
        SortField caseField = new SortField(Fields.CASE, SortField.Type.STRING);
        SortField start = new SortField(Fields.START, SortField.Type.LONG);
        SortField end = new SortField(Fields.END, SortField.Type.LONG);
        return switch (order) {
        case DURATION -> new Sort(new SortField(Fields.DURATION, SortField.Type.LONG, true), caseField, start);
        case CODE -> new Sort(new SortField(Fields.CODE, SortField.Type.STRING), caseField, start, end);
        case CODER -> new Sort(new SortField(Fields.CODER, SortField.Type.STRING), caseField, start, end);
        case RELEVANCE -> new Sort(SortField.FIELD_SCORE, caseField, start);
        default -> new Sort(caseField, start, end);
        };
    }

    /**
     * Counts all matches per case, code and coder; with {@code keep > 0} also keeps the first
     * {@code keep} matches in TIME order (case, start, end, document) in a bounded heap.
     */
    private static final class FacetCounter implements CollectorManager<Collector, Object> {
        private final ReaderTables tables;
        private final IProgressMonitor monitor;
        private final int[] caseCounts;
        private final int[] codeCounts;
        private final int[] coderCounts;
        private final int keep;
        private final long[] heapKey;
        private final long[] heapEnd;
        private final int[] heapDoc;
        private int heapSize;
        int total;

        FacetCounter(ReaderTables tables, IProgressMonitor monitor, int keep) {
            this.tables = tables;
            this.monitor = monitor;
            this.keep = keep;
            caseCounts = new int[tables.values(Fields.CASE).length];
            codeCounts = new int[tables.values(Fields.CODE).length];
            coderCounts = new int[tables.values(Fields.CODER).length];
            heapKey = new long[keep];
            heapEnd = new long[keep];
            heapDoc = new int[keep];
        }

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    SortedDocValues cases = DocValues.getSorted(context.reader(), Fields.CASE);
                    SortedDocValues codes = DocValues.getSorted(context.reader(), Fields.CODE);
                    SortedDocValues coders = DocValues.getSorted(context.reader(), Fields.CODER);
                    NumericDocValues starts = keep > 0 ? DocValues.getNumeric(context.reader(), Fields.START) : null;
                    NumericDocValues ends = keep > 0 ? DocValues.getNumeric(context.reader(), Fields.END) : null;
                    int[] caseMap = tables.leafMap(Fields.CASE, context.ord);
                    int[] codeMap = tables.leafMap(Fields.CODE, context.ord);
                    int[] coderMap = tables.leafMap(Fields.CODER, context.ord);
                    int base = context.docBase;
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                            // not needed
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            if ((++total & 0x3fff) == 0 && monitor.isCanceled()) {
                                throw new OperationCanceledException();
                            }
                            cases.advanceExact(doc);
                            int caseIdx = caseMap[cases.ordValue()];
                            caseCounts[caseIdx]++;
                            if (codes.advanceExact(doc)) {
                                codeCounts[codeMap[codes.ordValue()]]++;
                            }
                            if (coders.advanceExact(doc)) {
                                coderCounts[coderMap[coders.ordValue()]]++;
                            }
                            if (keep > 0) {
                                starts.advanceExact(doc);
                                long key = ((long) caseIdx << 40) | (Math.max(0, starts.longValue()) & 0xff_ffff_ffffL);
                                if (heapSize < keep || key <= heapKey[0]) {
                                    ends.advanceExact(doc);
                                    offer(key, ends.longValue(), base + doc);
                                }
                            }
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        /** Max-heap on (key, end, doc): the root is the worst kept hit. */
        private boolean worse(long k1, long e1, int d1, long k2, long e2, int d2) {
            if (k1 != k2) {
                return k1 > k2;
            }
            if (e1 != e2) {
                return e1 > e2;
            }
            return d1 > d2;
        }

        private void offer(long key, long end, int doc) {
            if (heapSize < keep) {
                int i = heapSize++;
                while (i > 0) {
                    int parent = (i - 1) >>> 1;
                    if (!worse(key, end, doc, heapKey[parent], heapEnd[parent], heapDoc[parent])) {
                        break;
                    }
                    set(i, heapKey[parent], heapEnd[parent], heapDoc[parent]);
                    i = parent;
                }
                set(i, key, end, doc);
                return;
            }
            if (!worse(heapKey[0], heapEnd[0], heapDoc[0], key, end, doc)) {
                return;
            }
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && worse(heapKey[child + 1], heapEnd[child + 1], heapDoc[child + 1],
                        heapKey[child], heapEnd[child], heapDoc[child])) {
                    child++;
                }
                if (!worse(heapKey[child], heapEnd[child], heapDoc[child], key, end, doc)) {
                    break;
                }
                set(i, heapKey[child], heapEnd[child], heapDoc[child]);
                i = child;
            }
            set(i, key, end, doc);
        }

        private void set(int i, long key, long end, int doc) {
            heapKey[i] = key;
            heapEnd[i] = end;
            heapDoc[i] = doc;
        }

        /** The kept documents, best first. */
        int[] top() {
            Integer[] order = new Integer[heapSize];
            for (int i = 0; i < heapSize; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> worse(heapKey[a], heapEnd[a], heapDoc[a], heapKey[b], heapEnd[b], heapDoc[b])
                    ? 1 : worse(heapKey[b], heapEnd[b], heapDoc[b], heapKey[a], heapEnd[a], heapDoc[a]) ? -1 : 0);
            int[] docs = new int[heapSize];
            for (int i = 0; i < heapSize; i++) {
                docs[i] = heapDoc[order[i]];
            }
            return docs;
        }

        @Override
        public Object reduce(Collection<Collector> collectors) {
            return this;
        }

        Map<String, Map<String, Integer>> facets() {
            return MomentSearch.facets(tables, caseCounts, codeCounts, coderCounts);
        }
    }

    static Map<String, Map<String, Integer>> facets(ReaderTables tables, int[] cases, int[] codes, int[] coders) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put(Fields.CASE, facet(tables.values(Fields.CASE), cases));
        facets.put(Fields.CODE, facet(tables.values(Fields.CODE), codes));
        facets.put(Fields.CODER, facet(tables.values(Fields.CODER), coders));
        return facets;
    }

    /** The values with a count, most frequent first, ties in name order (names are sorted). */
    private static Map<String, Integer> facet(String[] names, int[] counts) {
        long[] keys = new long[names.length];
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            if (counts[i] > 0) {
                keys[n++] = ((long) (Integer.MAX_VALUE - counts[i]) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, n);
        Map<String, Integer> facet = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (int k = 0; k < n; k++) {
            int i = (int) keys[k];
            facet.put(names[i], counts[i]);
        }
        return java.util.Collections.unmodifiableMap(facet);
    }

    // ---- sequences

    private SearchResult sequence(String text, ParsedQuery query, SearchOptions options, long t0) throws IOException {
        Parallel.Pair<Matches, Matches> operands = Parallel.both(
                () -> Matches.of(searcher, query.first(), tables, monitor, true),
                () -> Matches.of(searcher, query.second(), tables, monitor, false));
        Matches a = operands.first();
        Matches b = operands.second();
        // in time order only the page is needed; other orders sort what is kept
        boolean timeOrder = options.order() == SearchOptions.Order.TIME || options.order() == SearchOptions.Order.RELEVANCE;
        int keep = timeOrder ? Math.min(options.limit(), MAX_KEPT_PAIRS) : MAX_KEPT_PAIRS;
        Pairing pairing = Pairing.of(query, a, b, tables, keep, monitor);
        IntPairs kept = pairing.kept;
        long total = pairing.total;
        int[] caseCounts = pairing.caseCounts;
        int[] codeCounts = pairing.codeCounts;
        int[] coderCounts = pairing.coderCounts;
        boolean pairs = query.kind().pairs();
        int[] order = order(kept, a, options.order());
        int n = Math.min(options.limit(), order.length);
        int[] firstIds = new int[n];
        int[] secondIds = new int[pairs ? n : 0];
        for (int k = 0; k < n; k++) {
            int p = order[k];
            firstIds[k] = a.doc[kept.first[p]];
            if (pairs) {
                secondIds[k] = b.doc[kept.second[p]];
            }
        }
        MomentRecord[] firsts = load(firstIds);
        String[] firstSnippets = snippets(query.first(), firsts, options.snippets());
        MomentRecord[] seconds = pairs ? load(secondIds) : null;
        String[] secondSnippets = pairs ? snippets(query.second(), seconds, options.snippets()) : null;
        List<Hit> hits = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            hits.add(pairs ? new Hit(firsts[k], seconds[k], firstSnippets[k], secondSnippets[k])
                    : new Hit(firsts[k], null, firstSnippets[k], ""));
        }
        return new SearchResult(text, pairs, total, hits, facets(tables, caseCounts, codeCounts, coderCounts),
                millis(t0));
    }

    /** Intervals intersect; a point (or a touch) counts when it lies within the other's bounds. */
    static boolean overlap(long s1, long e1, long s2, long e2) {
        if (e1 > s1 && e2 > s2) {
            return s1 < e2 && s2 < e1;
        }
        return s1 <= e2 && s2 <= e1;
    }

    /** Hits in the requested order; they are generated in TIME order already. */
    private int[] order(IntPairs kept, Matches a, SearchOptions.Order order) {
        if (order == SearchOptions.Order.TIME || order == SearchOptions.Order.RELEVANCE) {
            int[] identity = new int[kept.size];
            for (int i = 0; i < identity.length; i++) {
                identity[i] = i;
            }
            return identity;
        }
        Integer[] idx = new Integer[kept.size];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Comparator<Integer> by = switch (order) {
        case DURATION -> Comparator.comparingLong(p -> -(a.end[kept.first[p]] - a.start[kept.first[p]]));
        case CODE -> Comparator.comparingInt(p -> a.codeIdx[kept.first[p]]);
        case CODER -> Comparator.comparingInt(p -> a.coderIdx[kept.first[p]]);
        default -> null;
        };
        if (by != null) {
            Arrays.sort(idx, by); // stable: ties stay in time order
        }
        int[] result = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            result[i] = idx[i];
        }
        return result;
    }

    /** Growable parallel int arrays. */
    static final class IntPairs {
        int size;
        int[] first;
        int[] second;

        IntPairs(int capacity) {
            first = new int[Math.max(16, capacity)];
            second = new int[first.length];
        }

        void add(int f, int s) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
            }
            first[size] = f;
            second[size] = s;
            size++;
        }
    }

    // ---- loading and snippets

    private MomentRecord[] load(int[] ids) throws IOException {
        StoredFields stored = searcher.storedFields();
        MomentRecord[] records = new MomentRecord[ids.length];
        for (int i = 0; i < ids.length; i++) {
            records[i] = Documents.toRecord(stored.document(ids[i]));
        }
        return records;
    }

    private String[] snippets(Query query, MomentRecord[] records, boolean highlight) throws IOException {
        String[] snippets = new String[records.length];
        Set<String> fields = new java.util.HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        boolean note = highlight && (fields.contains(Fields.NOTE) || fields.contains(Fields.ALL));
        boolean transcript = highlight && (fields.contains(Fields.TRANSCRIPT) || fields.contains(Fields.ALL));
        UnifiedHighlighter noteHighlighter = note ? highlighter(Fields.NOTE) : null;
        UnifiedHighlighter transcriptHighlighter = transcript ? highlighter(Fields.TRANSCRIPT) : null;
        for (int i = 0; i < records.length; i++) {
            MomentRecord r = records[i];
            String s = null;
            if (note && !r.note().isEmpty()) {
                s = (String) noteHighlighter.highlightWithoutSearcher(Fields.NOTE, query, r.note(), 1);
            }
            if (s == null && transcript && !r.transcript().isEmpty()) {
                s = (String) transcriptHighlighter.highlightWithoutSearcher(Fields.TRANSCRIPT, query, r.transcript(), 1);
            }
            if (s == null) {
                s = !r.note().isEmpty() ? r.note() : r.transcript();
            }
            s = s.replaceAll("\\s+", " ").trim();
            snippets[i] = s.length() > SNIPPET_CHARS ? s.substring(0, SNIPPET_CHARS - 1) + "…" : s;
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(String field) {
        Set<String> fields = Set.of(field, Fields.ALL);
        return UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .withFieldMatcher(fields::contains)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false) // highlight the words even when other clauses are on other fields
                .build();
    }
}
