package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;

/**
 * {@code recompense statements} and {@code recompense check-limits} on a made-up record of three carers and a
 * member of staff ({@code src/test/resources/cli/three-carers.json}).
 *
 * <p>Expected amounts are worked by hand from the NIHR preset from 16 December 2025: £27.50 an hour, time and
 * preparation rounded up to the half hour; staff time is not paid.
 * <ul>
 *   <li>p-001: workshop 14 Jan 100 + 30 min = 130, rounded up to 150 min = £68.75, bus fare £6.40; meeting
 *       4 Feb 90 min = £41.25; meeting 13 May 60 min = £27.50 (outside January to March).</li>
 *   <li>p-002: workshop 14 Jan 480 min = 8 h = £220.00; meeting 4 Feb 90 min = £41.25; together £261.25.</li>
 *   <li>p-003: meeting 4 Feb 420 min = 7 h = £192.50.</li>
 *   <li>s-001 (staff): £0.00.</li>
 * </ul>
 * January to March: time £110.00 + £261.25 + £192.50 = £563.75; expenses £6.40; paid in all £570.15.
 *
 * <p>Carer's Allowance 2025/26 is £196.00 a week, and the check warns from 90% of it, £176.40. p-002's week of
 * Monday 12 January has £220.00, over by £24.00; p-003's week of Monday 2 February has £192.50, approaching; p-001's
 * largest week is £68.75. Universal Credit's 2026/27 work allowance is not in the library's table: the assessment
 * period from 1 May 2026 (tax year 2026/27, which starts on 6 April) is not checked, and p-001's £27.50 in it is
 * named; the period from 1 April 2026 still belongs to 2025/26.
 */
class RecompenseForEveryoneTest {

    private static final String RECORD = "src/test/resources/cli/three-carers.json";

    private static CommandRun statements(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("recompense", "statements", RECORD, "--from", "2026-01-01",
                "--to", "2026-03-31", "--policy", "nihr"));
        args.addAll(List.of(more));
        return CommandRun.of("", args.toArray(String[]::new));
    }

    private static CommandRun limits(String benefit, String to, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("recompense", "check-limits", RECORD, "--benefit", benefit,
                "--from", "2026-01-01", "--to", to, "--policy", "nihr"));
        args.addAll(List.of(more));
        return CommandRun.of("", args.toArray(String[]::new));
    }

    private static void assertAmount(String expected, JsonNode money) {
        assertEquals(0, new BigDecimal(expected).compareTo(money.get("amount").decimalValue()),
                expected + " vs " + money);
    }

    @Test
    void csvHasOneRowPerPersonAndATotalRow() {
        CommandRun r = statements("--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "participant,offered_for_time,declined,donated,over_caps,payment_for_time,expenses_repaid,"
                        + "expenses_over_caps,expenses_held,total_paid",
                "p-001,110.00,0.00,0.00,0.00,110.00,6.40,0.00,0.00,116.40",
                "s-001,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00",
                "p-002,261.25,0.00,0.00,0.00,261.25,0.00,0.00,0.00,261.25",
                "p-003,192.50,0.00,0.00,0.00,192.50,0.00,0.00,0.00,192.50",
                "total,563.75,0.00,0.00,0.00,563.75,6.40,0.00,0.00,570.15"), r.out().lines().toList());
    }

    @Test
    void jsonIsEveryStatementAndTheTotals() throws java.io.IOException {
        CommandRun r = statements("-f", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        assertEquals("nihr-hourly", json.get("policyId").asText());
        assertEquals(4, json.get("statements").size());
        assertEquals("p-002", json.get("statements").get(2).get("participantId").asText());
        assertAmount("261.25", json.get("statements").get(2).get("paymentForTime"));
        assertAmount("563.75", json.get("totals").get("paymentForTime"));
        assertAmount("6.40", json.get("totals").get("reimbursedExpenses"));
        assertAmount("570.15", json.get("totals").get("totalPaid"));
    }

    @Test
    void textIsEveryStatementThenTheTotals() {
        CommandRun r = statements();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Payment statement for p-003, 2026-01-01 to 2026-03-31"), r.out());
        assertTrue(r.out().contains("7 h at £27.50 an hour = £192.50."), r.out());
        assertTrue(r.out().contains("Totals for 4 people, 2026-01-01 to 2026-03-31 (policy nihr-hourly)\n"), r.out());
        assertTrue(r.out().contains("  Payment for time (counts as earnings): £563.75\n"), r.out());
        assertTrue(r.out().contains("  Total paid (time and expenses): £570.15\n"), r.out());
    }

    @Test
    void aWrongFormatOrPeriodIsAWrongCommandLine() {
        CommandRun yaml = statements("-f", "yaml");
        assertEquals(2, yaml.code());
        assertEquals(List.of("Invalid value for option '--format': expected text, json or csv, was \"yaml\"",
                "See 'coproduction recompense statements --help'."), yaml.errorLines());
        CommandRun backwards = CommandRun.of("", "recompense", "statements", RECORD, "--from", "2026-03-31", "--to",
                "2026-01-01", "--policy", "nihr");
        assertEquals(2, backwards.code());
        assertEquals("--to (2026-01-01) is before --from (2026-03-31)", backwards.errorLines().get(0));
        CommandRun date = CommandRun.of("", "recompense", "statements", RECORD, "--from", "1/1/2026", "--to",
                "2026-03-31", "--policy", "nihr");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("use YYYY-MM-DD"), date.err());
    }

    @Test
    void aMissingRecordIsOneLineAndExitCodeOne() {
        CommandRun r = CommandRun.of("", "recompense", "statements", "no-such.json", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy", "nihr");
        assertEquals(1, r.code());
        assertEquals(List.of("no-such.json: no such file"), r.errorLines());
    }

    @Test
    void carersAllowanceNamesWhoIsOverAndWhoIsClose() {
        CommandRun r = limits("carers-allowance", "2026-03-31");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Carer's Allowance earnings limit, 2026-01-01 to 2026-03-31: 4 people checked.", lines.get(0));
        assertEquals("Over the limit in at least one week: p-002", lines.get(1));
        assertEquals("Close to the limit: p-003", lines.get(2));
        assertTrue(lines.get(3).startsWith("p-002: exceeded: Week from 2026-01-12 to 2026-01-18: payment for time of "
                + "£220.00 is over the Carer's Allowance earnings limit of £196.00 a week (2025/26) by £24.00."), lines.get(3));
        assertTrue(lines.get(4).startsWith("p-003: approaching: Week from 2026-02-02 to 2026-02-08: payment for time "
                + "of £192.50"), lines.get(4));
        assertEquals(5, lines.size(), r.out());
    }

    @Test
    void aTaxYearWithoutKnownLimitsIsNamedNotPassedOver() throws java.io.IOException {
        CommandRun r = limits("universal-credit-with-housing", "2026-05-31", "-f", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        assertEquals(List.of(), names(json.get("exceeded")));
        assertEquals(List.of("p-001"), names(json.get("limitNotKnown")));
        JsonNode warning = json.get("warnings").get("p-001").get(0);
        assertEquals("limit-not-known", warning.get("level").asText());
        assertEquals("2026-05-01", warning.get("periodStart").asText());
        assertAmount("27.50", warning.get("earnings"));
        assertEquals(1, json.get("warnings").get("p-001").size());
        // Up to 30 April the last period starts on 1 April, still in 2025/26: nothing to warn about.
        CommandRun april = limits("universal-credit-with-housing", "2026-04-30");
        assertEquals(0, april.code(), april.err());
        assertFalse(april.out().contains("not known"), april.out());
    }

    @Test
    void checkLimitsForNamedPeopleOnly() {
        CommandRun r = limits("carers-allowance", "2026-03-31", "--participant", "p-001", "--participant", "p-003");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Carer's Allowance earnings limit, 2026-01-01 to 2026-03-31: 2 people checked.\n"
                + "Over the limit in at least one week: nobody\nClose to the limit: p-003\n"), r.out());
        CommandRun unknown = limits("carers-allowance", "2026-03-31", "--participant", "p-009", "--participant",
                "Jane Smith");
        assertEquals(1, unknown.code());
        assertEquals(List.of(RECORD + ": participants: no participant \"p-009\" in the record", RECORD
                + ": participants: no participant with that id (it is not shown: it is not a pseudonymous id, so it "
                + "may be a name) in the record"), unknown.errorLines());
        assertFalse(unknown.err().contains("Jane"), unknown.err());
    }

    @Test
    void anUnknownBenefitIsAWrongCommandLineNamingTheBenefits() {
        CommandRun r = limits("uc", "2026-03-31");
        assertEquals(2, r.code());
        assertEquals("Invalid value for option '--benefit': unknown benefit \"uc\"; benefits are esa-permitted-work, "
                + "carers-allowance, universal-credit-with-housing, universal-credit-without-housing",
                r.errorLines().get(0));
    }

    @Test
    void theSinglePersonStatementStillNeedsItsOptionsAndSaysSo() {
        CommandRun r = CommandRun.of("", "recompense", "samples/record.json");
        assertEquals(2, r.code());
        assertEquals(List.of("Missing required: --participant=ID, --from=DATE, --to=DATE, --policy=NAME or "
                + "--policy-file=FILE (or name a command: statements, check-limits)",
                "See 'coproduction recompense --help'."), r.errorLines());
    }

    @Test
    void everyNewCommandHasHelpWithAnExampleAndExitCodes() {
        for (String command : List.of("statements", "check-limits")) {
            CommandRun r = CommandRun.of("", "recompense", command, "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: coproduction recompense " + command), r.out());
            assertTrue(r.out().contains("Example:\n  coproduction recompense " + command), r.out());
            assertTrue(r.out().contains("Exit codes:"), r.out());
        }
        assertTrue(CommandRun.of("", "recompense", "statements", "--help").out().contains("text, json or csv"));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
