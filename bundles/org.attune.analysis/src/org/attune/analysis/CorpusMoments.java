package org.attune.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns the coding model into the analyses' neutral input: one {@link Moment} per
 * {@link CodedMoment}, named by case id, coder id, category path and code label.
 */
public final class CorpusMoments {

    private CorpusMoments() {
    }

    /** Every case of the corpus. Moments that cannot be analysed are left out and reported. */
    public static MomentSet from(Corpus corpus, Consumer<String> problems) {
        return from(corpus.getCases(), problems);
    }

    /**
     * The given cases. A case's session length is the end of its longest media source on the case
     * timeline (offset + duration) when the media durations are known, else the latest moment's end.
     * A moment without a code, whose code cannot be resolved (its scheme file is missing), without a
     * coder, or ending before it starts is left out, and {@code problems} is told which and why.
     */
    public static MomentSet from(List<Case> cases, Consumer<String> problems) {
        MomentSet set = new MomentSet();
        for (Case c : cases) {
            String caseId = caseId(c);
            long mediaEnd = 0;
            for (MediaSource source : c.getMediaSources()) {
                if (source.getDurationMs() > 0) {
                    mediaEnd = Math.max(mediaEnd, source.getOffsetMs() + source.getDurationMs());
                }
            }
            set.setSessionLength(caseId, mediaEnd);
            for (CodedMoment m : c.getMoments()) {
                String where = "case " + caseId + ", moment at " + m.getStartMs() + " ms";
                Code code = m.getCode();
                Coder coder = m.getCoder();
                if (code == null || code.eIsProxy()) {
                    problems.accept(where + ": its code " + (code == null ? "is not set"
                            : "cannot be found (" + EcoreUtil.getURI(code) + ")") + "; left out");
                    continue;
                }
                if (coder == null || coder.eIsProxy() || blank(coder.getId())) {
                    problems.accept(where + ": it has no coder; left out");
                    continue;
                }
                if (m.getStartMs() < 0 || m.getEndMs() < m.getStartMs()) {
                    problems.accept(where + ": it ends (" + m.getEndMs() + " ms) before it starts; left out");
                    continue;
                }
                set.add(new Moment(caseId, coder.getId(), categoryPath(code), codeName(code), m.getStartMs(),
                        m.getEndMs()));
            }
        }
        return set;
    }

    static String caseId(Case c) {
        if (!blank(c.getId())) {
            return c.getId();
        }
        return blank(c.getTitle()) ? "(case without id)" : c.getTitle();
    }

    static String codeName(Code code) {
        return blank(code.getLabel()) ? code.getId() : code.getLabel();
    }

    /** The names of the categories holding the code, outermost first, joined with '/'. */
    static String categoryPath(Code code) {
        List<String> names = new ArrayList<>();
        for (EObject container = code.eContainer(); container instanceof Category category; container = category
                .eContainer()) {
            names.add(0, blank(category.getName()) ? "?" : category.getName());
        }
        return String.join("/", names);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
