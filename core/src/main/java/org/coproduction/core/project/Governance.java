package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Who leads a group and who decides: the chair or co-chairs, the voting members, and advisers who advise but
 * do not vote or direct.
 *
 * <p>Shropshire's Direct Payments Board is co-chaired by an expert by experience and the Director of Adult
 * Social Care, with members who use Direct Payments and personal assistants sitting as equals with managers.
 * At Autism Better Together senior managers sit on the steering group giving advice "but do not direct the
 * group's activities" (North Tyneside, <i>Stronger Together</i>, 2024). A Disabled People's User-Led
 * Organisation must have at least 75% of the voting members of its management board drawn from its
 * constituency (Department of Health criteria, as cited by Rich Watts): see
 * {@link #livedExperienceShare(Map)} and {@link LivedExperienceShare#meets(BigDecimal)}.
 *
 * <p>Rules: every identifier keeps the identifier rule; no one is listed twice as chair, voting member or
 * adviser; an adviser is not also a voting member.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Governance implements WithGovernance {

    /**
     * The pseudonymous identifiers of the chair, or of the co-chairs when there are two or more.
     *
     * @return the chairs, not null
     */
    public abstract List<String> chairs();

    /**
     * The pseudonymous identifiers of the voting members (chairs who vote are listed here too).
     *
     * @return the voting members, not null
     */
    public abstract List<String> votingMembers();

    /**
     * The pseudonymous identifiers of advisers who attend but do not vote or direct the group.
     *
     * @return the advisers, not null
     */
    public abstract List<String> advisers();

    /**
     * A builder for governance.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Governance} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableGovernance.Builder {
        Builder() {
        }
    }

    /**
     * Whether the group is co-chaired: it has two or more chairs.
     *
     * @return true with two or more chairs
     */
    @JsonIgnore
    public boolean isCoChaired() {
        return chairs().size() >= 2;
    }

    /**
     * The chairs who bring lived experience (of care and support, as an unpaid carer or as a family member), in
     * the order the chairs are listed. Shropshire's Direct Payments Board "is co-chaired by an Expert by
     * Experience and the Director of ASC" (Shropshire Council, <i>Your guide to being an Expert by Experience</i>):
     * being co-chaired is not enough on its own, one of the chairs brings lived experience.
     *
     * @param participants  the participants by identifier; every chair must be there, not null
     * @return the identifiers of the chairs with lived experience, possibly empty, not null
     * @throws java.util.NoSuchElementException if a chair is not among the participants
     */
    public List<String> livedExperienceChairs(Map<String, Participant> participants) {
        List<String> lived = new java.util.ArrayList<>();
        for (String id : chairs()) {
            Participant p = Optional.ofNullable(participants.get(id)).orElseThrow(() -> new java.util.NoSuchElementException(
                    "Chair " + id + " is not among the participants given"));
            if (p.hasLivedExperience()) {
                lived.add(id);
            }
        }
        return List.copyOf(lived);
    }

    /**
     * Whether the group is co-chaired with at least one chair who brings lived experience, as Shropshire's Direct
     * Payments Board is; two staff co-chairs are not.
     *
     * @param participants  the participants by identifier; every chair must be there, not null
     * @return true with two or more chairs of whom at least one brings lived experience
     * @throws java.util.NoSuchElementException if a chair is not among the participants
     */
    public boolean isCoChairedWithLivedExperience(Map<String, Participant> participants) {
        return isCoChaired() && !livedExperienceChairs(participants).isEmpty();
    }

    /**
     * How many of the voting members bring lived experience (of care and support, as an unpaid carer or as a
     * family member), out of all voting members.
     *
     * @param participants  the participants by identifier; every voting member must be there, not null
     * @return the share, not null
     * @throws java.util.NoSuchElementException if a voting member is not among the participants
     */
    public LivedExperienceShare livedExperienceShare(Map<String, Participant> participants) {
        int lived = 0;
        for (String id : votingMembers()) {
            Participant p = Optional.ofNullable(participants.get(id)).orElseThrow(() -> new java.util.NoSuchElementException(
                    "Voting member " + id + " is not among the participants given"));
            if (p.hasLivedExperience()) {
                lived++;
            }
        }
        return LivedExperienceShare.of(lived, votingMembers().size());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Governance");
        checkIds(problems, chairs(), "chairs");
        checkIds(problems, votingMembers(), "votingMembers");
        checkIds(problems, advisers(), "advisers");
        for (int i = 0; i < advisers().size(); i++) {
            problems.check(!votingMembers().contains(advisers().get(i)), "advisers[" + i + "]",
                    "must not also be a voting member: advisers advise but do not decide", advisers().get(i));
        }
        problems.throwIfAny();
    }

    private static void checkIds(Violations problems, List<String> ids, String path) {
        for (int i = 0; i < ids.size(); i++) {
            Ids.check(problems, ids.get(i), path + "[" + i + "]");
            int first = ids.indexOf(ids.get(i));
            problems.check(first == i, path + "[" + i + "]", "must be unique (same as " + path + "[" + first + "])",
                    ids.get(i));
        }
    }

    @Override
    public String toString() {
        return (isCoChaired() ? "Co-chaired by " : "Chaired by ") + chairs() + ", " + votingMembers().size()
                + " voting member(s)";
    }
}
