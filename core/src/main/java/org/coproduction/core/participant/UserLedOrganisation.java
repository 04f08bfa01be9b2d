package org.coproduction.core.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Sources;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.source.Finding;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A user-led organisation as an organisation, with the checks its definition implies, rather than only a role
 * ({@link ParticipantRole#USER_LED_ORGANISATION}) its representative carries.
 *
 * <p>Rich Watts's post on the history of disabled people's user-led organisations (DPULOs) gives the
 * Department of Health's criteria: values an organisation should adhere to, and characteristics it should
 * demonstrate, among them "a minimum of 75% of voting members on the management board drawn from the
 * organisation's constituency". Each {@link DpuloCriterion} keeps that marking. The post is a secondary
 * account (the Department's own criteria have not been read) and gives the lists as "including", so an
 * organisation that meets them all may still fall short of criteria the library does not know.
 *
 * <p>The voting-member rule is worked out from the board's counts; the other criteria are recorded as met by
 * the council ({@link #criteriaMet()}), since no count shows them. {@link #findings()} names each criterion
 * that is not met or not recorded as met.
 *
 * <p>Rules: the name is not blank; the constituency, when given, is not blank; the board's counts are given
 * together, are not negative, and the members drawn from the constituency are no more than the voting
 * members; the voting-member rule is not recorded by hand in {@link #criteriaMet()}.
 *
 * <pre>{@code
 * UserLedOrganisation ulo = UserLedOrganisation.builder()
 *     .name("Anytown Disabled People's Forum")
 *     .votingBoardMembers(8).votingBoardMembersFromConstituency(6)
 *     .addCriteriaMet(DpuloCriterion.LEGALLY_CONSTITUTED)
 *     .build();
 * ulo.meetsVotingMemberRule();   // Optional[true]: 6 of 8 is 75%
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class UserLedOrganisation implements WithUserLedOrganisation {

    /**
     * The organisation's public name. Never a person's name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Who the organisation is run by and for, such as "disabled people, carers and other people who use
     * support services".
     *
     * @return the constituency, or empty
     */
    public abstract Optional<String> constituency();

    /**
     * How many voting members the management board has.
     *
     * @return the count, not negative, or empty when not known
     */
    public abstract Optional<Integer> votingBoardMembers();

    /**
     * How many of the board's voting members are drawn from the organisation's constituency.
     *
     * @return the count, not negative and not more than the voting members, or empty when not known
     */
    public abstract Optional<Integer> votingBoardMembersFromConstituency();

    /**
     * The criteria the council records the organisation as meeting, other than the voting-member rule, which
     * is worked out from the counts.
     *
     * @return the criteria, not null
     */
    public abstract Set<DpuloCriterion> criteriaMet();

    /**
     * The typical services the organisation delivers; none is required.
     *
     * @return the services, not null
     */
    public abstract Set<DpuloService> services();

    /**
     * A builder for a user-led organisation.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link UserLedOrganisation} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableUserLedOrganisation.Builder {
        Builder() {
        }
    }

    /**
     * Whether at least 75% of the board's voting members are drawn from the constituency, worked out exactly
     * in whole numbers (4 × from constituency ≥ 3 × voting members): 6 of 8 meets it, 5 of 7 (71.4%) does not.
     *
     * @return the answer, or empty when the counts are not known or the board has no voting members
     */
    public Optional<Boolean> meetsVotingMemberRule() {
        if (votingBoardMembers().isEmpty() || votingBoardMembersFromConstituency().isEmpty()
                || votingBoardMembers().get() == 0) {
            return Optional.empty();
        }
        return Optional.of(4L * votingBoardMembersFromConstituency().get() >= 3L * votingBoardMembers().get());
    }

    /**
     * Whether the organisation meets a criterion: for the voting-member rule, worked out from the counts; for
     * the others, true when recorded as met and empty when not recorded.
     *
     * @param criterion  the criterion, not null
     * @return the answer, or empty when not known
     */
    public Optional<Boolean> meets(DpuloCriterion criterion) {
        if (criterion == DpuloCriterion.VOTING_MEMBERS_FROM_CONSTITUENCY) {
            return meetsVotingMemberRule();
        }
        return criteriaMet().contains(criterion) ? Optional.of(true) : Optional.empty();
    }

    /**
     * A finding for each criterion the organisation does not meet or is not recorded as meeting, in the
     * order of {@link DpuloCriterion}, each saying how the source marks it. The paths are empty: the record
     * that holds the organisation places them.
     *
     * @return the findings, not null
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (DpuloCriterion criterion : DpuloCriterion.values()) {
            Optional<Boolean> met = meets(criterion);
            if (met.isPresent() && met.get()) {
                continue;
            }
            String marking = criterion.marking() == DpuloCriterion.Marking.VALUE
                    ? "a value a user-led organisation should adhere to"
                    : "a characteristic a user-led organisation should demonstrate";
            String message;
            if (met.isPresent()) {
                message = name() + ": " + votingBoardMembersFromConstituency().get() + " of "
                        + votingBoardMembers().get() + " voting board members are drawn from its constituency, "
                        + "below the minimum of 75% (" + marking + ")";
            } else if (criterion == DpuloCriterion.VOTING_MEMBERS_FROM_CONSTITUENCY) {
                message = name() + ": the board's voting members and how many are drawn from its constituency "
                        + "are not recorded, so the 75% rule cannot be checked (" + marking + ")";
            } else {
                message = name() + ": " + criterion.id() + " is not recorded as met (" + marking + ")";
            }
            findings.add(new Finding("", "dpulo-" + criterion.id(), message, Sources.DPULO_CRITERIA));
        }
        return List.copyOf(findings);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("UserLedOrganisation").notBlank(name(), "name");
        constituency().ifPresent(c -> problems.check(!c.isBlank(), "constituency", "must not be blank when present"));
        votingBoardMembers().ifPresent(n -> problems.check(n >= 0, "votingBoardMembers", "must not be negative", n));
        votingBoardMembersFromConstituency().ifPresent(n -> problems.check(n >= 0,
                "votingBoardMembersFromConstituency", "must not be negative", n));
        problems.check(votingBoardMembers().isPresent() == votingBoardMembersFromConstituency().isPresent(),
                "votingBoardMembersFromConstituency", "must be given together with votingBoardMembers");
        if (votingBoardMembers().isPresent() && votingBoardMembersFromConstituency().isPresent()) {
            problems.check(votingBoardMembersFromConstituency().get() <= votingBoardMembers().get(),
                    "votingBoardMembersFromConstituency", "must not be more than the " + votingBoardMembers().get()
                            + " voting board members", votingBoardMembersFromConstituency().get());
        }
        problems.check(!criteriaMet().contains(DpuloCriterion.VOTING_MEMBERS_FROM_CONSTITUENCY), "criteriaMet",
                "must not list voting-members-from-constituency: it is worked out from the board's counts");
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "User-led organisation " + name() + votingBoardMembers().map(n -> ", " + votingBoardMembersFromConstituency()
                .orElse(0) + " of " + n + " voting board members from its constituency").orElse("");
    }
}
