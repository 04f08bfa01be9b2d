package org.coproduction.core.participant;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.SourceStatus;
import org.junit.jupiter.api.Test;

/**
 * A user-led organisation's checks. The rule is the Department of Health's, as Rich Watts's post gives it: "a
 * minimum of 75% of voting members on the management board drawn from the organisation's constituency". The
 * expected answers are worked by hand: 75% of 8 is 6, of 12 is 9, of 7 is 5.25 (so 5 falls short), of 11 is
 * 8.25 (so 8 falls short and 9 meets it).
 */
class UserLedOrganisationTest {

    private static UserLedOrganisation board(int voting, int fromConstituency) {
        return UserLedOrganisation.builder().name("Anytown Disabled People's Forum").votingBoardMembers(voting)
                .votingBoardMembersFromConstituency(fromConstituency).build();
    }

    @Test
    void votingMemberRuleIsAMinimumOf75PerCent() {
        assertEquals(Optional.of(true), board(8, 6).meetsVotingMemberRule());
        assertEquals(Optional.of(true), board(12, 9).meetsVotingMemberRule());
        assertEquals(Optional.of(false), board(7, 5).meetsVotingMemberRule());
        assertEquals(Optional.of(false), board(11, 8).meetsVotingMemberRule());
        assertEquals(Optional.of(true), board(11, 9).meetsVotingMemberRule());
        assertEquals(Optional.empty(), board(0, 0).meetsVotingMemberRule());
        assertEquals(Optional.empty(), UserLedOrganisation.builder().name("x").build().meetsVotingMemberRule());
    }

    @Test
    void findingsNameEachCriterionNotMetWithHowTheSourceMarksIt() {
        UserLedOrganisation ulo = UserLedOrganisation.builder().from(board(7, 5))
                .addCriteriaMet(DpuloCriterion.SOCIAL_MODEL_OF_DISABILITY, DpuloCriterion.PROMOTING_INDEPENDENT_LIVING,
                        DpuloCriterion.PROMOTING_HUMAN_AND_LEGAL_RIGHTS, DpuloCriterion.ENGAGING_ALL_LOCAL_PEOPLE,
                        DpuloCriterion.LEGALLY_CONSTITUTED, DpuloCriterion.WORKING_WITH_COMMISSIONERS)
                .build();
        // Four values and two characteristics recorded; 5 of 7 is below 75%; sustainability is not recorded.
        assertEquals(List.of("dpulo-voting-members-from-constituency", "dpulo-demonstrating-sustainability"),
                ulo.findings().stream().map(f -> f.code()).collect(Collectors.toList()));
        assertEquals("Anytown Disabled People's Forum: 5 of 7 voting board members are drawn from its "
                + "constituency, below the minimum of 75% (a characteristic a user-led organisation should "
                + "demonstrate)", ulo.findings().get(0).message());
        assertTrue(ulo.findings().get(1).message().endsWith("is not recorded as met (a characteristic a user-led "
                + "organisation should demonstrate)"));
        // The source is a blog post's account of the Department of Health's criteria: secondary.
        assertEquals(SourceStatus.SECONDARY, ulo.findings().get(0).source().status());
        assertEquals(DpuloCriterion.Marking.VALUE, DpuloCriterion.SOCIAL_MODEL_OF_DISABILITY.marking());
        assertEquals(8, UserLedOrganisation.builder().name("x").build().findings().size());
        assertEquals(ulo, CoproductionJson.read(CoproductionJson.write(ulo), UserLedOrganisation.class));
    }

    @Test
    void countsAreCheckedAndTheRuleIsNotRecordedByHand() {
        assertViolations(() -> UserLedOrganisation.builder().name(" ").votingBoardMembers(4)
                        .votingBoardMembersFromConstituency(5)
                        .addCriteriaMet(DpuloCriterion.VOTING_MEMBERS_FROM_CONSTITUENCY).build(),
                "name: must not be blank, was \" \"",
                "votingBoardMembersFromConstituency: must not be more than the 4 voting board members, was 5",
                "criteriaMet: must not list voting-members-from-constituency: it is worked out from the board's counts");
        assertViolations(() -> UserLedOrganisation.builder().name("x").votingBoardMembers(-1).build(),
                "votingBoardMembers: must not be negative, was -1",
                "votingBoardMembersFromConstituency: must be given together with votingBoardMembers");
    }
}
