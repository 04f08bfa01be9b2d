package org.coproduction.core.project;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.Finding;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Terms of reference as a document. The reference case is the document control of North Tyneside's
 * Stronger Together (2024): version 1.0, approved 14 August 2024, review frequency annually, next review date
 * August 2025.
 */
class TermsOfReferenceTest {

    private static TermsOfReference.Builder northTyneside() {
        return TermsOfReference.builder().purpose("Developing co-production in adult social care").version("1.0")
                .approvedOn(PartialDate.parse("2024-08-14")).reviewIntervalMonths(12)
                .nextReview(PartialDate.parse("2025-08"));
    }

    @Test
    void reviewDueByTheEndOfTheMonthNamedAndOverdueOnlyAfterIt() {
        TermsOfReference terms = northTyneside().build();
        // "Next Review Date: August 2025" is a month: the review is not certainly late until 1 September 2025.
        assertEquals(Optional.of(LocalDate.of(2025, 8, 31)), terms.reviewDueBy());
        assertEquals(Optional.empty(), terms.reviewFinding(LocalDate.of(2025, 8, 31)));
        Finding late = terms.reviewFinding(LocalDate.of(2025, 9, 1)).orElseThrow();
        assertEquals("review-overdue", late.code());
        assertEquals("The terms of reference (version 1.0) were due for review by 2025-08-31; as of 2025-09-01 no "
                + "later version is recorded", late.message());
        assertTrue(late.source().reference().contains("Stronger Together"));
    }

    @Test
    void withoutANextReviewTheIntervalFromApprovalSetsTheDueDay() {
        // 14 August 2024 plus an annual review: due by 14 August 2025.
        TermsOfReference terms = TermsOfReference.builder().from(northTyneside().build()).nextReview(Optional.empty())
                .build();
        assertEquals(Optional.of(LocalDate.of(2025, 8, 14)), terms.reviewDueBy());
        assertTrue(terms.reviewFinding(LocalDate.of(2025, 8, 15)).isPresent());
        assertEquals(Optional.empty(), TermsOfReference.builder().purpose("x").build().reviewFinding(LocalDate.MAX));
    }

    @Test
    void documentFieldsAreCheckedAndReadBack() {
        assertViolations(() -> northTyneside().version(" ").reviewIntervalMonths(0)
                        .nextReview(PartialDate.parse("2024-07")).build(),
                "version: must not be blank when present",
                "reviewIntervalMonths: must be at least 1 month, was 0",
                "nextReview: must not be before the terms were approved on 2024-08-14, was 2024-07");
        TermsOfReference terms = northTyneside().build();
        assertEquals(terms, CoproductionJson.read(CoproductionJson.write(terms), TermsOfReference.class));
    }
}
