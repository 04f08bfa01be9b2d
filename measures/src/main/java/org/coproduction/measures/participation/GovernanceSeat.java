package org.coproduction.measures.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Governance;
import org.coproduction.core.validation.Violations;

/**
 * One seat in a group's governance: whether it votes, and whether the person in it brings lived experience.
 *
 * @param personId  the pseudonymous identifier of the person, not blank
 * @param voting  whether the seat votes (advisers do not)
 * @param livedExperience  whether the person brings lived experience of care and support
 */
@Stable
public record GovernanceSeat(String personId, boolean voting, boolean livedExperience) {

    /**
     * Checks the seat.
     *
     * @throws org.coproduction.core.validation.ValidationException if the identifier is blank
     */
    public GovernanceSeat {
        Violations.of("GovernanceSeat")
                .check(personId != null && !personId.isBlank(), "personId", "must not be blank")
                .throwIfAny();
    }

    /**
     * The seats of a core governance: its voting members, then its advisers.
     *
     * @param governance  the governance, not null
     * @param participants  the participants by identifier; every member and adviser must be there, not null
     * @return the seats, not null
     * @throws org.coproduction.core.validation.ValidationException naming every member or adviser not among the
     *     participants
     */
    public static List<GovernanceSeat> allOf(Governance governance, Map<String, Participant> participants) {
        Violations problems = Violations.of("Governance");
        List<GovernanceSeat> seats = new ArrayList<>();
        add(seats, problems, governance.votingMembers(), "votingMembers", true, participants);
        add(seats, problems, governance.advisers(), "advisers", false, participants);
        problems.throwIfAny();
        return seats;
    }

    private static void add(List<GovernanceSeat> seats, Violations problems, List<String> ids, String path,
            boolean voting, Map<String, Participant> participants) {
        for (int i = 0; i < ids.size(); i++) {
            Participant p = participants.get(ids.get(i));
            problems.check(p != null, path + "[" + i + "]", "must be among the participants given");
            if (p != null) {
                seats.add(new GovernanceSeat(p.id(), voting, p.hasLivedExperience()));
            }
        }
    }

    @Override
    public String toString() {
        return (voting ? "Voting seat" : "Advisory seat") + (livedExperience ? " with lived experience" : "");
    }
}
