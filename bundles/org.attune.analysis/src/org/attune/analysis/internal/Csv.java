package org.attune.analysis.internal;

import java.util.List;

import org.attune.analysis.AnalysisCsv;

/** Writes RFC 4180 CSV lines ({@link AnalysisCsv#line}); numbers with a dot, undefined statistics as empty fields. */
final class Csv {

    private Csv() {
    }

    static String line(List<?> fields) {
        return AnalysisCsv.line(fields);
    }
}
