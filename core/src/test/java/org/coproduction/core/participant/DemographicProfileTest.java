package org.coproduction.core.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.PersonalDataRules;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DemographicProfileTest {

    private static Participant person(int n, Demographics demographics) {
        Participant.Builder b = Participant.builder().id(String.format("p-%03d", n))
                .addRole(ParticipantRole.LIVED_EXPERIENCE).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"));
        return demographics == null ? b.build() : b.demographics(demographics).build();
    }

    /**
     * Ten people: age bands 18-64 ×6, 65-74 ×2, 75+ ×1, not stated ×1; carers yes ×8, no ×2 (the person who
     * gave no age band is a carer); disability "no" for everyone; each in a different area.
     */
    private static List<Participant> forum() {
        List<Participant> people = new ArrayList<>();
        String[] bands = {"18-64", "18-64", "18-64", "18-64", "18-64", "18-64", "65-74", "65-74", "75+", null};
        for (int i = 0; i < 10; i++) {
            Demographics.Builder d = Demographics.builder().disability("no")
                    .area("ward " + i);
            if (bands[i] != null) {
                d.ageBand(bands[i]);
            }
            people.add(person(i + 1, d.carer(i != 3 && i != 7).build()));
        }
        return people;
    }

    private static String cells(AttributeProfile attribute) {
        return attribute.cells().toString();
    }

    /**
     * A rule that rounds, like the measures module's {@code DisclosureRule.fewerThan(3).withRoundingBase(5)}
     * (core cannot depend on measures).
     */
    static DisclosureControl rule(int threshold, int base) {
        return new DisclosureControl() {
            @Override
            public int threshold() {
                return threshold;
            }

            @Override
            public int roundingBase() {
                return base;
            }

            @Override
            public String toString() {
                return "suppress counts below " + threshold + ", round to the nearest " + base;
            }
        };
    }

    private static final String OTHER = DemographicCount.SMALL_CATEGORIES;

    @Test
    void referenceCaseWithPrimaryAndSecondarySuppression() {
        DemographicProfile profile = DemographicProfile.of(forum(), rule(3, 5));
        // Worked out by hand with threshold 3, rounding half up to 5: 10 participants, published as 10.
        assertEquals(Optional.of(10L), profile.participants());
        // Age: 65-74 (2) and 75+ (1) are council text below 3, pooled as "other" (3); cells 18-64 6, other 3,
        // not stated 1. Not stated is suppressed, alone, so "other" (smallest published) is too. But without
        // the one person who did not state an age the "not stated" cell would vanish: unstable, withheld.
        AttributeProfile age = profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow();
        assertTrue(age.withheld());
        assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), age.withheldReason());
        assertEquals("[]", cells(age));
        // Carer: "no" (2) is below 3 and alone, so 10 - 8 would give it away: "yes" is suppressed too. Without
        // a "yes" (7, 2) or a "no" (8, 1) both are still suppressed: stable.
        assertEquals("[no: [c], yes: [c]]", cells(profile.attribute(DemographicAttribute.CARER).orElseThrow()));
        // Disability: one category holding everyone (10, and 9 without anyone, both round to 10); nobody left it
        // out, so there is no "not stated" cell.
        assertEquals("[no: 10]", cells(profile.attribute(DemographicAttribute.DISABILITY).orElseThrow()));
        // Area: ten wards of one person each, each below 3: pooled, 10 (9 without anyone: still 10).
        assertEquals("[" + OTHER + ": 10]", cells(profile.attribute(DemographicAttribute.AREA).orElseThrow()));
        // Ethnicity: nobody stated it: one "not stated" cell of 10.
        assertEquals("[not stated: 10]", cells(profile.attribute(DemographicAttribute.ETHNICITY).orElseThrow()));
        assertEquals(DemographicAttribute.values().length, profile.attributes().size());
    }

    @Test
    void withoutRoundingEveryPublishedCountIsWithheld() {
        DemographicProfile profile = DemographicProfile.of(forum(), SmallNumberRule.standard());
        // The total is not part of the stability check: it says how many, not who.
        assertEquals(Optional.of(10L), profile.participants());
        // An exact count changes when one of its people leaves (10 becomes 9), so every attribute with a
        // published count is withheld; the carers' table has none (see the reference case) and stays.
        for (DemographicAttribute attribute : DemographicAttribute.values()) {
            AttributeProfile counts = profile.attribute(attribute).orElseThrow();
            if (attribute == DemographicAttribute.CARER) {
                assertEquals("[no: [c], yes: [c]]", cells(counts));
            } else {
                assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), counts.withheldReason(), attribute.id());
            }
        }
    }

    @Test
    void withdrawnParticipantsAreLeftOut() {
        List<Participant> people = new ArrayList<>(forum());
        // p-009 (75+, a carer) withdraws: 9 people, of whom 7 carers and 2 not.
        people.set(8, people.get(8).withConsentWithdrawn(LocalDate.of(2024, 6, 1)));
        DemographicProfile profile = DemographicProfile.of(people, SmallNumberRule.standard());
        assertEquals(Optional.of(9L), profile.participants());
        // Fewer consenting people than the threshold: nothing at all is shown.
        List<Participant> two = List.of(people.get(0), people.get(1), people.get(8));
        DemographicProfile small = DemographicProfile.of(two, SmallNumberRule.standard());
        assertEquals(Optional.empty(), small.participants());
        assertTrue(small.attributes().isEmpty());
        assertEquals(Optional.empty(), small.attribute(DemographicAttribute.AGE_BAND));
    }

    /** The README's forum of twelve: 18-64 ×6, 65-74 ×2, 75+ ×4. */
    private static List<Participant> twelve() {
        String[] ages = {"18-64", "18-64", "18-64", "18-64", "18-64", "18-64", "65-74", "65-74", "75+", "75+", "75+",
            "75+"};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < ages.length; i++) {
            people.add(person(i + 1, Demographics.builder().ageBand(ages[i]).build()));
        }
        return people;
    }

    @Test
    void roundingAndOtherRules() {
        List<String> bands = List.of("18-64", "65-74", "75+");
        DemographicProfile profile = DemographicProfile.of(twelve(), rule(3, 5),
                Map.of(DemographicAttribute.AGE_BAND, bands));
        // By hand: 65-74 (2) is below 3; alone it is 12 - 6 - 4, so 75+ (4, the smallest published) is
        // suppressed too; 6 rounds half up to 5 and 12 to 10. Without any one person: 5/2/4, 6/1/4 or 6/2/3
        // give the same cells (5 rounds to 5, and 3 is still the smallest published): stable.
        assertEquals("[18-64: 5, 65-74: [c], 75+: [c]]", cells(profile.attribute(DemographicAttribute.AGE_BAND)
                .orElseThrow()));
        assertEquals(Optional.of(10L), profile.participants());
        assertEquals("suppress counts below 3, round to the nearest 5", profile.rule());
        // Without the code list 65-74 (2 people) is council text too few gave: counted as "other".
        DemographicProfile plain = DemographicProfile.of(twelve(), rule(3, 5));
        assertEquals("[18-64: 5, 75+: [c], " + OTHER + ": [c]]",
                cells(plain.attribute(DemographicAttribute.AGE_BAND).orElseThrow()));
        // Threshold 1 would suppress nothing (every count is at least 1): below the minimum 3, it is refused.
        assertThrows(ValidationException.class, () -> SmallNumberRule.fewerThan(1));
        ValidationException bad = assertThrows(ValidationException.class, () -> SmallNumberRule.fewerThan(0));
        assertEquals("threshold", bad.violations().get(0).path());
        List<Participant> twice = List.of(person(1, null), person(1, null));
        ValidationException repeated = assertThrows(ValidationException.class,
                () -> DemographicProfile.of(twice, SmallNumberRule.standard()));
        assertEquals("participants[1].id", repeated.violations().get(0).path());
        ValidationException blank = assertThrows(ValidationException.class, () -> DemographicProfile.of(twelve(),
                rule(3, 5), Map.of(DemographicAttribute.ETHNICITY, List.of(" "))));
        assertEquals("codeLists.ethnicity", blank.violations().get(0).path());
    }

    @Test
    void wordsOnlyAFewPeopleWroteAreNeverPrinted() {
        // 9 women, 6 men and 2 non-binary people (the council's code list), and three who described their gender
        // in their own words: two the same words, one others.
        String[] genders = {"woman", "woman", "woman", "woman", "woman", "woman", "woman", "woman", "woman", "man", "man",
            "man", "man", "man", "man", "non-binary", "non-binary", "ZQX-OWN-WORDS-1", "ZQX-OWN-WORDS-1",
            "ZQX-OWN-WORDS-2"};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < genders.length; i++) {
            people.add(person(i + 1, Demographics.builder().genderIdentity(genders[i]).build()));
        }
        DemographicProfile profile = DemographicProfile.of(people, rule(3, 5),
                Map.of(DemographicAttribute.GENDER_IDENTITY, List.of("woman", "man", "non-binary")));
        // By hand: the own words (2 and 1, both below 3) are counted together as "other" (3). Non-binary (2) is
        // below 3, alone, so the smallest published cell, other (3), is suppressed too. 6 rounds to 5, 9 to 10.
        // Without any one person (5 men, 8 women, 1 non-binary or 2 other) the cells are the same: stable.
        // Before, the cells were [ZQX-OWN-WORDS-1: [c], ZQX-OWN-WORDS-2: [c], man: 6, non-binary: [c], woman: 9]:
        // one person's own words, printed.
        AttributeProfile gender = profile.attribute(DemographicAttribute.GENDER_IDENTITY).orElseThrow();
        assertEquals("[man: 5, non-binary: [c], woman: 10, " + OTHER + ": [c]]", cells(gender));
        String everything = CoproductionJson.write(profile) + profile + profile.attributes() + gender.cells();
        assertFalse(everything.contains("ZQX-OWN-WORDS"), everything);
        assertTrue(everything.contains("non-binary"), "a code-list category stays, suppressed or not");

        // Without a code list every category is the council's text: non-binary (2) joins the own words, and the
        // "other" cell (5) is published, as 5; without one of them it is 4, which rounds to 5 too.
        AttributeProfile plain = DemographicProfile.of(people, rule(3, 5))
                .attribute(DemographicAttribute.GENDER_IDENTITY).orElseThrow();
        assertEquals("[man: 5, woman: 10, " + OTHER + ": 5]", cells(plain));
        assertFalse(CoproductionJson.write(plain).contains("non-binary"));
    }

    @Test
    void profilesSurviveJsonAndShowNoCategoryInText() {
        DemographicProfile profile = DemographicProfile.of(forum(), SmallNumberRule.standard());
        JsonRoundTrip.assertRoundTrip(profile, DemographicProfile.class);
        assertFalse(profile.toString().contains("18-64"), profile.toString());
        assertFalse(profile.attributes().toString().contains("18-64"), profile.attributes().toString());
        assertTrue(CoproductionJson.write(profile).contains("\"age-band\""));
    }

    /**
     * An attacker's check, independent of the suppression code: is there a table of counts, each listed cell
     * at least 1 and the cells adding up to the published total, that agrees with every published cell but
     * gives the chosen suppressed cell another value? Depth-first search over the suppressed cells.
     */
    private static boolean canDiffer(long[] truth, boolean[] suppressed, int target, long hiddenTotal) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (suppressed[i]) {
                hidden.add(i);
            }
        }
        return search(truth, hidden, 0, hiddenTotal, target, false);
    }

    private static boolean search(long[] truth, List<Integer> hidden, int next, long left, int target, boolean differs) {
        if (next == hidden.size()) {
            return left == 0 && differs;
        }
        int cell = hidden.get(next);
        int remaining = hidden.size() - next - 1;
        for (long v = 1; v <= left - remaining; v++) {
            if (search(truth, hidden, next + 1, left - v, target, differs || (cell == target && v != truth[cell]))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noSuppressedCellCanBeWorkedOutFromThePublishedFigures() {
        String[] bands = {"18-24", "25-44", "45-64", "65-74", "75-84", "85+"};
        Property.forAll(400, random -> {
            int size = random.nextInt(25);
            int categories = 1 + random.nextInt(bands.length);
            List<Participant> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int pick = random.nextInt(categories + 1);
                Demographics d = pick == categories ? null : Demographics.builder().ageBand(bands[pick]).build();
                Participant p = person(i + 1, d);
                people.add(random.nextInt(8) == 0 ? p.withConsentWithdrawn(LocalDate.of(2024, 5, 1)) : p);
            }
            return Map.entry(people, List.of(DisclosureControl.MINIMUM_THRESHOLD + random.nextInt(4),
                    random.nextBoolean() ? 1 : 2 + random.nextInt(4)));
        }, input -> {
            List<Participant> people = input.getKey();
            int threshold = input.getValue().get(0);
            int base = input.getValue().get(1);
            DemographicProfile profile = DemographicProfile.of(people, rule(threshold, base),
                    Map.of(DemographicAttribute.AGE_BAND, List.of(bands)));
            // Independent count of the consenting people per age band ("" for not stated).
            Map<String, Long> truth = new HashMap<>();
            long consenting = 0;
            for (Participant p : people) {
                if (p.consent().withdrawnOn().isEmpty()) {
                    consenting++;
                    truth.merge(p.demographics().flatMap(Demographics::ageBand).orElse(""), 1L, Long::sum);
                }
            }
            if (consenting < threshold) {
                assertEquals(Optional.empty(), profile.participants());
                assertTrue(profile.attributes().isEmpty());
                return;
            }
            // Rounded half up to the base, by hand: floor(n / base + 1/2) * base.
            assertEquals(Optional.of(Math.floorDiv(2 * consenting + base, 2L * base) * base), profile.participants());
            AttributeProfile age = profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow();
            if (age.withheldReason().equals(Optional.of(DemographicProfile.ONE_PERSON_REASON))) {
                // Withheld for this reason only when every category holds one person.
                assertTrue(truth.values().stream().allMatch(n -> n == 1), truth.toString());
                return;
            }
            if (age.withheld()) {
                // Unstable: DemographicProfileStabilityTest checks that with one person fewer.
                assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), age.withheldReason());
                return;
            }
            assertEquals(truth.size(), age.cells().size(), "every occurring category is listed, and only those");
            long[] counts = new long[age.cells().size()];
            boolean[] suppressed = new boolean[counts.length];
            long hiddenTotal = consenting;
            for (int i = 0; i < counts.length; i++) {
                DemographicCount cell = age.cells().get(i);
                counts[i] = truth.get(cell.category().orElse(""));
                suppressed[i] = cell.isSuppressed();
                if (!suppressed[i]) {
                    // A reader who knew the exact published counts (rounding only hides more) is the stronger one.
                    assertEquals(Math.floorDiv(2 * counts[i] + base, 2L * base) * base, cell.count().orElseThrow().longValue());
                    assertTrue(counts[i] >= threshold, "a published count is below the threshold");
                    hiddenTotal -= counts[i];
                }
            }
            for (int i = 0; i < counts.length; i++) {
                if (suppressed[i]) {
                    assertTrue(canDiffer(counts, suppressed, i, hiddenTotal),
                            "suppressed cell " + i + " can be worked out: " + age.cells() + " of " + consenting);
                }
            }
        });
    }

    @Test
    void noPublicMethodHandsOutOnePersonsDemographics() {
        List<String> packages = PersonalDataRules.exportedPackages("org.coproduction.core");
        List<Class<?>> classes = PersonalDataRules.publicClasses(packages);
        assertTrue(classes.contains(Participant.Builder.class), "the scan must see the builders");
        assertEquals(List.of(), PersonalDataRules.methodsReturningDemographics(classes));
        // The scan finds a leak where there is one: Demographics' own builder is allowed, a holder is not.
        assertEquals(1, PersonalDataRules.methodsReturningDemographics(List.of(Holder.class)).size());
    }

    /** A type that would leak, to show the scan can fail. */
    public static final class Holder {
        /**
         * A leak.
         *
         * @return attributes
         */
        public Optional<Demographics> demographics() {
            return Optional.empty();
        }
    }
}
