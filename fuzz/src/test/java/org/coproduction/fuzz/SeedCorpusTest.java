package org.coproduction.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Project;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.JsonCoverage;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seeds of {@link AllTypesFuzzTest}: not a test, run only when asked (README, "Seeds"). Values are
 * round-tripped through {@link JsonCoverage}, which writes the JSON of every library value it reaches to the
 * directory named by {@code coproduction.fuzz.seeds}; the core values are made here, those of ladder
 * assessment and measures by those modules' own {@code JsonCoverageTest}s run with the same property. This
 * then turns each file in the directory into a seed: the type's key, a newline, the document.
 */
@EnabledIfSystemProperty(named = "coproduction.fuzz.seeds", matches = ".+")
class SeedCorpusTest {

    private static final Path SEEDS = Path.of("src/test/resources/org/coproduction/fuzz/AllTypesFuzzTestInputs/anyType");

    @Test
    void writeSeeds() throws IOException {
        JsonCoverage coverage = new JsonCoverage();
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            CoproductionRecord record = DomainGenerators.record(r);
            RecompensePolicy policy = PolicyGenerators.policy(r);
            List<Object> values = new ArrayList<>(List.of(record, policy, PolicyGenerators.benefitLimits(r),
                    PolicyGenerators.benefitCheck(r), PolicyGenerators.benefitWarning(r),
                    PolicyGenerators.statementOptions(r), PolicyGenerators.violation(r), PolicyGenerators.ladder(r, "l"),
                    PolicyGenerators.crosswalk(r), PolicyGenerators.proportionalityRules(r),
                    PolicyGenerators.smallNumberRule(r), PolicyGenerators.jsonLimits(r)));
            values.addAll(derived(record, policy));
            values.forEach(coverage::roundTrip);
        }
        // No query hands out one person's demographics, so no walk reaches them: they are made here.
        coverage.roundTrip(Demographics.builder().ageBand("65-74").carer(true).area("north").build());
        coverage.roundTrip(Demographics.builder().build());
        Ladders.all().forEach(coverage::roundTrip);
        Crosswalks.all().forEach(coverage::roundTrip);
        Recompense.presets().forEach(coverage::roundTrip);
        importSeeds(Path.of(System.getProperty("coproduction.fuzz.seeds")));
        try (Stream<Path> written = Files.list(SEEDS)) {
            assertFalse(written.collect(Collectors.toList()).isEmpty());
        }
    }

    /** What the library derives from a record: statements, timelines, involvement, access, profiles. */
    private static List<Object> derived(CoproductionRecord record, RecompensePolicy policy) {
        List<Object> values = new ArrayList<>();
        for (RecompensePolicy paying : List.of(policy, Recompense.presets().get(0))) {
            try {
                for (PaymentStatement statement : Recompense.statements(paying, record.participants(),
                        record.activities(), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                        StatementOptions.none()).values()) {
                    values.add(statement);
                }
            } catch (org.coproduction.core.validation.ValidationException refused) {
                // a generated record that this policy cannot pay gives no statements
            }
        }
        for (Project project : record.projects()) {
            values.addAll(record.timeline(project.id()));
        }
        for (Participant participant : record.participants()) {
            values.add(record.involvement(participant.id()));
        }
        for (Activity activity : record.activities()) {
            values.add(record.accessSummary(activity.id()));
        }
        values.add(DemographicProfile.of(record.participants(), SmallNumberRule.standard()));
        return values;
    }

    /**
     * Turns {@code <class name>-<n>.json} into seeds holding the type's key, a newline and the document; an accumulator, whose JSON is its
     * state's (it has a {@code from(state)} factory), gets the seeds of its state.
     */
    private static void importSeeds(Path directory) throws IOException {
        Files.createDirectories(SEEDS);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                int dash = name.lastIndexOf('-');
                String className = name.substring(0, dash);
                String n = name.substring(dash + 1, name.length() - ".json".length());
                for (Class<?> type : ReadableTypes.TABLE) {
                    if (type.getName().equals(className) || stateOf(type).filter(className::equals).isPresent()) {
                        Files.writeString(SEEDS.resolve(ReadableTypes.key(type) + "-" + n),
                                ReadableTypes.key(type) + "\n" + Files.readString(file), StandardCharsets.UTF_8);
                    }
                }
            }
        }
    }

    /** The class name of the state an accumulator is made from, by its static {@code from} factory. */
    private static java.util.Optional<String> stateOf(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals("from") && m.getParameterCount() == 1
                        && java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getParameterTypes()[0].getName()).findFirst();
    }
}
