package org.attune.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.attune.analysis.CodeColors;
import org.attune.analysis.CorpusMoments;
import org.attune.analysis.MomentSet;
import org.attune.model.Case;
import org.attune.model.Corpus;
import org.attune.ui.WorkbenchSession;

/**
 * A snapshot of the open corpus for the analyses, taken on the UI thread (the model is not read from
 * other threads): its moments, code colours, the open case. The jobs compute on the snapshot.
 */
record AnalysisInput(MomentSet moments, CodeColors colors, String caseId, List<String> problems) {

    /** The snapshot of what the workbench has open; null when no corpus is open. */
    static AnalysisInput of(WorkbenchSession session) {
        Corpus corpus = session.corpus();
        if (corpus == null) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        List<Case> cases = List.copyOf(corpus.getCases());
        MomentSet moments = CorpusMoments.from(cases, problems::add);
        Case open = session.currentCase();
        String caseId = open == null ? null : moments.cases().stream().filter(id -> id.equals(open.getId())).findFirst()
                .orElse(null);
        return new AnalysisInput(moments, CodeColors.of(cases), caseId, problems);
    }
}
