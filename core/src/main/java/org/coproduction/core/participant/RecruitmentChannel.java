package org.coproduction.core.participant;

import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * How a person came to be involved.
 *
 * <p>North Tyneside's plan names the ways recruitment may be done, "Via posters, leaflets, or social media",
 * "Existing stakeholder groups" and "Targeted approaches to relevant people with lived experience who the
 * council or partners are aware of"; its Inspire forum recruited "through existing service user support and
 * involvement groups, local organisations' mailing lists, visits to Extra Care schemes, and direct recruitment
 * via allocated workers", the last being "the most effective" and reaching people "who were not currently
 * engaged with existing peer support, campaigning or advocacy organisations" (<i>Stronger Together</i>,
 * 2024). Whether a person was new to involvement is recorded beside the channel
 * ({@link Participant#newToInvolvement()}), so that a council can see which channels reach new people.
 */
@Stable
public enum RecruitmentChannel {
    /** A poster or leaflet. */
    POSTER_OR_LEAFLET,
    /** Social media. */
    SOCIAL_MEDIA,
    /** An existing stakeholder group, such as a partnership board. */
    STAKEHOLDER_GROUP,
    /** An existing service user support or involvement group. */
    EXISTING_GROUP,
    /** A local organisation's mailing list. */
    MAILING_LIST,
    /** A visit to a place where people live or meet, such as an Extra Care scheme. */
    VISIT,
    /** Direct recruitment by the person's allocated worker. */
    ALLOCATED_WORKER,
    /** A targeted approach to a person the council or its partners know of. */
    TARGETED;

    /**
     * The identifier written in JSON, such as {@code allocated-worker}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, RecruitmentChannel> BY_TEXT = EnumIds.index(RecruitmentChannel.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static RecruitmentChannel parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, RecruitmentChannel.class, text, "recruitment channel");
    }
}
