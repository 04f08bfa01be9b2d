package org.coproduction.measures.interval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.value.EnumIds;

/**
 * The methods the library uses to put a confidence interval round a figure, each with the publication
 * that defines it. Every {@link ConfidenceInterval} names its method, so a reader can tell a Wilson
 * interval from a Newcombe interval and never mixes them.
 */
@Stable
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
     * Newcombe's score interval for the difference between two paired proportions (the same people asked
     * twice), built from the two Wilson intervals with a correction for the correlation between the answers;
     * "method 10" of Newcombe (1998c), <i>Stat Med</i> 17:2635–2650.
     */
    NEWCOMBE_PAIRED_SCORE("Newcombe paired score interval (method 10)",
            "Newcombe RG (1998). Improved confidence intervals for the difference between binomial proportions "
                    + "based on paired data. Stat Med 17:2635-2650 (method 10)",
            SourceStatus.SECONDARY, Constants.PAIRED),
    /**
     * Welch's t interval for the difference between two independent means with unequal variances, with the
     * Welch-Satterthwaite degrees of freedom. Welch BL (1947), <i>Biometrika</i> 34:28–35.
     */
    WELCH_T("Welch's t interval for a difference of means",
            "Welch BL (1947). The generalization of 'Student's' problem when several different population "
                    + "variances are involved. Biometrika 34:28-35; Satterthwaite FE (1946). Biometrics Bulletin 2:110-114",
            SourceStatus.SECONDARY, Constants.WELCH),
    /**
     * Wilson score interval for a weighted share, with Kish's effective sample size (Σw)²/Σw² in place of the
     * number of respondents, so that unequal weights widen the interval by Kish's design effect. Kish L (1965),
     * <i>Survey Sampling</i>; Kish L (1992), <i>J Off Stat</i> 8:183–200.
     */
    WILSON_KISH("Wilson score interval with Kish's effective sample size",
            "Wilson EB (1927). J Am Stat Assoc 22:209-212; Kish L (1965). Survey Sampling. Wiley; Kish L (1992). "
                    + "Weighting for unequal Pi. J Off Stat 8:183-200",
            SourceStatus.UNVERIFIED, Constants.KISH),
    /**
     * Large-sample (Wald) interval for Cohen's kappa, weighted or not, κ ± z·SE with the standard error of
     * Fleiss, Cohen and Everitt (1969), <i>Psychol Bull</i> 72:323–327.
     */
    KAPPA_LARGE_SAMPLE("Large-sample interval for Cohen's kappa",
            "Fleiss JL, Cohen J, Everitt BS (1969). Large sample standard errors of kappa and weighted kappa. "
                    + "Psychol Bull 72:323-327",
            SourceStatus.SECONDARY, Constants.KAPPA),
    /**
     * Interval for Fleiss' kappa, κ ± z·SE₀, with the standard error under the hypothesis of no agreement
     * beyond chance of Fleiss, Nee and Landis (1979), <i>Psychol Bull</i> 86:974–977.
     */
    FLEISS_KAPPA_NULL_SE("Interval for Fleiss' kappa from the standard error under no agreement",
            "Fleiss JL, Nee JCM, Landis JR (1979). Large sample variance of kappa in the case of different sets "
                    + "of raters. Psychol Bull 86:974-977",
            SourceStatus.SECONDARY, Constants.FLEISS),
    /**
     * Percentile bootstrap interval for Krippendorff's alpha, resampling the rated units with replacement
     * from a seeded random stream. Hayes AF, Krippendorff K (2007), <i>Commun Methods Meas</i> 1:77–89.
     */
    ALPHA_BOOTSTRAP("Bootstrap percentile interval for Krippendorff's alpha",
            "Hayes AF, Krippendorff K (2007). Answering the call for a standard reliability measure for coding "
                    + "data. Communication Methods and Measures 1:77-89; Efron B, Tibshirani RJ (1993). An "
                    + "Introduction to the Bootstrap, ch. 13 (percentile interval)",
            SourceStatus.UNVERIFIED, Constants.BOOTSTRAP),
    /**
     * McNemar's test of no change between two paired proportions, from the discordant pairs only: χ² =
     * (b − c)²/(b + c) with one degree of freedom, without continuity correction (a test, not an interval).
     * McNemar Q (1947), <i>Psychometrika</i> 12:153–157.
     */
    MCNEMAR_TEST("McNemar's test",
            "McNemar Q (1947). Note on the sampling error of the difference between correlated proportions or "
                    + "percentages. Psychometrika 12:153-157",
            SourceStatus.SECONDARY, "Standard form without continuity correction, as R's mcnemar.test(correct = "
                    + "FALSE); checked by an independent calculation; the paper was not read."),
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
        static final String PAIRED = "Formula as implemented in maintained packages (Fagerland, Lydersen and Laake's "
                + "contingencytables; biostatUZH); checked against the Cavo et al. (2012) example printed in the "
                + "contingencytables tests; the paper was not read.";
        static final String WELCH = "Standard Welch interval; checked against R's t.test on Student's sleep data "
                + "(its documented example output); the papers were not read.";
        static final String KISH = "Kish's effective sample size n_eff = (Σw)²/Σw², cited from memory, not read; "
                + "putting it in the Wilson interval is a common approximation for weighted survey shares, not an "
                + "exact method; checked against an independent calculation only.";
        static final String KAPPA = "Variance formula as implemented in statsmodels and R's irr; checked against "
                + "irr's published kappa2 outputs and SAS's printout quoted in the statsmodels tests, and by the "
                + "delta method; the paper was not read.";
        static final String FLEISS = "Formula as given in Cardillo's Fleiss routine; checked against its printed "
                + "example (the Fleiss 1971 table of the measures notes) and by an independent calculation; the "
                + "standard error is derived under no agreement beyond chance, so the interval is an "
                + "approximation; the paper was not read.";
        static final String BOOTSTRAP = "Alpha is Krippendorff's; this bootstrap resamples units, the common "
                + "nonparametric bootstrap, not Krippendorff's own algorithm of drawing from the coincidence matrix, "
                + "whose resample-size rule could not be read here.";
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
