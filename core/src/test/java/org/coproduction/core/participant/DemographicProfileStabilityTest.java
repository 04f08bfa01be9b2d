package org.coproduction.core.participant;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * The differencing attack (issue 16): a council publishes a group's profile and the same group's profile with
 * one person fewer (last quarter and this quarter, or the group and the group less a member who left). The
 * difference between the two must not tell a reader that person's categories.
 */
class DemographicProfileStabilityTest {

    /** One member as generated: indices into small category sets, so that cells sit near the thresholds. */
    record Member(int age, int orientation, int ethnicity, int gender, int area, boolean carer, boolean shares,
            boolean withdrawn) {
    }

    private static final String[] AGES = {"18-64", "65-74", "75+"};
    private static final String[] ORIENTATIONS = {"heterosexual", "gay or lesbian", "bisexual", "prefer not to say"};
    private static final String[] ETHNICITIES = {"White", "Asian", "Black", "Mixed", "Other ethnic group"};
    private static final List<String> ETHNIC_CODE_LIST = List.of(ETHNICITIES);

    private static Participant participant(int n, Member m) {
        Participant.Builder b = Participant.builder().id(String.format("p-%03d", n))
                .addRole(ParticipantRole.LIVED_EXPERIENCE).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"));
        if (m.shares()) {
            Demographics.Builder d = Demographics.builder().ageBand(AGES[m.age()]).ethnicity(ETHNICITIES[m.ethnicity()])
                    .carer(m.carer()).area("ward " + m.area());
            // Index 4 of orientation is "not stated"; gender 0-1 fixed words, 2-5 a person's own words.
            if (m.orientation() < ORIENTATIONS.length) {
                d.sexualOrientation(ORIENTATIONS[m.orientation()]);
            }
            d.genderIdentity(m.gender() == 0 ? "woman" : m.gender() == 1 ? "man" : "own words " + m.gender());
            b.demographics(d.build());
        }
        Participant p = b.build();
        return m.withdrawn() ? p.withConsentWithdrawn(LocalDate.of(2024, 6, 1)) : p;
    }

    /** A group of 0 to 200 members, drawn by Instancio from the seed. */
    private static List<Member> group(SplittableRandom random) {
        int size = random.nextInt(201);
        return Instancio.ofList(Member.class).size(size)
                .generate(field(Member.class, "age"), gen -> gen.ints().range(0, AGES.length - 1))
                .generate(field(Member.class, "orientation"), gen -> gen.ints().range(0, ORIENTATIONS.length))
                .generate(field(Member.class, "ethnicity"), gen -> gen.ints().range(0, ETHNICITIES.length - 1))
                .generate(field(Member.class, "gender"), gen -> gen.ints().range(0, 5))
                .generate(field(Member.class, "area"), gen -> gen.ints().range(0, 2))
                .generate(field(Member.class, "shares"), gen -> gen.booleans().probability(0.9))
                .generate(field(Member.class, "withdrawn"), gen -> gen.booleans().probability(0.05))
                .lenient()
                .withSeed(random.nextLong())
                .create();
    }

    private static List<Participant> participants(List<Member> members, int leaveOut, Member replacement) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (i != leaveOut) {
                people.add(participant(i, members.get(i)));
            } else if (replacement != null) {
                people.add(participant(i, replacement));
            }
        }
        return people;
    }

    /** The standard rule, a stricter one, and rules that round (as NHS England's ASCOF pipeline does, to 5). */
    private static final List<DisclosureControl> RULES = List.of(SmallNumberRule.standard(), SmallNumberRule.fewerThan(5),
            DemographicProfileTest.rule(3, 5), DemographicProfileTest.rule(5, 5), DemographicProfileTest.rule(3, 10),
            DemographicProfileTest.rule(4, 2));

    /**
     * What a reader who sees both releases learns about the person who differs: for each attribute published in
     * both, nothing, because the two tables are the same.
     */
    private static int assertSameWhereBothPublished(DemographicProfile one, DemographicProfile other) {
        int compared = 0;
        for (AttributeProfile a : one.attributes()) {
            Optional<AttributeProfile> b = other.attribute(a.attribute());
            if (!a.withheld() && b.isPresent() && !b.get().withheld()) {
                assertEquals(a, b.get(), a.attribute().id());
                compared++;
            }
        }
        return compared;
    }

    @Test
    void aPersonLeavingJoiningOrChangingTellsTheReaderNothing() {
        int[] compared = new int[1];
        int[] published = new int[1];
        Property.forAll(300, random -> {
            List<Member> members = group(random);
            int x = members.isEmpty() ? -1 : random.nextInt(members.size());
            return Map.entry(members, List.of(x, random.nextInt(RULES.size()), random.nextInt(2)));
        }, input -> {
            List<Member> members = input.getKey();
            int x = input.getValue().get(0);
            DisclosureControl rule = RULES.get(input.getValue().get(1));
            Map<DemographicAttribute, List<String>> codeLists = input.getValue().get(2) == 0 ? Map.of()
                    : Map.of(DemographicAttribute.ETHNICITY, ETHNIC_CODE_LIST);
            DemographicProfile whole = DemographicProfile.of(participants(members, -1, null), rule, codeLists);
            published[0] += (int) whole.attributes().stream().filter(a -> !a.withheld()).count();
            if (x < 0) {
                return;
            }
            // G and G without x (x left; or, read the other way, x joined G - x).
            DemographicProfile without = DemographicProfile.of(participants(members, x, null), rule, codeLists);
            compared[0] += assertSameWhereBothPublished(whole, without);
            // G and G with x's categories changed: both equal the table without x.
            Member other = new Member((members.get(x).age() + 1) % 2, (members.get(x).orientation() + 1) % 5,
                    (members.get(x).ethnicity() + 2) % 4, (members.get(x).gender() + 3) % 6, (members.get(x).area() + 1) % 3,
                    !members.get(x).carer(), true, false);
            DemographicProfile changed = DemographicProfile.of(participants(members, x, other), rule, codeLists);
            compared[0] += assertSameWhereBothPublished(whole, changed);
            // The total says how many people there are, never who: it is the same whoever left.
            if (members.size() > 1) {
                int z = (x + 1) % members.size();
                DemographicProfile withoutZ = DemographicProfile.of(participants(members, z, null), rule, codeLists);
                boolean bothCounted = members.get(x).withdrawn() == members.get(z).withdrawn();
                if (bothCounted) {
                    assertEquals(without.participants(), withoutZ.participants());
                }
                compared[0] += assertSameWhereBothPublished(without, withoutZ);
            }
        });
        // The property is not empty: many attributes were published, and compared between releases.
        assertTrue(published[0] > 300, "published attributes: " + published[0]);
        assertTrue(compared[0] > 300, "compared attributes: " + compared[0]);
    }

    /**
     * The original finding. Twelve people state a sexual orientation: heterosexual 8, gay or lesbian 4. Then
     * one of the four leaves. Before the stability rule, under the standard rule (suppress below 3, no
     * rounding), the two profiles were, by hand: [gay or lesbian: 4, heterosexual: 8] and then
     * [gay or lesbian: 3, heterosexual: 8], 12 and then 11: the cell that fell by one is the leaver's, so both
     * releases together say that person is gay or lesbian. Under a rule that rounds to 5 it was the same
     * story one step on: 3 gay or lesbian and 10 heterosexual gave [5, 10], and then with one fewer, 2 and 10,
     * the gay or lesbian cell fell below 3 and both cells were suppressed: again only the leaver's category
     * explains the change (had a heterosexual person left, 9 rounds to 10 and nothing would have changed).
     */
    @Test
    void theOriginalFindingNoLongerRevealsTheLeaver() {
        Map<DemographicAttribute, List<String>> codeList = Map.of(DemographicAttribute.SEXUAL_ORIENTATION,
                List.of("heterosexual", "gay or lesbian", "bisexual"));
        List<Participant> before = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            before.add(participant(i, i < 8 ? "heterosexual" : "gay or lesbian"));
        }
        List<Participant> after = before.subList(0, 11);
        DemographicProfile first = DemographicProfile.of(before, SmallNumberRule.standard(), codeList);
        DemographicProfile second = DemographicProfile.of(after, SmallNumberRule.standard(), codeList);
        // Now: both withheld, because an exact count changes whoever leaves; the reason says so.
        for (DemographicProfile p : List.of(first, second)) {
            AttributeProfile orientation = p.attribute(DemographicAttribute.SEXUAL_ORIENTATION).orElseThrow();
            assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), orientation.withheldReason());
            assertTrue(orientation.cells().isEmpty());
        }

        List<Participant> rounded = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            rounded.add(participant(i, i < 10 ? "heterosexual" : "gay or lesbian"));
        }
        DisclosureControl toFive = DemographicProfileTest.rule(3, 5);
        AttributeProfile withAll = DemographicProfile.of(rounded, toFive, codeList)
                .attribute(DemographicAttribute.SEXUAL_ORIENTATION).orElseThrow();
        AttributeProfile withOneFewer = DemographicProfile.of(rounded.subList(0, 12), toFive, codeList)
                .attribute(DemographicAttribute.SEXUAL_ORIENTATION).orElseThrow();
        // 3 and 10: one gay or lesbian person fewer changes the cells, so the larger group's table is withheld.
        assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), withAll.withheldReason());
        // 2 and 10: both suppressed; with one fewer of either (1 and 10, or 2 and 9) still both: published.
        assertFalse(withOneFewer.withheld());
        assertEquals("[gay or lesbian: [c], heterosexual: [c]]", withOneFewer.cells().toString());
    }

    private static Participant participant(int n, String orientation) {
        return Participant.builder().id(String.format("p-%03d", n)).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"))
                .demographics(Demographics.builder().sexualOrientation(orientation).build()).build();
    }
}
