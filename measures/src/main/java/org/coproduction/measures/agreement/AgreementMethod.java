package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.value.EnumIds;

/**
 * The agreement coefficients the library computes, each with the publication that defines it.
 */
@Experimental
public enum AgreementMethod {
    /** Cohen's kappa for two raters, every disagreement counted fully. Cohen J (1960). */
    COHEN_KAPPA("Cohen's kappa", "Cohen J (1960). A coefficient of agreement for nominal scales. "
            + "Educational and Psychological Measurement 20:37-46", true),
    /** Cohen's weighted kappa with linear weights. Cohen J (1968). */
    COHEN_KAPPA_LINEAR("Cohen's kappa, linear weights", "Cohen J (1968). Weighted kappa: nominal scale agreement "
            + "with provision for scaled disagreement or partial credit. Psychological Bulletin 70:213-220", false),
    /** Cohen's weighted kappa with quadratic weights. Cohen J (1968); Fleiss JL, Cohen J (1973). */
    COHEN_KAPPA_QUADRATIC("Cohen's kappa, quadratic weights", "Cohen J (1968). Weighted kappa. Psychological "
            + "Bulletin 70:213-220; Fleiss JL, Cohen J (1973). The equivalence of weighted kappa and the intraclass "
            + "correlation coefficient as measures of reliability. Educational and Psychological Measurement 33:613-619",
            false),
    /** Cohen's weighted kappa with linear weights on the scale's values. Cohen J (1968). */
    COHEN_KAPPA_LINEAR_BY_VALUE("Cohen's kappa, linear weights on the scale's values", "Cohen J (1968). Weighted "
            + "kappa: nominal scale agreement with provision for scaled disagreement or partial credit. Psychological "
            + "Bulletin 70:213-220", false),
    /** Cohen's weighted kappa with quadratic weights on the scale's values. Cohen J (1968). */
    COHEN_KAPPA_QUADRATIC_BY_VALUE("Cohen's kappa, quadratic weights on the scale's values", "Cohen J (1968). "
            + "Weighted kappa. Psychological Bulletin 70:213-220", false),
    /** Fleiss' kappa for a fixed number of raters per unit. Fleiss JL (1971). */
    FLEISS_KAPPA("Fleiss' kappa", "Fleiss JL (1971). Measuring nominal scale agreement among many raters. "
            + "Psychological Bulletin 76:378-382", true),
    /** Krippendorff's alpha with the nominal metric. Krippendorff K (2011). */
    KRIPPENDORFF_ALPHA_NOMINAL("Krippendorff's alpha, nominal", Constants.KRIPPENDORFF, true),
    /** Krippendorff's alpha with the ordinal metric. Krippendorff K (2011). */
    KRIPPENDORFF_ALPHA_ORDINAL("Krippendorff's alpha, ordinal", Constants.KRIPPENDORFF, true),
    /** Krippendorff's alpha with the interval metric. Krippendorff K (2011). */
    KRIPPENDORFF_ALPHA_INTERVAL("Krippendorff's alpha, interval", Constants.KRIPPENDORFF, true),
    /** Krippendorff's alpha with the ratio metric. Krippendorff K (2011). */
    KRIPPENDORFF_ALPHA_RATIO("Krippendorff's alpha, ratio", Constants.KRIPPENDORFF, true);

    private final String displayName;
    private final Citation source;

    AgreementMethod(String displayName, String reference, boolean inNotes) {
        this.displayName = displayName;
        this.source = Citation.builder().reference(reference)
                .status(inNotes ? SourceStatus.SECONDARY : SourceStatus.UNVERIFIED)
                .note(inNotes
                        ? "Formula as given in the library's measures notes; worked examples checked against the values "
                                + "quoted there from maintained packages' test suites; the original paper was not read."
                        : "Weights are the standard linear and quadratic disagreement weights, cited from memory; no "
                                + "published worked example was available, so the coefficient is checked against "
                                + "independent computations (brute force; Lin's concordance correlation for quadratic).")
                .build();
    }

    /** Holds the shared reference, which an enum constant's arguments cannot name as a static field of the enum. */
    private static final class Constants {
        static final String KRIPPENDORFF = "Krippendorff K (2011). Computing Krippendorff's alpha-reliability. "
                + "Annenberg School for Communication Departmental Papers 43; Krippendorff K (2019). Content "
                + "Analysis, 4th ed., ch. 12";
    }

    /**
     * The method's name as people write it, such as "Fleiss' kappa".
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The publication that defines the method.
     *
     * @return the citation, not null
     */
    public Citation source() {
        return source;
    }

    static AgreementMethod cohen(Weighting weighting) {
        switch (weighting) {
            case LINEAR:
                return COHEN_KAPPA_LINEAR;
            case QUADRATIC:
                return COHEN_KAPPA_QUADRATIC;
            case LINEAR_BY_VALUE:
                return COHEN_KAPPA_LINEAR_BY_VALUE;
            case QUADRATIC_BY_VALUE:
                return COHEN_KAPPA_QUADRATIC_BY_VALUE;
            default:
                return COHEN_KAPPA;
        }
    }

    static AgreementMethod krippendorff(Metric metric) {
        switch (metric) {
            case ORDINAL:
                return KRIPPENDORFF_ALPHA_ORDINAL;
            case INTERVAL:
                return KRIPPENDORFF_ALPHA_INTERVAL;
            case RATIO:
                return KRIPPENDORFF_ALPHA_RATIO;
            default:
                return KRIPPENDORFF_ALPHA_NOMINAL;
        }
    }

    /**
     * The method's identifier as written in JSON, such as {@code fleiss-kappa}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a method from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the method, not null
     * @throws IllegalArgumentException if the text names no method
     */
    @JsonCreator
    public static AgreementMethod parse(String text) {
        return EnumIds.parse(AgreementMethod.class, text, "agreement method");
    }
}
