package org.attune.index.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * For one reader: the distinct values of the facet fields (case, code, coder) across all
 * segments, sorted, and per segment a table from the segment's ordinal to the global index.
 * Lets collectors count and compare cases with ints. Built once per reader (a few ms).
 */
public final class ReaderTables {

    public static final List<String> FACET_FIELDS = List.of(Fields.CASE, Fields.CODE, Fields.CODER);

    public final IndexReader reader;
    /** Per facet field: its distinct values, sorted. */
    private final Map<String, String[]> values = new HashMap<>();
    /** Per facet field, per leaf ord: segment ordinal → global index. */
    private final Map<String, int[][]> leafMaps = new HashMap<>();
    private final Set<String> modifierFields = new TreeSet<>();

    private ReaderTables(IndexReader reader) {
        this.reader = reader;
    }

    public static ReaderTables build(IndexReader reader) throws IOException {
        ReaderTables tables = new ReaderTables(reader);
        List<LeafReaderContext> leaves = reader.leaves();
        for (String field : FACET_FIELDS) {
            TreeSet<String> all = new TreeSet<>();
            String[][] perLeaf = new String[leaves.size()][];
            for (LeafReaderContext leaf : leaves) {
                SortedDocValues dv = DocValues.getSorted(leaf.reader(), field);
                String[] names = new String[dv.getValueCount()];
                for (int ord = 0; ord < names.length; ord++) {
                    names[ord] = dv.lookupOrd(ord).utf8ToString();
                }
                perLeaf[leaf.ord] = names;
                for (String name : names) {
                    all.add(name);
                }
            }
            String[] sorted = all.toArray(new String[0]);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                index.put(sorted[i], i);
            }
            int[][] maps = new int[leaves.size()][];
            for (int l = 0; l < leaves.size(); l++) {
                maps[l] = new int[perLeaf[l].length];
                for (int ord = 0; ord < perLeaf[l].length; ord++) {
                    maps[l][ord] = index.get(perLeaf[l][ord]);
                }
            }
            tables.values.put(field, sorted);
            tables.leafMaps.put(field, maps);
        }
        for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
            if (Fields.isModifier(info.name)) {
                tables.modifierFields.add(info.name);
            }
        }
        return tables;
    }

    public String[] values(String field) {
        return values.get(field);
    }

    public int[] leafMap(String field, int leafOrd) {
        return leafMaps.get(field)[leafOrd];
    }

    public Set<String> modifierFields() {
        return modifierFields;
    }
}
