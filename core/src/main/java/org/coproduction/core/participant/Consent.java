package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A person's informed consent to take part: when it was given, what it covers, whether it was confirmed
 * that taking part was not coerced, and when (if ever) it was withdrawn.
 *
 * <p>"Ethical principles of informed consent and non-coercion will always apply" (North Tyneside Council,
 * <i>Stronger Together</i>, 2024, step 2). Withdrawal does not erase the past: records from before the withdrawal date stay, and no
 * attendance may be recorded after it (checked by
 * {@link org.coproduction.core.recording.CoproductionRecord}). A payment statement, whatever records it is
 * given, pays no attendance on a day consent did not cover: it holds it with the reason.
 *
 * <p>Rules: the scope is not blank; taking part must be recorded as not coerced (consent obtained under
 * pressure is not consent); withdrawal is not before the consent was given.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Consent implements WithConsent {

    /**
     * When consent was given; a month or year when only that is recorded.
     *
     * @return the date, not null
     */
    public abstract PartialDate givenOn();

    /**
     * What the consent covers, in the words agreed with the person, such as "taking part in the forum and
     * its projects; anonymised quotes in reports".
     *
     * @return the scope, not blank
     */
    public abstract String scope();

    /**
     * Whether it was checked and recorded that the person chose freely to take part, without pressure and
     * knowing that saying no would not affect their care and support. Must be true.
     *
     * @return true when non-coercion was confirmed
     */
    public abstract boolean confirmedNotCoerced();

    /**
     * The day consent was withdrawn, if it was.
     *
     * @return the day, or empty while consent stands
     */
    public abstract Optional<LocalDate> withdrawnOn();

    /**
     * A builder for consent.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Consent} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableConsent.Builder {
        Builder() {
        }
    }

    /**
     * Consent given on a date for a scope, confirmed as not coerced, not withdrawn.
     *
     * @param givenOn  when consent was given, not null
     * @param scope  what it covers, not blank
     * @return the consent, not null
     * @throws org.coproduction.core.validation.ValidationException if the scope is blank
     */
    public static Consent given(PartialDate givenOn, String scope) {
        return builder().givenOn(givenOn).scope(scope).confirmedNotCoerced(true).build();
    }

    /**
     * This consent withdrawn on a day.
     *
     * @param day  the day of withdrawal, not null
     * @return a copy with the withdrawal date, not null
     * @throws org.coproduction.core.validation.ValidationException if the day is before consent was given
     */
    public Consent withdrawn(LocalDate day) {
        return this.withWithdrawnOn(day);
    }

    /**
     * Whether consent stands on a day: it has not been withdrawn on or before that day. The day of
     * withdrawal itself still counts as covered, so an activity earlier that day stays valid.
     *
     * @param day  the day, not null
     * @return true unless consent was withdrawn before the day
     */
    public boolean coversDay(LocalDate day) {
        return withdrawnOn().map(w -> !day.isAfter(w)).orElse(true);
    }

    /**
     * Reads consent from JSON through one factory call rather than one reflective setter per field, as every participant has one. Absent fields are left unset, so that the builder names every missing required field.
     */
    @JsonCreator
    static Consent fromJson(
            @JsonProperty("givenOn") PartialDate givenOn,
            @JsonProperty("scope") String scope,
            @JsonProperty("confirmedNotCoerced") Boolean confirmedNotCoerced,
            @JsonProperty("withdrawnOn") LocalDate withdrawnOn) {
        Consent.Builder builder = builder();
        if (givenOn != null) {
            builder.givenOn(givenOn);
        }
        if (scope != null) {
            builder.scope(scope);
        }
        if (confirmedNotCoerced != null) {
            builder.confirmedNotCoerced(confirmedNotCoerced);
        }
        if (withdrawnOn != null) {
            builder.withdrawnOn(withdrawnOn);
        }
        return builder.build();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Consent")
                .notBlank(scope(), "scope")
                .check(confirmedNotCoerced(), "confirmedNotCoerced",
                        "must be true: taking part must be recorded as freely chosen", false);
        withdrawnOn().ifPresent(w -> problems.check(!w.isBefore(givenOn().earliest()), "withdrawnOn",
                "must not be before consent was given on " + givenOn(), w));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Consent given " + givenOn() + withdrawnOn().map(w -> ", withdrawn " + w).orElse("");
    }
}
