package org.attune.analysis;

import java.util.List;

/**
 * The outcome of {@link Agreement#compute}: one result per case that could be compared, the pooled
 * result, and the cases left out with the reason.
 */
public record AgreementReport(AgreementMethod method, List<String> coders, long toleranceMs, long unitMs,
        List<AgreementResult> cases, AgreementResult pooled, List<Skipped> skipped) {

    /** A case that was not compared, and why. */
    public record Skipped(String caseId, String reason) {
    }
}
