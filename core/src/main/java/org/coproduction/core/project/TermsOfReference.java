package org.coproduction.core.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Sources;
import org.coproduction.core.source.Finding;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The terms of reference a group agrees for itself: its purpose and aims, methods, how often and how long it
 * meets, practical and accessibility arrangements, ground rules, and how it will be evaluated.
 *
 * <p>These are the headings North Tyneside's groups agree at the start of working together (<i>Stronger
 * Together</i>, 2024, step 3; the Inspire forum wrote its own terms of reference).
 *
 * <p>Terms of reference are also a document that is kept up to date: a version, the day it was approved,
 * how often it is reviewed and when the next review is due. North Tyneside's <i>Stronger Together</i> (2024)
 * carries these four in its own document control (version 1.0, approved 14 August 2024, reviewed annually,
 * next review August 2025); the source does not show the Inspire forum's terms of reference themselves, so
 * that a group's terms carry the same four is the library's suggestion, modelled on that document control.
 * {@link #reviewFinding(LocalDate)} reports a review that is overdue.
 *
 * <p>Rules: the purpose is not blank; every listed text is not blank; the version, when given, is not blank;
 * the review interval, when given, is at least one month; the next review is not certainly before the
 * approval.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TermsOfReference implements WithTermsOfReference {

    /**
     * The group's purpose in its own words.
     *
     * @return the purpose, not blank
     */
    public abstract String purpose();

    /**
     * The group's aims.
     *
     * @return the aims, not null
     */
    public abstract List<String> aims();

    /**
     * The methods the group will use, such as meetings, workshops or surveys.
     *
     * @return the methods, not null
     */
    public abstract List<String> methods();

    /**
     * How often the group meets and for how long it will run, such as "monthly, two hours, ongoing".
     *
     * @return the frequency and duration, or empty
     */
    public abstract Optional<String> frequencyAndDuration();

    /**
     * Practical and accessibility arrangements, such as venues, formats and support.
     *
     * @return the arrangements, not null
     */
    public abstract List<String> practicalArrangements();

    /**
     * The ground rules the group agreed.
     *
     * @return the ground rules, not null
     */
    public abstract List<String> groundRules();

    /**
     * How the group's work will be evaluated.
     *
     * @return the evaluation, or empty
     */
    public abstract Optional<String> evaluation();

    /**
     * When the group agreed the terms.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> agreedOn();

    /**
     * The version of the terms, such as {@code 1.0}.
     *
     * @return the version, or empty
     */
    public abstract Optional<String> version();

    /**
     * When this version of the terms was approved.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> approvedOn();

    /**
     * How many months may pass between reviews: 12 for terms reviewed annually.
     *
     * @return the months, at least 1, or empty
     */
    public abstract Optional<Integer> reviewIntervalMonths();

    /**
     * When the next review is due, such as August 2025.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> nextReview();

    /**
     * The last day by which the terms should be reviewed: the last day of the {@linkplain #nextReview() next
     * review} when it is given; otherwise the last possible day of the {@linkplain #approvedOn() approval} plus
     * the {@linkplain #reviewIntervalMonths() review interval}. A date known only to the month counts to the
     * month's end, so that a review is never called overdue before it certainly is.
     *
     * @return the day, or empty when neither is known
     */
    public Optional<LocalDate> reviewDueBy() {
        Optional<PartialDate> next = nextReview().filter(PartialDate::isKnown);
        if (next.isPresent()) {
            return Optional.of(next.get().latest());
        }
        Optional<PartialDate> approved = approvedOn().filter(PartialDate::isKnown);
        if (approved.isPresent() && reviewIntervalMonths().isPresent()) {
            return Optional.of(approved.get().latest().plusMonths(reviewIntervalMonths().get()));
        }
        return Optional.empty();
    }

    /**
     * A finding when the terms were due for review before a day: a group's terms that are not reviewed drift
     * from how it works.
     *
     * @param asOf  the day to judge on, not null
     * @return the finding, with an empty path (the caller places it), or empty when the review is not overdue
     *     or no review date is known
     */
    public Optional<Finding> reviewFinding(LocalDate asOf) {
        return reviewDueBy().filter(due -> due.isBefore(asOf)).map(due -> new Finding("", "review-overdue",
                "The terms of reference" + version().map(v -> " (version " + v + ")").orElse("")
                        + " were due for review by " + due + "; as of " + asOf + " no later version is recorded",
                Sources.STRONGER_TOGETHER));
    }

    /**
     * A builder for terms of reference.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TermsOfReference} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableTermsOfReference.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("TermsOfReference").notBlank(purpose(), "purpose");
        notBlank(problems, aims(), "aims");
        notBlank(problems, methods(), "methods");
        notBlank(problems, practicalArrangements(), "practicalArrangements");
        notBlank(problems, groundRules(), "groundRules");
        frequencyAndDuration().ifPresent(t -> problems.check(!t.isBlank(), "frequencyAndDuration",
                "must not be blank when present"));
        evaluation().ifPresent(t -> problems.check(!t.isBlank(), "evaluation", "must not be blank when present"));
        version().ifPresent(t -> problems.check(!t.isBlank(), "version", "must not be blank when present"));
        reviewIntervalMonths().ifPresent(m -> problems.check(m >= 1, "reviewIntervalMonths",
                "must be at least 1 month", m));
        if (approvedOn().isPresent() && nextReview().isPresent()) {
            problems.check(!nextReview().get().isCertainlyBefore(approvedOn().get()), "nextReview",
                    "must not be before the terms were approved on " + approvedOn().get(), nextReview().get());
        }
        problems.throwIfAny();
    }

    private static void notBlank(Violations problems, List<String> texts, String path) {
        for (int i = 0; i < texts.size(); i++) {
            problems.check(!texts.get(i).isBlank(), path + "[" + i + "]", "must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Terms of reference: " + purpose();
    }
}
