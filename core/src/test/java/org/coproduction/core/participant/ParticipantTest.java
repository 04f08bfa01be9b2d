package org.coproduction.core.participant;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Consent CONSENT = Consent.given(PartialDate.parse("2024-01-15"), "forum meetings");

    private static Participant.Builder valid() {
        return Participant.builder().id("p-001").addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER).consent(CONSENT);
    }

    @Test
    void validParticipantWithEveryPart() {
        Participant p = valid().addRole(ParticipantRole.UNPAID_CARER).addMode(ParticipationMode.ONLINE)
                .addAccessNeed(AccessNeed.EASY_READ).preferredContact(ContactMethod.EMAIL)
                .recompense(RecompensePreference.PART_PAYMENT)
                .demographics(Demographics.builder().ageBand("65-74").ethnicity("White British").build()).build();
        assertTrue(p.hasLivedExperience());
        assertTrue(p.hasRole(ParticipantRole.UNPAID_CARER));
    }

    @Test
    void idRolesAndOrganisationRulesAreReportedTogether() {
        assertViolations(() -> valid().id("Jane Smith").roles(java.util.Set.of()).organisation("Healthwatch").build(),
                "id: " + Ids.RULE + Ids.NOT_SHOWN,
                "roles: must name at least one role",
                "organisation: is only for a partner organisation, user-led organisation or voluntary group, was \"Healthwatch\"");
    }

    @Test
    void organisationNameIsAllowedForAnOrganisationRole() {
        Participant healthwatch = Participant.builder().id("org-healthwatch").addRole(ParticipantRole.PARTNER_ORGANISATION)
                .organisation("Healthwatch North Tyneside").involvement(InvolvementLevel.LEAD).consent(CONSENT).build();
        assertFalse(healthwatch.hasLivedExperience());
        assertEquals("Healthwatch North Tyneside", healthwatch.organisation().orElseThrow());
    }

    @Test
    void consentRules() {
        assertViolations(() -> Consent.builder().givenOn(PartialDate.parse("2024-03")).scope(" ")
                        .confirmedNotCoerced(false).withdrawnOn(LocalDate.of(2024, 2, 29)).build(),
                "scope: must not be blank, was \" \"",
                "confirmedNotCoerced: must be true: taking part must be recorded as freely chosen, was false",
                "withdrawnOn: must not be before consent was given on 2024-03, was 2024-02-29");
        // Withdrawal on the first day of the month consent was given in is allowed.
        Consent c = Consent.given(PartialDate.parse("2024-03"), "surveys").withdrawn(LocalDate.of(2024, 3, 1));
        assertTrue(c.coversDay(LocalDate.of(2024, 3, 1)));
        assertFalse(c.coversDay(LocalDate.of(2024, 3, 2)));
    }

    @Test
    void withdrawingConsentKeepsEverythingElse() {
        Participant p = valid().build();
        Participant withdrawn = p.withConsentWithdrawn(LocalDate.of(2024, 6, 1));
        assertEquals(LocalDate.of(2024, 6, 1), withdrawn.consent().withdrawnOn().orElseThrow());
        assertEquals(p.roles(), withdrawn.roles());
        assertThrows(ValidationException.class, () -> p.withConsentWithdrawn(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void demographicsAreNeverShown() {
        Participant p = valid().demographics(Demographics.builder().ethnicity("Pakistani").disability("yes").build())
                .addAccessNeed(AccessNeed.BSL).build();
        assertFalse(p.toString().contains("Pakistani"));
        assertFalse(p.toString().contains("bsl"));
        assertFalse(p.demographics().orElseThrow().toString().contains("yes"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Demographics.builder().ethnicity(" ").sexualOrientation("").build());
        assertEquals(2, e.violations().size());
        assertTrue(e.violations().stream().noneMatch(v -> v.actual().isPresent()), "blank values are not echoed");
    }

    @Test
    void involvementStepsAreIncremental() {
        assertTrue(InvolvementLevel.REGULAR_MEMBER.includes(InvolvementLevel.KEEP_INFORMED));
        assertFalse(InvolvementLevel.KEEP_INFORMED.includes(InvolvementLevel.SHARE_VIEWS));
    }

    @Test
    void rolesAreGroupedAsTheSourcesDo() {
        assertTrue(ParticipantRole.UNPAID_CARER.isLivedExperience());
        assertTrue(ParticipantRole.FAMILY_MEMBER.isLivedExperience());
        assertFalse(ParticipantRole.PRACTITIONER.isLivedExperience());
        assertTrue(ParticipantRole.COMMISSIONER.isStaff());
        assertTrue(ParticipantRole.USER_LED_ORGANISATION.isOrganisation());
    }

    @Test
    void jsonNamesUnknownValuesWithTheirPath() {
        String json = "{\"id\":\"p-001\",\"roles\":[\"lived-experience\",\"wizard\"],\"involvement\":\"lead\","
                + "\"consent\":{\"givenOn\":\"2024\",\"scope\":\"all\",\"confirmedNotCoerced\":true},"
                + "\"recompense\":\"voucher\"}";
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Participant.class));
        assertTrue(e.violations().get(0).path().startsWith("roles[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("unpaid-carer"), "lists allowed values: " + e.getMessage());
        // Only the documented identifier is read: the constant's Java name is another spelling, refused.
        ValidationException javaName = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json.replace("wizard", "UNPAID_CARER"), Participant.class));
        assertTrue(javaName.getMessage().contains("roles[1]: must be one of"), javaName.getMessage());
        Participant ok = CoproductionJson.read(json.replace("wizard", "unpaid-carer"), Participant.class);
        assertEquals(RecompensePreference.VOUCHER, ok.recompense().orElseThrow());
    }
    @Test
    void recruitmentAndTrainingReceivedAreKeptAndReadBack() {
        // Inspire's most effective route: direct recruitment by allocated workers, reaching people not already
        // engaged (Stronger Together, 2024). Mentoring received is the Care Act procedures' "training and
        // mentoring support", not training the person delivers.
        Participant p = valid().recruitedThrough(RecruitmentChannel.ALLOCATED_WORKER).newToInvolvement(true)
                .addTrainingReceived(TrainingReceived.builder().kind(TrainingReceived.Kind.MENTORING)
                        .topic("Reading commissioning papers").on(PartialDate.parse("2024-05")).minutes(90).build())
                .build();
        String json = CoproductionJson.write(p);
        assertTrue(json.contains("\"recruitedThrough\" : \"allocated-worker\""), json);
        assertTrue(json.contains("\"kind\" : \"mentoring\""), json);
        assertEquals(p, CoproductionJson.read(json, Participant.class));
        assertEquals(RecruitmentChannel.TARGETED, RecruitmentChannel.parse("targeted"));
        assertViolations(() -> TrainingReceived.builder().kind(TrainingReceived.Kind.TRAINING).topic(" ").minutes(0)
                        .providedBy("").build(),
                "topic: must not be blank, was \" \"", "minutes: must be positive, was 0",
                "providedBy: must not be blank when present");
    }
}
