package org.coproduction.measures.interval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.value.EnumIds;

/**
 * The methods the library uses to put a confidence interval round a figure, each with the publication
 * that defines it. Every {@link ConfidenceInterval} names its method, so a reader can tell a Wilson
 * interval from a Newcombe interval and never mixes them.
 */
public enum IntervalMethod {
    /**
     * Wilson score interval for a single proportion; Newcombe's (1998b) "method 3", which he recommends.
     * Wilson EB (1927), <i>J Am Stat Assoc</i> 22:209–212.
     */
    WILSON_SCORE("Wilson score interval",
            "Wilson EB (1927). Probable inference, the law of succession, and statistical inference. "
                    + "J Am Stat Assoc 22:209-212; Newcombe RG (1998). Two-sided confidence intervals for the "
                    + "single proportion: comparison of seven methods. Stat Med 17:857-872 (method 3)",
            SourceStatus.SECONDARY, Constants.IN_NOTES),
    /**
     * Newcombe's hybrid score interval for the difference between two independent proportions, built from
     * the two Wilson intervals; "method 10" of Newcombe (1998a), <i>Stat Med</i> 17:873–890.
     */
    NEWCOMBE_HYBRID_SCORE("Newcombe hybrid score interval (method 10)",
            "Newcombe RG (1998). Interval estimation for the difference between independent proportions: "
                    + "comparison of eleven methods. Stat Med 17:873-890 (method 10)",
            SourceStatus.SECONDARY, Constants.IN_NOTES),
    /**
     * Exact (Garwood) interval for a Poisson count, from the chi-square quantiles.
     * Garwood F (1936), <i>Biometrika</i> 28:437–442.
     */
    POISSON_EXACT("Exact Poisson (Garwood) interval",
            "Garwood F (1936). Fiducial limits for the Poisson distribution. Biometrika 28:437-442",
            SourceStatus.SECONDARY, Constants.POISSON),
    /**
     * Exact (Garwood) interval for a rate: the count's Garwood limits divided by the exposure.
     * Garwood F (1936), <i>Biometrika</i> 28:437–442.
     */
    POISSON_EXACT_RATE("Exact Poisson (Garwood) interval for a rate",
            "Garwood F (1936). Fiducial limits for the Poisson distribution. Biometrika 28:437-442; "
                    + "the count's limits divided by the exposure",
            SourceStatus.SECONDARY, Constants.POISSON),
    /**
     * Exact conditional interval for the ratio of two Poisson rates: given the total count, the first
     * count is binomial, and the Clopper-Pearson limits of its proportion are turned into limits for the
     * ratio. Clopper CJ, Pearson ES (1934), <i>Biometrika</i> 26:404–413; Ederer F, Mantel N (1974),
     * <i>Am J Epidemiol</i> 100:165–167. It is the method of R's {@code poisson.test} for two samples.
     */
    RATE_RATIO_EXACT_CONDITIONAL("Exact conditional interval for a rate ratio",
            "Clopper CJ, Pearson ES (1934). The use of confidence or fiducial limits illustrated in the case of "
                    + "the binomial. Biometrika 26:404-413; Ederer F, Mantel N (1974). Confidence limits on the "
                    + "ratio of two Poisson variables. Am J Epidemiol 100:165-167",
            SourceStatus.UNVERIFIED, Constants.RATE_RATIO),
    /**
     * Student's t interval for a mean: the mean plus or minus the t quantile with n − 1 degrees of freedom
     * times the standard error. Student (1908), <i>Biometrika</i> 6:1–25.
     */
    T_MEAN("Student's t interval for a mean",
            "Student (1908). The probable error of a mean. Biometrika 6:1-25",
            SourceStatus.SECONDARY, Constants.STUDENT),
    /**
     * Student's t interval for the mean of paired before/after differences (the paired t interval).
     * Student (1908), <i>Biometrika</i> 6:1–25, whose worked example is itself paired.
     */
    T_PAIRED_CHANGE("Student's paired t interval for a mean change",
            "Student (1908). The probable error of a mean. Biometrika 6:1-25 (paired differences)",
            SourceStatus.SECONDARY, Constants.STUDENT),
    /**
     * Pooled two-proportion z-test of no difference (a test, not an interval).
     * Standard textbook method; see Newcombe (1998a) for its relation to the score intervals.
     */
    TWO_PROPORTION_Z_TEST("Pooled two-proportion z-test",
            "Pooled two-proportion z-test (standard method), as given in the library's measures notes, section 3.3",
            SourceStatus.SECONDARY, Constants.IN_NOTES);

    private final String displayName;
    private final Citation source;

    IntervalMethod(String displayName, String reference, SourceStatus status, String note) {
        this.displayName = displayName;
        this.source = Citation.builder().reference(reference).status(status).note(note).build();
    }

    /** Notes shared by several methods, which enum constants cannot take from static fields of the enum. */
    private static final class Constants {
        static final String IN_NOTES = "Formula as given in the library's measures notes and checked against the "
                + "published values quoted there from maintained packages' test suites; the original paper was not read.";
        static final String POISSON = "Standard chi-square form of Garwood's limits; checked against the x = 0 upper "
                + "limit 3.689 printed in the epitools documentation and by solving the Poisson tail equations; the "
                + "original paper was not read.";
        static final String RATE_RATIO = "Method as described for R's poisson.test (conditioning on the total, via "
                + "binom.test); checked by solving the binomial tail equations; the papers were not read.";
        static final String STUDENT = "Standard t interval; checked against hand arithmetic on Student's own sleep "
                + "data; the paper was not read.";
    }

    /**
     * The method's name as people write it, such as "Wilson score interval".
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

    /**
     * The method's identifier as written in JSON, such as {@code wilson-score}.
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
     * @param text  the text, such as {@code wilson-score}, not null
     * @return the method, not null
     * @throws IllegalArgumentException if the text names no method, listing the methods there are
     */
    @JsonCreator
    public static IntervalMethod parse(String text) {
        return EnumIds.parse(IntervalMethod.class, text, "interval method");
    }
}
