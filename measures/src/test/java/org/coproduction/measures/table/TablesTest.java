package org.coproduction.measures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.agreement.Metric;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.PairedCount;
import org.coproduction.measures.interval.ProportionCount;
import org.coproduction.measures.safeguarding.Referral;
import org.coproduction.measures.survey.AscsResponse;
import org.junit.jupiter.api.Test;

/** Reading CSV tables: quoting, byte order marks, comments, and errors named by line and column. */
class TablesTest {

    private static StringReader csv(String text) {
        return new StringReader(text);
    }

    @Test
    void shares_by_group_with_quotes_comments_and_blanks() {
        String text = "# made-up survey rows\n"
                + "year,\"comment, free text\",influence\n"
                + "2024,\"said \"\"no one listens\"\"\",no\n"
                + "2024,,Yes\n"
                + "\n"
                + "2025,\"two\nlines\",y\n"
                + "2025,,TRUE\n"
                + "2025,,\n"
                + "2024,,0\n";
        GroupShares shares = Tables.shares(csv(text), "Year", "influence");
        assertEquals(List.of("2024", "2025"), shares.groups());
        assertEquals(ProportionCount.of(1, 3), shares.count("2024"));
        assertEquals(ProportionCount.of(2, 2), shares.count("2025"));
        assertEquals(1L, shares.notAnswered().get("2025"));
        assertEquals(Intervals.newcombe(2, 2, 1, 3), shares.change("2025", "2024"));
        assertEquals("GroupShares 2024: 1/3; 2025: 2/2 (1 blank)", shares.toString());
    }

    @Test
    void a_byte_order_mark_is_ignored_from_a_stream_or_a_reader() {
        String text = "\uFEFFbefore,after\nyes,yes\nno,yes\nyes,no\nno,no\nno,yes\n";
        PairedCount fromStream = Tables.paired(Tables.utf8(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                "before", "after");
        assertEquals(PairedCount.of(1, 1, 2, 1), fromStream);
        assertEquals(fromStream, Tables.paired(csv(text), "before", "after"));
    }

    @Test
    void errors_name_line_and_column_and_every_problem_at_once() {
        String text = "id,before,after\n"
                + "p1,yes,yes\n"
                + "p2,\"maybe\nlater\",yes\n"   // a quoted cell over two lines: the row starts on line 3
                + "p3,no,\n"
                + "p4,no,nope\n";
        ValidationException e = assertThrows(ValidationException.class, () -> Tables.paired(csv(text), "before", "after"));
        String message = e.getMessage();
        assertTrue(message.contains("line 3, column 2 (before): must be yes or no"), message);
        assertTrue(message.contains("line 5, column 3 (after): must be answered"), message);
        assertTrue(message.contains("line 6, column 3 (after): must be yes or no"), message);
        assertEquals(3, e.violations().size(), message);
        ValidationException missing = assertThrows(ValidationException.class,
                () -> Tables.paired(csv("id,pre,post\n"), "before", "after"));
        assertTrue(missing.getMessage().contains("must have a column \"before\"; the columns are [id, pre, post]"),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("\"after\""), missing.getMessage());
    }

    @Test
    void ratings_in_long_form_become_a_table_with_gaps() {
        String text = "project,rater,rung\n"
                + "P01,lived-1,co-design\n"
                + "P01,staff-1,Co-production\n"
                + "P02,lived-1,consultation\n"
                + "P03,staff-1,engagement\n"
                + "P03,lived-1,engagement\n";
        Ratings ratings = Tables.ratings(csv(text), Scale.rungs(), "project", "rater", "rung");
        Ratings expected = Ratings.builder(Scale.rungs()).raters("lived-1", "staff-1")
                .unit("P01", Rung.CO_DESIGN, Rung.CO_PRODUCTION)
                .unit("P02", Rung.CONSULTATION, null)
                .unit("P03", Rung.ENGAGEMENT, Rung.ENGAGEMENT)
                .build();
        assertEquals(expected.krippendorffAlpha(Metric.ORDINAL), ratings.krippendorffAlpha(Metric.ORDINAL));
        assertEquals(Arrays.asList("co-design", "Co-production"), ratings.units().get(0).ratings());
        assertNull(ratings.units().get(1).ratings().get(1));
        ValidationException e = assertThrows(ValidationException.class, () -> Tables.ratings(csv(text
                + "P01,lived-1,informing\nP04,staff-1,top rung\n"), Scale.rungs(), "project", "rater", "rung"));
        assertTrue(e.getMessage().contains("line 7, column 2 (rater): must rate P01 only once; lived-1 rated it "
                + "already on line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("line 8, column 3 (rung): must be a category of the scale"), e.getMessage());
    }

    @Test
    void ratings_in_wide_form_one_line_to_a_result() {
        String text = "project,A,B,C\nu1,1,1,\nu2,2,2,3\nu3,3,3,3\nu4,,2,2\n";
        Ratings ratings = Tables.ratingsWide(csv(text), Scale.numeric(1, 2, 3), "project");
        assertEquals(List.of("A", "B", "C"), ratings.raters());
        assertEquals(4, ratings.units().size());
        assertEquals(4, ratings.krippendorffAlphaInterval(Metric.ORDINAL, 200, 5).agreement().units());
        ValidationException e = assertThrows(ValidationException.class, () -> Tables.ratingsWide(
                csv("project,A,B\nu1,1,9\nu1,1\n"), Scale.numeric(1, 2, 3), "project"));
        assertTrue(e.getMessage().contains("line 2, column 3 (B): must be a category"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3, column 1 (project): must not repeat a unit; u1 is on line 2"),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 3: must have 3 cells"), e.getMessage());
    }

    @Test
    void ascs_responses_with_blank_answers_and_range_errors() {
        String text = "recordId,weight,q1,q3a,q4a,q5a,q6a,q7a,q8a,q9a,q11,q12,council\n"
                + "r1,1.5,1,1,2,2,1,3,2,1,4,1,Anytown\n"
                + "r2,0.8,2,,1,1,1,1,1,1,1,5,Anytown\n";
        List<AscsResponse> responses = Tables.ascsResponses(csv(text));
        assertEquals(new AscsResponse("r1", 1.5, 1, 1, 2, 2, 1, 3, 2, 1, 4, 1), responses.get(0));
        assertEquals(AscsResponse.NO_ANSWER, responses.get(1).q3a());
        ValidationException e = assertThrows(ValidationException.class, () -> Tables.ascsResponses(csv(
                "recordId,weight,q1,q3a,q4a,q5a,q6a,q7a,q8a,q9a,q11,q12\nr1,one,1,1,1,1,1,1,1,1,1,1\n"
                        + "r2,1,9,1,1,1,1,1,1,1,1,1\n")));
        assertTrue(e.getMessage().contains("line 2, column 2 (weight): must be a number"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3, column 3 (q1)"), e.getMessage());
    }

    @Test
    void referrals_with_dates_and_yes_no() {
        List<Referral> referrals = Tables.referrals(csv(
                "referralId,personId,received,selfReferral\nR1,A7,2025-04-01,no\nR2,A9,2025-05-12,yes\n"));
        assertEquals(new Referral("R2", "A9", LocalDate.of(2025, 5, 12), true), referrals.get(1));
        ValidationException e = assertThrows(ValidationException.class, () -> Tables.referrals(csv(
                "referralId,personId,received,selfReferral\nR1,,01/04/2025,sometimes\n")));
        assertTrue(e.getMessage().contains("line 2, column 2 (personId): must not be blank"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 3 (received): must be a date"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 4 (selfReferral): must be yes or no"), e.getMessage());
    }
}
