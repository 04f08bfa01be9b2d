package org.coproduction.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Project;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;

/**
 * Fuzz tests of the record documents, recompense policies and the statements made from them, under the
 * presets and under policies from the core test generators ({@link PolicyGenerators}). The corpus is in
 * {@code src/test/resources/org/coproduction/fuzz/RecordFuzzTestInputs/}; a normal build replays it,
 * {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class RecordFuzzTest {

    /** How many generated policies each record is also paid under, besides the presets. */
    private static final int GENERATED_POLICIES = 4;

    /** The policies a fuzzed record is paid under: the presets and generated policies with fixed seeds. */
    private static final List<RecompensePolicy> POLICIES = policies();

    /** The records a fuzzed policy pays: a forum's record from the corpus and generated records. */
    private static final List<CoproductionRecord> RECORDS = records();

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void coproductionRecord(byte[] input) {
        CoproductionRecord record = Documents.readsOrRefusesCleanly(input, CoproductionRecord.class);
        if (record != null) {
            recordQueries(record);
        }
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void recompensePolicy(byte[] input) {
        Documents.readsOrRefusesCleanly(input, RecompensePolicy.class);
    }

    /**
     * A record that reads gives statements under every preset and under generated policies, or a
     * {@code ValidationException} naming its problems; each statement's totals are the sums of its lines, as
     * the builder checks them, and each statement survives a JSON round trip.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void statements(byte[] input) {
        CoproductionRecord record = Documents.readsOrRefusesCleanly(input, CoproductionRecord.class);
        if (record == null) {
            return;
        }
        for (RecompensePolicy policy : POLICIES) {
            Statements.check(policy, record, StatementOptions.none());
        }
    }

    /**
     * A policy that reads pays a forum's record and generated records, with the same promise as
     * {@link #statements}.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void policyStatements(byte[] input) {
        RecompensePolicy policy = Documents.readsOrRefusesCleanly(input, RecompensePolicy.class);
        if (policy == null) {
            return;
        }
        for (CoproductionRecord record : RECORDS) {
            Statements.check(policy, record, StatementOptions.none());
        }
    }

    /**
     * A generated policy pays a generated record with generated statement options, the fuzzer choosing the
     * seeds: the generators reach amounts of 40 digits, 30 decimal places and the first and last days a date
     * can have.
     */
    @FuzzTest(maxDuration = "5m")
    void generatedStatements(FuzzedDataProvider data) {
        SplittableRandom policySeed = new SplittableRandom(data.consumeLong());
        SplittableRandom recordSeed = new SplittableRandom(data.consumeLong());
        RecompensePolicy policy = PolicyGenerators.policy(policySeed);
        StatementOptions options = data.consumeBoolean() ? StatementOptions.none()
                : PolicyGenerators.statementOptions(policySeed);
        Statements.check(policy, DomainGenerators.record(recordSeed), options);
    }

    /** The record's queries that take a project, participant or activity, for each one it has. */
    static void recordQueries(CoproductionRecord record) {
        for (Project project : record.projects()) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> record.timeline(project.id())));
        }
        for (Participant participant : record.participants()) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> record.involvement(participant.id())));
        }
        for (Activity activity : record.activities()) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> record.accessSummary(activity.id())));
        }
        for (int threshold : new int[] {1, SmallNumberRule.STANDARD_THRESHOLD, 10}) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> DemographicProfile.of(record.participants(),
                    SmallNumberRule.fewerThan(threshold))));
        }
    }

    private static List<RecompensePolicy> policies() {
        List<RecompensePolicy> policies = new ArrayList<>(Recompense.presets());
        for (long seed = 1; seed <= GENERATED_POLICIES; seed++) {
            policies.add(PolicyGenerators.policy(new SplittableRandom(seed)));
        }
        return List.copyOf(policies);
    }

    private static List<CoproductionRecord> records() {
        List<CoproductionRecord> records = new ArrayList<>();
        try (InputStream forum = RecordFuzzTest.class.getResourceAsStream(
                "RecordFuzzTestInputs/statements/inspire-forum.json")) {
            records.add(CoproductionJson.read(forum, CoproductionRecord.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (long seed = 1; seed <= 2; seed++) {
            records.add(DomainGenerators.record(new SplittableRandom(seed)));
        }
        return List.copyOf(records);
    }

    /** Paying a record under a policy. */
    static final class Statements {

        private Statements() {
        }

        /**
         * Makes every participant's statements for two periods (the record's whole span of dates and December
         * 2025): each call gives statements or a {@code ValidationException} with a violation; each statement
         * passes its builder's check against its lines, reads back equal from JSON and prints as text.
         *
         * @param policy  the policy
         * @param record  the record
         * @param options  the statement options
         */
        static void check(RecompensePolicy policy, CoproductionRecord record, StatementOptions options) {
            LocalDate first = LocalDate.of(2025, 4, 6);
            LocalDate last = LocalDate.of(2026, 4, 5);
            for (Activity activity : record.activities()) {
                if (activity.date().isExact()) {
                    first = activity.date().toLocalDate().isBefore(first) ? activity.date().toLocalDate() : first;
                    last = activity.date().toLocalDate().isAfter(last) ? activity.date().toLocalDate() : last;
                }
            }
            LocalDate[][] periods = {{first, last}, {LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)}};
            for (LocalDate[] period : periods) {
                Map<String, PaymentStatement> statements = Documents.resultOrRefusal(() -> Recompense.statements(
                        policy, record.participants(), record.activities(), period[0], period[1], options));
                if (statements == null) {
                    continue;
                }
                for (PaymentStatement statement : statements.values()) {
                    PaymentStatement.builder().from(statement).build();
                    Operations.exerciseResult(statement);
                }
            }
        }
    }
}
