package org.coproduction.core.participant;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Optional equality-monitoring attributes a person chose to share: age band, ethnicity, disability, sexual
 * orientation, gender identity, carer status and area.
 *
 * <p>They exist so that a council can see whether the people it involves reflect the people it serves
 * (of North Tyneside's Inspire forum: "The membership is diverse in terms of age, nature of disability, and
 * level of needs for support"). Several are special
 * category data, so the library only ever uses them in aggregate: they never appear in {@code toString()},
 * messages or per-person query results. Categories are the council's own (for example the Census 2021
 * ethnic groups), held as text; every attribute may be left out, and a value such as {@code prefer not to say} is
 * the council's own category value. A category that is on no code list given to
 * {@link DemographicProfile#of(java.util.Collection, org.coproduction.core.disclosure.DisclosureControl, java.util.Map)}
 * is treated as text the person may have written, and is not printed unless at least as many people as the
 * rule's threshold gave it.
 *
 * <p>Rule: an attribute that is present is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Demographics implements WithDemographics {

    /**
     * The age band, in the council's bands, such as {@code 65-74}.
     *
     * @return the band, or empty
     */
    public abstract Optional<String> ageBand();

    /**
     * The ethnic group, in the council's categories.
     *
     * @return the group, or empty
     */
    public abstract Optional<String> ethnicity();

    /**
     * Disability, in the council's categories (for example "yes", "no" or an impairment group).
     *
     * @return the category, or empty
     */
    public abstract Optional<String> disability();

    /**
     * Sexual orientation, in the council's categories.
     *
     * @return the category, or empty
     */
    public abstract Optional<String> sexualOrientation();

    /**
     * Gender identity, in the council's categories.
     *
     * @return the category, or empty
     */
    public abstract Optional<String> genderIdentity();

    /**
     * Whether the person is an unpaid carer, as they describe themselves.
     *
     * @return the carer status, or empty
     */
    public abstract Optional<Boolean> carer();

    /**
     * The area the person lives in, at the council's level of detail (such as a locality or ward).
     *
     * @return the area, or empty
     */
    public abstract Optional<String> area();

    /**
     * A builder for demographic attributes.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Demographics} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDemographics.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Demographics");
        ageBand().ifPresent(v -> problems.check(!v.isBlank(), "ageBand", "must not be blank when present"));
        ethnicity().ifPresent(v -> problems.check(!v.isBlank(), "ethnicity", "must not be blank when present"));
        disability().ifPresent(v -> problems.check(!v.isBlank(), "disability", "must not be blank when present"));
        sexualOrientation().ifPresent(v -> problems.check(!v.isBlank(), "sexualOrientation",
                "must not be blank when present"));
        genderIdentity().ifPresent(v -> problems.check(!v.isBlank(), "genderIdentity", "must not be blank when present"));
        area().ifPresent(v -> problems.check(!v.isBlank(), "area", "must not be blank when present"));
        problems.throwIfAny();
    }

    /**
     * Says only that demographic attributes are held, never their values.
     *
     * @return a text without any attribute values, not null
     */
    @Override
    public String toString() {
        return "Demographics (held for aggregate use only)";
    }
}
