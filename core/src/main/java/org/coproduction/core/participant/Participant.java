package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.internal.PersonalValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A person (or an organisation's representative) who takes part in co-production, known to the library only
 * by a pseudonymous identifier such as {@code p-001}.
 *
 * <p>It records what the sources say matters about taking part: the roles the person brings (lived
 * experience, unpaid carer, practitioner, manager and so on); the level of involvement they want, chosen in
 * incremental steps (Scottish adult support and protection project); how they like to take part and their
 * access needs and formats, learnt when the lead first meets them (North Tyneside Council, <i>Stronger
 * Together</i>, 2024); their informed consent, freely given and open to withdrawal; how they want to be
 * recompensed for their time, including declining; and, if they chose to share them, demographic attributes
 * used only in aggregate: no public method returns one person's attributes; {@link DemographicProfile} counts
 * them for a group under a disclosure rule. It also records how the person came to be involved and whether
 * they were new to involvement (North Tyneside's recruitment routes), and the training and mentoring they
 * received to take part (Care Act procedures). Names and contact details are never held: they stay in the council's own system.
 *
 * <p>Rules: the identifier keeps the identifier rule ({@code p-001}); at least one role; an organisation
 * name only for an organisation role and then not blank.
 *
 * <pre>{@code
 * Participant p = Participant.builder()
 *     .id("p-001")
 *     .addRole(ParticipantRole.LIVED_EXPERIENCE)
 *     .involvement(InvolvementLevel.REGULAR_MEMBER)
 *     .addMode(ParticipationMode.IN_PERSON)
 *     .addAccessNeed(AccessNeed.EASY_READ)
 *     .consent(Consent.given(PartialDate.parse("2024-01-15"), "forum meetings and projects"))
 *     .recompense(RecompensePreference.VOUCHER)
 *     .build();
 * }</pre>
 */
@Stable
@Value.Immutable
@PersonalValueStyle
@JsonValueType
public abstract class Participant implements WithParticipant {

    /**
     * The pseudonymous identifier, such as {@code p-001}; it must not be derived from the person's name.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * The roles the person takes part in; at least one.
     *
     * @return the roles, not empty
     */
    public abstract Set<ParticipantRole> roles();

    /**
     * For an organisation taking part (Healthwatch, a user-led organisation, a voluntary group), the
     * organisation's public name, such as "Healthwatch North Tyneside". Never a person's name.
     *
     * @return the organisation's name, or empty
     */
    public abstract Optional<String> organisation();

    /**
     * The level of involvement the person wants, which they may change one step at a time.
     *
     * @return the level, not null
     */
    public abstract InvolvementLevel involvement();

    /**
     * How the person likes to take part; empty when not yet asked.
     *
     * @return the ways of taking part, not null
     */
    public abstract Set<ParticipationMode> modes();

    /**
     * The person's access needs and preferred formats; empty when they have none or have not said.
     *
     * @return the access needs, not null
     */
    public abstract Set<AccessNeed> accessNeeds();

    /**
     * How the person prefers to be contacted (the method only, never the address or number).
     *
     * @return the method, or empty
     */
    public abstract Optional<ContactMethod> preferredContact();

    /**
     * The person's informed consent to take part.
     *
     * @return the consent, not null
     */
    public abstract Consent consent();

    /**
     * How the person wants to be recompensed for their time; empty when they take part as part of their
     * paid job (staff) or have not yet been asked.
     *
     * @return the preference, or empty
     */
    public abstract Optional<RecompensePreference> recompense();

    /**
     * How the person came to be involved, such as through their allocated worker.
     *
     * @return the channel, or empty when not recorded
     */
    public abstract Optional<RecruitmentChannel> recruitedThrough();

    /**
     * Whether the person was new to involvement when recruited: not already engaged with peer support,
     * campaigning, advocacy or involvement groups. North Tyneside's Inspire forum found recruitment through
     * allocated workers reached such people (<i>Stronger Together</i>, 2024).
     *
     * @return true if new, false if already involved, or empty when not recorded
     */
    public abstract Optional<Boolean> newToInvolvement();

    /**
     * The training and mentoring the person received to take part; distinct from training they deliver.
     *
     * @return the training and mentoring, not null
     */
    public abstract List<TrainingReceived> trainingReceived();

    /**
     * Demographic attributes the person chose to share, for aggregate monitoring only. Not public: they are
     * read out only as counts for a group, through {@link DemographicProfile}, which applies disclosure
     * control. They are kept in the participant's JSON so that a council's store loses nothing.
     *
     * <p>They take no part in {@code equals} and {@code hashCode}: otherwise comparing a participant with a
     * copy carrying a guessed value ({@code p.equals(guess)}) would confirm or deny the guess. Two participants
     * are equal when every field with a public accessor is equal; the attributes are compared nowhere.
     *
     * @return the attributes, or empty
     */
    @JsonProperty("demographics")
    @Value.Auxiliary
    abstract Optional<Demographics> demographics();

    /**
     * A builder for a participant.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Participant} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableParticipant.Builder {
        Builder() {
        }
    }

    /**
     * Whether the person brings lived experience of care and support: as a person who uses services, an
     * unpaid carer or a family member.
     *
     * @return true if any role is a lived-experience role
     */
    public boolean hasLivedExperience() {
        return roles().stream().anyMatch(ParticipantRole::isLivedExperience);
    }

    /**
     * Whether the person holds a role.
     *
     * @param role  the role, not null
     * @return true if the person holds it
     */
    public boolean hasRole(ParticipantRole role) {
        return roles().contains(role);
    }

    /**
     * This participant with consent withdrawn on a day. Earlier records stay valid.
     *
     * @param day  the day of withdrawal, not null
     * @return a copy with consent withdrawn, not null
     * @throws org.coproduction.core.validation.ValidationException if the day is before consent was given
     */
    public Participant withConsentWithdrawn(java.time.LocalDate day) {
        return this.withConsent(consent().withdrawn(day));
    }

    /**
     * Reads a participant from JSON through one factory call rather than one reflective setter per field, as a council holds participants by the ten thousand. Absent fields are left unset, so that the builder names every missing required field.
     */
    @JsonCreator
    static Participant fromJson(
            @JsonProperty("id") String id,
            @JsonProperty("roles") Set<ParticipantRole> roles,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("involvement") InvolvementLevel involvement,
            @JsonProperty("modes") Set<ParticipationMode> modes,
            @JsonProperty("accessNeeds") Set<AccessNeed> accessNeeds,
            @JsonProperty("preferredContact") ContactMethod preferredContact,
            @JsonProperty("consent") Consent consent,
            @JsonProperty("recompense") RecompensePreference recompense,
            @JsonProperty("demographics") Demographics demographics,
            @JsonProperty("recruitedThrough") RecruitmentChannel recruitedThrough,
            @JsonProperty("newToInvolvement") Boolean newToInvolvement,
            @JsonProperty("trainingReceived") List<TrainingReceived> trainingReceived) {
        Participant.Builder builder = builder();
        if (id != null) {
            builder.id(id);
        }
        if (roles != null) {
            builder.roles(roles);
        }
        if (organisation != null) {
            builder.organisation(organisation);
        }
        if (involvement != null) {
            builder.involvement(involvement);
        }
        if (modes != null) {
            builder.modes(modes);
        }
        if (accessNeeds != null) {
            builder.accessNeeds(accessNeeds);
        }
        if (preferredContact != null) {
            builder.preferredContact(preferredContact);
        }
        if (consent != null) {
            builder.consent(consent);
        }
        if (recompense != null) {
            builder.recompense(recompense);
        }
        if (demographics != null) {
            builder.demographics(demographics);
        }
        if (recruitedThrough != null) {
            builder.recruitedThrough(recruitedThrough);
        }
        if (newToInvolvement != null) {
            builder.newToInvolvement(newToInvolvement);
        }
        if (trainingReceived != null) {
            builder.trainingReceived(trainingReceived);
        }
        return builder.build();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Participant");
        Ids.check(problems, id(), "id");
        problems.check(!roles().isEmpty(), "roles", "must name at least one role");
        organisation().ifPresent(o -> {
            problems.check(!o.isBlank(), "organisation", "must not be blank when present");
            problems.check(roles().stream().anyMatch(ParticipantRole::isOrganisation), "organisation",
                    "is only for a partner organisation, user-led organisation or voluntary group", o);
        });
        problems.throwIfAny();
    }

    /**
     * The identifier, roles and involvement level only; never demographics or access needs.
     *
     * @return a short description, not null
     */
    @Override
    public String toString() {
        return "Participant " + id() + " " + roles() + ", wants " + involvement().id();
    }
}
