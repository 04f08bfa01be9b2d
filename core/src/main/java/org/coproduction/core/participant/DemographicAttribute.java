package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * The equality-monitoring attributes of {@link Demographics}, as counted in a {@link DemographicProfile}.
 */
@Stable
public enum DemographicAttribute {
    /** The age band, in the council's bands. */
    AGE_BAND(Demographics::ageBand),
    /** The ethnic group, in the council's categories. */
    ETHNICITY(Demographics::ethnicity),
    /** Disability, in the council's categories. */
    DISABILITY(Demographics::disability),
    /** Sexual orientation, in the council's categories. */
    SEXUAL_ORIENTATION(Demographics::sexualOrientation),
    /** Gender identity, in the council's categories. */
    GENDER_IDENTITY(Demographics::genderIdentity),
    /** Whether the person is an unpaid carer, counted as {@code yes} or {@code no}. */
    CARER(d -> d.carer().map(carer -> carer ? "yes" : "no")),
    /** The area the person lives in, at the council's level of detail. */
    AREA(Demographics::area);

    private final Function<Demographics, Optional<String>> category;

    DemographicAttribute(Function<Demographics, Optional<String>> category) {
        this.category = category;
    }

    /** The person's category for this attribute; kept in this package so that it is only used for counting. */
    Optional<String> categoryOf(Demographics demographics) {
        return category.apply(demographics);
    }

    /**
     * The identifier written in JSON, such as {@code age-band}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, DemographicAttribute> BY_TEXT = EnumIds.index(DemographicAttribute.class);

    /**
     * Reads an attribute from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the attribute, not null
     * @throws IllegalArgumentException if the text names no attribute, listing the allowed ones
     */
    @JsonCreator
    public static DemographicAttribute parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, DemographicAttribute.class, text, "demographic attribute");
    }
}
