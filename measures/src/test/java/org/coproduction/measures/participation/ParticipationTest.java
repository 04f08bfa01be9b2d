package org.coproduction.measures.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Governance;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    private static final LocalDate PREVIOUS = LocalDate.of(2023, 4, 1);
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private static AttendanceRecord at(String person, String activity, LocalDate date, Rung rung, boolean lived) {
        return new AttendanceRecord(person, activity, date, rung, lived, 60);
    }

    @Test
    void reachRetentionAttendanceAndRungs() {
        Participation p = Participation.of(PREVIOUS, FROM, TO);
        LocalDate before = LocalDate.of(2023, 6, 1);
        LocalDate during = LocalDate.of(2024, 6, 1);
        // Earlier period: A, B, C took part. This period: A (consultation, then co-design), B (engagement),
        // D (co-production). E only took part before the earlier period: ignored.
        List.of(at("A", "x0", before, Rung.CONSULTATION, true), at("B", "x0", before, Rung.CONSULTATION, false),
                at("C", "x0", before, Rung.CONSULTATION, true),
                at("A", "x1", during, Rung.CONSULTATION, true), at("A", "x2", during, Rung.CO_DESIGN, true),
                at("B", "x1", during, Rung.CONSULTATION, false), at("D", "x3", during, Rung.CO_PRODUCTION, true),
                at("E", "x9", LocalDate.of(2020, 1, 1), Rung.INFORMING, true)).forEach(p::add);
        ParticipationResult r = p.result();
        // By hand: reach A, B, D = 3; lived experience A, D = 2 of 3; retention: of A, B, C, A and B again = 2/3.
        assertEquals(3, r.reach());
        assertEquals(Share.of(2, 3), r.livedExperience());
        assertEquals(Share.of(2, 3), r.retention());
        assertEquals(4, r.attendances());
        assertEquals(3, r.activities());
        assertEquals(240, r.attendedMinutes());
        // Highest rung: A co-design, B consultation, D co-production.
        assertEquals(Map.of("consultation", 1L, "co-design", 1L, "co-production", 1L), r.peopleByRung());
        assertEquals(Map.of("consultation", 2L, "co-design", 1L, "co-production", 1L), r.attendancesByRung());
        assertEquals(4.0 / 3, r.meanAttendancePerActivity().orElseThrow(), 1e-12);
        assertEquals(Share.of(3, 12), r.reachOf(12));
        JsonRoundTrip.assertRoundTrip(r, ParticipationResult.class);
    }

    @Test
    void mergingInAnyOrderAgreesWithSetArithmetic() {
        Property.forAll(150, random -> {
            List<AttendanceRecord> rs = new ArrayList<>();
            int n = random.nextInt(120);
            Rung[] rungs = Rung.values();
            for (int i = 0; i < n; i++) {
                rs.add(new AttendanceRecord("p" + random.nextInt(20), "a" + random.nextInt(15),
                        PREVIOUS.minusDays(30).plusDays(random.nextInt(800)), rungs[random.nextInt(rungs.length)],
                        random.nextInt(3) == 0, random.nextInt(200)));
            }
            return new Object[] {rs, random.nextLong(), 1 + random.nextInt(12)};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<AttendanceRecord> rs = (List<AttendanceRecord>) input[0];
            List<AttendanceRecord> shuffled = new ArrayList<>(rs);
            Collections.shuffle(shuffled, new java.util.Random((long) input[1]));
            int size = (int) input[2];
            Participation merged = Participation.of(PREVIOUS, FROM, TO);
            for (int i = 0; i < shuffled.size(); i += size) {
                Participation part = merged.emptyCopy();
                shuffled.subList(i, Math.min(i + size, shuffled.size())).forEach(part::add);
                merged = part.merge(merged);
            }
            ParticipationResult r = merged.result();
            // Independent computation with sets.
            Set<String> before = new HashSet<>();
            Set<String> now = new HashSet<>();
            Set<String> lived = new HashSet<>();
            Map<String, Integer> highest = new HashMap<>();
            long minutes = 0;
            for (AttendanceRecord a : rs) {
                if (!a.date().isBefore(PREVIOUS) && a.date().isBefore(FROM)) {
                    before.add(a.participantId());
                }
                if (a.livedExperience() && !a.date().isBefore(PREVIOUS) && !a.date().isAfter(TO)) {
                    lived.add(a.participantId());
                }
                if (!a.date().isBefore(FROM) && !a.date().isAfter(TO)) {
                    now.add(a.participantId());
                    minutes += a.minutes();
                    highest.merge(a.participantId(), a.rung().ordinal(), Math::max);
                }
            }
            Set<String> retained = new HashSet<>(before);
            retained.retainAll(now);
            Set<String> livedNow = new HashSet<>(lived);
            livedNow.retainAll(now);
            assertEquals(now.size(), r.reach());
            assertEquals(Share.of(retained.size(), before.size()), r.retention());
            assertEquals(Share.of(livedNow.size(), now.size()), r.livedExperience());
            assertEquals(minutes, r.attendedMinutes());
            Map<String, Long> byRung = new HashMap<>();
            highest.values().forEach(o -> byRung.merge(Rung.values()[o].id(), 1L, Long::sum));
            assertEquals(byRung, r.peopleByRung());
        });
    }

    private static Participant person(String id, ParticipantRole role) {
        return Participant.builder().id(id).addRole(role).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01-15"), "forum meetings")).build();
    }

    @Test
    void coreActivitiesAndGovernanceAreAdapted() {
        Map<String, Participant> people = Map.of(
                "p-001", person("p-001", ParticipantRole.LIVED_EXPERIENCE),
                "p-002", person("p-002", ParticipantRole.UNPAID_CARER),
                "p-003", person("p-003", ParticipantRole.MANAGER),
                "p-004", person("p-004", ParticipantRole.COMMISSIONER));
        Activity meeting = Activity.builder().id("act-1").projectId("proj-1").type(ActivityType.MEETING)
                .date(PartialDate.of(LocalDate.of(2024, 5, 2))).rung(Rung.CO_DESIGN).setting(Setting.ONLINE)
                .addAttendance(Attendance.builder().participantId("p-001").activityId("act-1").minutes(90).build())
                .addAttendance(Attendance.builder().participantId("p-003").activityId("act-1").minutes(90).build())
                .build();
        Participation p = Participation.of(PREVIOUS, FROM, TO);
        p.add(meeting, people);
        assertEquals(Share.of(1, 2), p.result().livedExperience());
        assertEquals(Map.of("co-design", 2L), p.result().peopleByRung());

        Activity vague = Activity.builder().from(meeting).date(PartialDate.of(YearMonth.of(2024, 5))).build();
        ValidationException e = assertThrows(ValidationException.class, () -> p.add(vague, people));
        assertTrue(e.getMessage().contains("date: must be known to the day"), e.getMessage());

        // Voting members p-001 (lived experience), p-002 (unpaid carer), p-003 (manager); p-004 only advises:
        // 2 of 3 voting seats, below the 75% user-led organisation threshold.
        Governance board = Governance.builder().addChair("p-001").addVotingMember("p-001").addVotingMember("p-002")
                .addVotingMember("p-003").addAdviser("p-004").build();
        Share share = LivedExperienceInGovernance.of(board, people);
        assertEquals(Share.of(2, 3), share);
        // Independent: the core's own count over voting members.
        var core = board.livedExperienceShare(people);
        assertEquals(Share.of(core.livedExperience(), core.votingMembers()), share);
        JsonRoundTrip.assertRoundTrip(new GovernanceSeat("p-001", true, true), GovernanceSeat.class);
    }

    @Test
    void governanceSharesMergeInAnyOrder() {
        Property.forAll(200, random -> {
            List<GovernanceSeat> seats = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                seats.add(new GovernanceSeat("p" + i, random.nextInt(4) != 0, random.nextBoolean()));
            }
            return seats;
        }, seats -> {
            LivedExperienceInGovernance a = new LivedExperienceInGovernance();
            LivedExperienceInGovernance b = new LivedExperienceInGovernance();
            for (int i = 0; i < seats.size(); i++) {
                (i % 3 == 0 ? a : b).add(seats.get(i));
            }
            // Independent count over the list.
            long voting = seats.stream().filter(GovernanceSeat::voting).count();
            long lived = seats.stream().filter(x -> x.voting() && x.livedExperience()).count();
            assertEquals(Share.of(lived, voting), b.merge(a).result());
        });
    }

    @Test
    void badRecordsAreRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new AttendanceRecord(" ", "a", null, Rung.CO_DESIGN, false, -5));
        assertTrue(e.getMessage().contains("minutes: must not be negative, was -5"), e.getMessage());
        assertTrue(e.getMessage().contains("date: is required"), e.getMessage());
        assertThrows(ValidationException.class, () -> Participation.of(FROM, PREVIOUS, TO));
        JsonRoundTrip.assertRoundTrip(at("A", "x", FROM, Rung.CO_PRODUCTION, true), AttendanceRecord.class);
    }
}
