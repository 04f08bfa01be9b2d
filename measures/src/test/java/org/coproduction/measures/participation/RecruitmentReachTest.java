package org.coproduction.measures.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecruitmentChannel;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.time.PartialDate;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

/**
 * Which channels reached people new to involvement. The counts are illustrative (Stronger Together names the
 * channels and says allocated workers reached people not already engaged, but gives no numbers); the intervals
 * are the measures notes' Wilson reference cases R-W-5 (7/10: 0.3968 to 0.8922, from an independent test
 * suite) and R-W-3 (0/20: 0 to 0.1611).
 */
class RecruitmentReachTest {

    private static int next = 1;

    private static Participant person(RecruitmentChannel channel, Boolean isNew) {
        var b = Participant.builder().id(String.format("p-%03d", next++)).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER).consent(Consent.given(PartialDate.parse("2023"), "forum"));
        if (channel != null) {
            b.recruitedThrough(channel);
        }
        if (isNew != null) {
            b.newToInvolvement(isNew);
        }
        return b.build();
    }

    private static List<Participant> people() {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(RecruitmentChannel.ALLOCATED_WORKER, i < 7));
        }
        for (int i = 0; i < 20; i++) {
            people.add(person(RecruitmentChannel.EXISTING_GROUP, false));
        }
        people.add(person(RecruitmentChannel.MAILING_LIST, null));
        people.add(person(RecruitmentChannel.MAILING_LIST, null));
        people.add(person(null, true));
        return people;
    }

    @Test
    void allocatedWorkersReachNewPeopleWhereExistingGroupsDoNot() {
        RecruitmentReach reach = new RecruitmentReach();
        people().forEach(reach::add);
        RecruitmentReachResult r = reach.result();
        assertEquals(List.of(RecruitmentChannel.EXISTING_GROUP, RecruitmentChannel.MAILING_LIST,
                RecruitmentChannel.ALLOCATED_WORKER), r.channels().stream().map(ChannelReach::channel).toList());
        ChannelReach allocated = r.of(RecruitmentChannel.ALLOCATED_WORKER).orElseThrow();
        assertEquals(10, allocated.recruited());
        assertEquals(Share.of(7, 10), allocated.newToInvolvement());
        assertEquals(0.3968, allocated.interval().orElseThrow().lower(), 1e-4);
        assertEquals(0.8922, allocated.interval().orElseThrow().upper(), 1e-4);
        ChannelReach groups = r.of(RecruitmentChannel.EXISTING_GROUP).orElseThrow();
        assertEquals(0.0, groups.interval().orElseThrow().lower(), 0.0);
        assertEquals(0.1611, groups.interval().orElseThrow().upper(), 1e-4);
        // The mailing list recruited two people, but no one recorded whether they were new: no share, no interval.
        ChannelReach mailing = r.of(RecruitmentChannel.MAILING_LIST).orElseThrow();
        assertEquals(Share.of(0, 0), mailing.newToInvolvement());
        assertEquals(Optional.empty(), mailing.interval());
        assertEquals(1, r.channelNotRecorded());
        assertEquals(Optional.empty(), r.of(RecruitmentChannel.SOCIAL_MEDIA));
        JsonRoundTrip.assertRoundTrip(r, RecruitmentReachResult.class);
    }

    @Test
    void mergingInAnyGroupingGivesTheSameResult() {
        List<Participant> people = people();
        RecruitmentReach whole = new RecruitmentReach();
        people.forEach(whole::add);
        RecruitmentReach first = new RecruitmentReach();
        RecruitmentReach second = new RecruitmentReach();
        for (int i = 0; i < people.size(); i++) {
            (i % 3 == 0 ? first : second).add(people.get(i));
        }
        assertEquals(whole.result(), second.merge(first).result());
        assertTrue(whole.result().toString().contains("allocated-worker: 10 recruited, new to involvement 7/10"));
    }
}
