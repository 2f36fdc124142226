package org.attune.index.internal.cli;

import java.util.List;
import java.util.Map;

import org.attune.cli.JsonText;
import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.SearchResult;

/** Just enough JSON writing for the CLI's output. */
final class Json {

    private Json() {
    }

    static String string(String s) {
        return JsonText.quote(s);
    }

    static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(string(values.get(i)));
        }
        return out.append(']').toString();
    }

    static String map(Map<String, ?> map) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out.append(first ? "" : ",").append(string(e.getKey())).append(':');
            Object v = e.getValue();
            out.append(v instanceof Number ? v.toString() : string(String.valueOf(v)));
            first = false;
        }
        return out.append('}').toString();
    }

    static String moment(MomentRecord m, String snippet) {
        return "{\"case\":" + string(m.caseId()) + ",\"moment_id\":" + string(m.momentId()) + ",\"case_title\":" + string(m.caseTitle()) + ",\"participants\":"
                + strings(m.participants()) + ",\"start_ms\":" + m.startMs() + ",\"end_ms\":" + m.endMs()
                + ",\"coder\":" + string(m.coder()) + ",\"scheme\":" + string(m.scheme()) + ",\"category\":"
                + strings(m.categoryPath()) + ",\"code_id\":" + string(m.codeId()) + ",\"code\":"
                + string(m.codeLabel()) + ",\"modifiers\":" + map(m.modifiers()) + ",\"note\":" + string(m.note())
                + ",\"transcript\":" + string(m.transcript()) + ",\"snippet\":" + string(snippet) + "}";
    }

    static String result(SearchResult r) {
        StringBuilder out = new StringBuilder();
        out.append("{\"query\":").append(string(r.query())).append(",\"pairs\":").append(r.pairs())
                .append(",\"total\":").append(r.total()).append(",\"took_ms\":").append(r.tookMs())
                .append(",\"hits\":[");
        for (int i = 0; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            out.append(i == 0 ? "\n" : ",\n");
            if (h.isPair()) {
                out.append("{\"first\":").append(moment(h.moment(), h.snippet())).append(",\"second\":")
                        .append(moment(h.second(), h.secondSnippet())).append('}');
            } else {
                out.append(moment(h.moment(), h.snippet()));
            }
        }
        out.append("],\n\"facets\":{");
        boolean first = true;
        for (Map.Entry<String, Map<String, Integer>> facet : r.facets().entrySet()) {
            out.append(first ? "" : ",").append(string(facet.getKey())).append(':').append(map(facet.getValue()));
            first = false;
        }
        return out.append("}}").toString();
    }
}
