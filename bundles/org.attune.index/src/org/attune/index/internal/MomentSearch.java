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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
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

    private SearchResult plain(String text, Query query, SearchOptions options, long t0) throws IOException {
        Sort sort = sort(options.order());
        FacetCounter facets = new FacetCounter(tables, monitor);
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, Math.max(1, options.limit()), null,
                Math.max(1, options.limit()));
        Object[] both = searcher.search(query, new MultiCollectorManager(top, facets));
        TopFieldDocs docs = (TopFieldDocs) both[0];
        int[] counts = facets.total();
        ScoreDoc[] scoreDocs = docs.scoreDocs;
        int n = Math.min(options.limit(), scoreDocs.length);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = scoreDocs[i].doc;
        }
        List<Hit> hits = new ArrayList<>(n);
        MomentRecord[] records = load(ids);
        String[] snippets = snippets(query, ids, records, options.snippets());
        for (int i = 0; i < n; i++) {
            hits.add(new Hit(records[i], null, snippets[i], ""));
        }
        return new SearchResult(text, false, counts[0], hits, facets.facets(), millis(t0));
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

    /** Counts all matches per case, code and coder. */
    private static final class FacetCounter implements CollectorManager<Collector, Object> {
        private final ReaderTables tables;
        private final IProgressMonitor monitor;
        private final int[] caseCounts;
        private final int[] codeCounts;
        private final int[] coderCounts;
        private int total;

        FacetCounter(ReaderTables tables, IProgressMonitor monitor) {
            this.tables = tables;
            this.monitor = monitor;
            caseCounts = new int[tables.values(Fields.CASE).length];
            codeCounts = new int[tables.values(Fields.CODE).length];
            coderCounts = new int[tables.values(Fields.CODER).length];
        }

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    SortedDocValues cases = DocValues.getSorted(context.reader(), Fields.CASE);
                    SortedDocValues codes = DocValues.getSorted(context.reader(), Fields.CODE);
                    SortedDocValues coders = DocValues.getSorted(context.reader(), Fields.CODER);
                    int[] caseMap = tables.leafMap(Fields.CASE, context.ord);
                    int[] codeMap = tables.leafMap(Fields.CODE, context.ord);
                    int[] coderMap = tables.leafMap(Fields.CODER, context.ord);
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
                            if (cases.advanceExact(doc)) {
                                caseCounts[caseMap[cases.ordValue()]]++;
                            }
                            if (codes.advanceExact(doc)) {
                                codeCounts[codeMap[codes.ordValue()]]++;
                            }
                            if (coders.advanceExact(doc)) {
                                coderCounts[coderMap[coders.ordValue()]]++;
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

        @Override
        public Object reduce(Collection<Collector> collectors) {
            return this;
        }

        int[] total() {
            return new int[] { total };
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

    private static Map<String, Integer> facet(String[] names, int[] counts) {
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(i -> names[i]));
        Map<String, Integer> facet = new LinkedHashMap<>();
        for (Integer i : order) {
            if (counts[i] > 0) {
                facet.put(names[i], counts[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(facet);
    }

    // ---- sequences

    private SearchResult sequence(String text, ParsedQuery query, SearchOptions options, long t0) throws IOException {
        Matches a = searcher.search(query.first(), Matches.collector(tables, monitor));
        Matches b = searcher.search(query.second(), Matches.collector(tables, monitor));
        int[] caseCounts = new int[tables.values(Fields.CASE).length];
        int[] codeCounts = new int[tables.values(Fields.CODE).length];
        int[] coderCounts = new int[tables.values(Fields.CODER).length];
        // kept hits: index into a (and b for pairs)
        IntPairs kept = new IntPairs();
        long total = 0;
        int ia = 0;
        int ib = 0;
        while (ia < a.size) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int c = a.caseIdx[ia];
            int aEnd = ia;
            while (aEnd < a.size && a.caseIdx[aEnd] == c) {
                aEnd++;
            }
            while (ib < b.size && b.caseIdx[ib] < c) {
                ib++;
            }
            int bStart = ib;
            int bEnd = ib;
            while (bEnd < b.size && b.caseIdx[bEnd] == c) {
                bEnd++;
            }
            long maxBDuration = 0;
            for (int j = bStart; j < bEnd; j++) {
                maxBDuration = Math.max(maxBDuration, b.end[j] - b.start[j]);
            }
            for (int i = ia; i < aEnd; i++) {
                int found = 0;
                switch (query.kind()) {
                case THEN: {
                    long limit = a.end[i] + query.withinMs();
                    for (int j = b.lowerBound(bStart, bEnd, a.end[i]); j < bEnd && b.start[j] <= limit; j++) {
                        if (b.doc[j] != a.doc[i]) {
                            found++;
                            if (kept.size < MAX_KEPT_PAIRS) {
                                kept.add(i, j);
                            }
                        }
                    }
                    break;
                }
                case OVERLAPS: {
                    int from = b.lowerBound(bStart, bEnd, a.start[i] - maxBDuration);
                    for (int j = from; j < bEnd && b.start[j] <= a.end[i]; j++) {
                        if (b.doc[j] != a.doc[i] && overlap(a.start[i], a.end[i], b.start[j], b.end[j])) {
                            found++;
                            if (kept.size < MAX_KEPT_PAIRS) {
                                kept.add(i, j);
                            }
                        }
                    }
                    break;
                }
                default: { // NOT FOLLOWED BY
                    long limit = a.end[i] + query.withinMs();
                    boolean followed = false;
                    for (int j = b.lowerBound(bStart, bEnd, a.end[i]); j < bEnd && b.start[j] <= limit; j++) {
                        if (b.doc[j] != a.doc[i]) {
                            followed = true;
                            break;
                        }
                    }
                    if (!followed) {
                        found = 1;
                        if (kept.size < MAX_KEPT_PAIRS) {
                            kept.add(i, -1);
                        }
                    }
                    break;
                }
                }
                if (found > 0) {
                    total += found;
                    caseCounts[c] += found;
                    codeCounts[a.codeIdx[i]] += found;
                    coderCounts[a.coderIdx[i]] += found;
                }
            }
            ia = aEnd;
            ib = bStart;
        }
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
        String[] firstSnippets = snippets(query.first(), firstIds, firsts, options.snippets());
        MomentRecord[] seconds = pairs ? load(secondIds) : null;
        String[] secondSnippets = pairs ? snippets(query.second(), secondIds, seconds, options.snippets()) : null;
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
    private static final class IntPairs {
        int size;
        int[] first = new int[16];
        int[] second = new int[16];

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

    private String[] snippets(Query query, int[] ids, MomentRecord[] records, boolean highlight) throws IOException {
        String[] snippets = new String[ids.length];
        String[] notes = null;
        String[] transcripts = null;
        if (highlight && ids.length > 0) {
            notes = highlighter(Fields.NOTE).highlightFields(new String[] { Fields.NOTE }, query, ids,
                    new int[] { 1 }).get(Fields.NOTE);
            transcripts = highlighter(Fields.TRANSCRIPT).highlightFields(new String[] { Fields.TRANSCRIPT }, query,
                    ids, new int[] { 1 }).get(Fields.TRANSCRIPT);
        }
        for (int i = 0; i < ids.length; i++) {
            String s = notes != null && notes[i] != null ? notes[i]
                    : transcripts != null && transcripts[i] != null ? transcripts[i]
                            : !records[i].note().isEmpty() ? records[i].note() : records[i].transcript();
            s = s.replaceAll("\\s+", " ").trim();
            snippets[i] = s.length() > SNIPPET_CHARS ? s.substring(0, SNIPPET_CHARS - 1) + "…" : s;
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(String field) {
        Set<String> fields = Set.of(field, Fields.ALL);
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .withFieldMatcher(fields::contains)
                .withMaxNoHighlightPassages(0)
                .build();
    }
}
