package org.attune.analysis;

/** How moments are turned into the items the coders agree or disagree on. */
public enum AgreementMethod {
    /** Moments paired by onset within a tolerance or by overlap; two coders. */
    EVENT("event"),
    /** The timeline sliced into units of equal length; Cohen's kappa for two coders, Fleiss' for more. */
    TIME_UNIT("time-unit"),
    /** Krippendorff's alpha (nominal) on time units; any number of coders, missing cases allowed. */
    ALPHA("alpha");

    private final String word;

    AgreementMethod(String word) {
        this.word = word;
    }

    /** The word used on the command line and in reports. */
    public String word() {
        return word;
    }

    public static AgreementMethod fromWord(String word) {
        for (AgreementMethod method : values()) {
            if (method.word.equals(word)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown agreement method '" + word + "' (one of: event, time-unit, alpha)");
    }
}
