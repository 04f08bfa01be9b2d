package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * The role in which a person (or an organisation) takes part in co-production.
 *
 * <p>The roles are those the sources name: people with lived experience of care and support, unpaid carers
 * and family members (together "experts by experience"), practitioners, managers, commissioners, elected
 * members, advocates, personal assistants, and partner organisations such as Healthwatch, user-led
 * organisations and voluntary groups (North Tyneside Council, <i>Stronger Together</i>, 2024; Shropshire
 * Council, <i>Your guide to being an Expert by Experience</i>; Rich Watts on Disabled People's User-Led
 * Organisations). A person may hold more than one role, for example a practitioner who is also an unpaid
 * carer.
 */
@Stable
public enum ParticipantRole {
    /** A person with lived experience of care and support: someone who uses or has used adult social care. */
    LIVED_EXPERIENCE(Kind.EXPERT_BY_EXPERIENCE),
    /** An unpaid carer looking after a family member, partner or friend. */
    UNPAID_CARER(Kind.EXPERT_BY_EXPERIENCE),
    /** A family member of a person who uses care and support. */
    FAMILY_MEMBER(Kind.EXPERT_BY_EXPERIENCE),
    /** A personal assistant employed through a Direct Payment (Shropshire's Direct Payments Board). */
    PERSONAL_ASSISTANT(Kind.OTHER),
    /** A practitioner, such as a social worker or occupational therapist. */
    PRACTITIONER(Kind.STAFF),
    /** A manager, including senior leaders such as a Director of Adult Social Care. */
    MANAGER(Kind.STAFF),
    /** A commissioner of services. */
    COMMISSIONER(Kind.STAFF),
    /** An elected member (councillor). */
    ELECTED_MEMBER(Kind.OTHER),
    /** An independent advocate. */
    ADVOCATE(Kind.OTHER),
    /** A partner organisation such as Healthwatch or an NHS body, taking part through a representative. */
    PARTNER_ORGANISATION(Kind.ORGANISATION),
    /** A user-led organisation, run and controlled by people who use services. */
    USER_LED_ORGANISATION(Kind.ORGANISATION),
    /** A voluntary or community group. */
    VOLUNTARY_GROUP(Kind.ORGANISATION);

    private enum Kind { EXPERT_BY_EXPERIENCE, STAFF, ORGANISATION, OTHER }

    private final Kind kind;

    ParticipantRole(Kind kind) {
        this.kind = kind;
    }

    /**
     * Whether the role brings lived experience: a person with lived experience of care and support, an unpaid
     * carer or a family member ("experts by experience" in Shropshire's and North Tyneside's words).
     *
     * @return true for lived experience, unpaid carer and family member
     */
    public boolean isLivedExperience() {
        return kind == Kind.EXPERT_BY_EXPERIENCE;
    }

    /**
     * Whether the role is a member of council or NHS staff: practitioner, manager or commissioner.
     *
     * @return true for staff roles
     */
    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /**
     * Whether the role is an organisation taking part through a representative.
     *
     * @return true for partner organisations, user-led organisations and voluntary groups
     */
    public boolean isOrganisation() {
        return kind == Kind.ORGANISATION;
    }

    /**
     * The identifier written in JSON, such as {@code unpaid-carer}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ParticipantRole> BY_TEXT = EnumIds.index(ParticipantRole.class);

    /**
     * Reads a role from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the role, not null
     * @throws IllegalArgumentException if the text names no role, listing the allowed ones
     */
    @JsonCreator
    public static ParticipantRole parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ParticipantRole.class, text, "participant role");
    }
}
