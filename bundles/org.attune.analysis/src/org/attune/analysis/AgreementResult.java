package org.attune.analysis;

import java.util.List;

import org.attune.analysis.ConfusionMatrix.CodeAgreement;
import org.attune.analysis.Reliability.AlphaResult;
import org.attune.analysis.Reliability.FleissResult;

/**
 * Agreement in one scope: one case, or all cases pooled.
 *
 * @param scope              the case id, or {@link #POOLED}
 * @param items              number of compared items (moment pairs, or time units x categories)
 * @param percentAgreement   share of agreeing items (two coders), or mean pairwise agreement (more)
 * @param cohenKappa         two coders only; NaN otherwise or when undefined
 * @param confusion          two coders only, else null
 * @param codeAgreements     two coders only: one row per code, {@link ConfusionMatrix#NOTHING} last
 * @param fleiss             more than two coders only, else null
 * @param alpha              Krippendorff's alpha (nominal) on the same items
 */
public record AgreementResult(String scope, int items, double percentAgreement, double cohenKappa,
        ConfusionMatrix confusion, List<CodeAgreement> codeAgreements, FleissResult fleiss, AlphaResult alpha) {

    /** The scope name of the pooled result. */
    public static final String POOLED = "(pooled)";
}
