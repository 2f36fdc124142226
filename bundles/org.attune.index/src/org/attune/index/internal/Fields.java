package org.attune.index.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The index's fields: the names users write in queries, and how each is indexed. */
public final class Fields {

    /** Exact values (case-insensitive): the whole value is one term. */
    public static final String CASE = "case";
    public static final String CODER = "coder";
    public static final String SCHEME = "scheme";
    public static final String CATEGORY = "category";
    public static final String CODE = "code";
    /** Analysed full text. */
    public static final String TITLE = "title";
    public static final String PARTICIPANT = "participant";
    public static final String NOTE = "note";
    public static final String TRANSCRIPT = "transcript";
    /** Times in milliseconds: points for ranges, doc values for sorting. */
    public static final String START = "start";
    public static final String END = "end";
    public static final String DURATION = "duration";
    /** A modifier's field is this prefix plus the modifier's name in lower case. */
    public static final String MODIFIER_PREFIX = "modifier.";
    /** Default field of terms without a field: all texts of the moment. */
    public static final String ALL = "all";

    /** Internal: the unit a document was read from (deleted and re-added together). */
    public static final String UNIT = "_unit";
    /** Internal, stored only. */
    public static final String CODE_ID = "_code_id";
    public static final String CODER_ID = "_coder_id";
    public static final String MOMENT_ID = "_moment_id";
    public static final String CATEGORY_PATH = "_category_path";
    public static final String MODIFIERS = "_modifiers";

    public static final Set<String> KEYWORD = Set.of(CASE, CODER, SCHEME, CATEGORY, CODE);
    public static final Set<String> TEXT = Set.of(TITLE, PARTICIPANT, NOTE, TRANSCRIPT, ALL);
    public static final Set<String> TIME = Set.of(START, END, DURATION);

    /** The field names of the query language, in the order the README lists them. */
    public static final List<String> QUERY_FIELDS = List.of(CASE, TITLE, PARTICIPANT, CODER, SCHEME, CATEGORY, CODE,
            NOTE, TRANSCRIPT, START, END, DURATION, ALL);

    private Fields() {
    }

    public static boolean isModifier(String field) {
        return field.startsWith(MODIFIER_PREFIX) && field.length() > MODIFIER_PREFIX.length();
    }

    /** The field of a modifier: {@code modifier.} plus its name in lower case, blanks as '_'. */
    public static String modifierField(String modifierName) {
        return MODIFIER_PREFIX + modifierName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    public static String normalize(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** Full text: standard tokenisation, lower case, no stop words (a note may be "and then"). */
    public static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        Analyzer text = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return KEYWORD.contains(fieldName) || isModifier(fieldName) ? keyword : text;
            }
        };
    }
}
