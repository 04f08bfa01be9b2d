package org.coproduction.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementLine;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.time.PartialDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Payment statements for a year of a large council: 5,000 participants and 200,000 attendance records
 * (20,000 activities of 10 people each, spread over tax year 2025/26, so both NIHR-style schedules are
 * used), a quarter of them with an expense claim, under the NIHR-style preset.
 *
 * <p>{@link #statements()} makes every participant's statement for the year. A line's plain-English
 * explanation is written when it is first read, so {@link #statementsWithExplanations()} also reads every
 * line's explanation, as printing or exporting every statement would. The budget (issue 13): under 1 s on one
 * core, under 2 s with every explanation read. {@link #main} prints the retained size of one statement.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'RecompenseBenchmark.statements' -f 2 -wi 3 -i 5 -w 2s -r 2s \
 *     -prof gc -jvmArgsAppend -XX:ActiveProcessorCount=1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RecompenseBenchmark {

    private static final int PARTICIPANTS = 5_000;
    private static final int ACTIVITIES = 20_000;
    private static final int PER_ACTIVITY = 10;
    private static final LocalDate FROM = LocalDate.of(2025, 4, 6);
    private static final LocalDate TO = LocalDate.of(2026, 4, 5);

    private RecompensePolicy policy;
    private List<Participant> participants;
    private List<Activity> activities;

    /** Builds the council's year of records with a fixed seed. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2025);
        policy = Recompense.nihr();
        RecompensePreference[] preferences = {RecompensePreference.PAYMENT, RecompensePreference.PAYMENT,
            RecompensePreference.PAYMENT, RecompensePreference.VOUCHER, RecompensePreference.DECLINED,
            RecompensePreference.DONATION};
        Consent consent = Consent.given(PartialDate.of(LocalDate.of(2025, 1, 1)), "involvement");
        participants = new ArrayList<>(PARTICIPANTS);
        for (int p = 0; p < PARTICIPANTS; p++) {
            participants.add(Participant.builder().id("p-" + p)
                    .addRole(p % 10 == 0 ? ParticipantRole.PRACTITIONER : ParticipantRole.LIVED_EXPERIENCE)
                    .involvement(InvolvementLevel.REGULAR_MEMBER).consent(consent)
                    .recompense(preferences[p % preferences.length]).build());
        }
        ActivityType[] types = ActivityType.values();
        int days = (int) (TO.toEpochDay() - FROM.toEpochDay()) + 1;
        activities = new ArrayList<>(ACTIVITIES);
        for (int a = 0; a < ACTIVITIES; a++) {
            String id = "act-" + a;
            LinkedHashSet<Integer> people = new LinkedHashSet<>();
            while (people.size() < PER_ACTIVITY) {
                people.add(random.nextInt(PARTICIPANTS));
            }
            List<Attendance> attendance = new ArrayList<>(PER_ACTIVITY);
            for (int p : people) {
                int attended = 30 + random.nextInt(211);
                Attendance.Builder b = Attendance.builder().participantId("p-" + p).activityId(id)
                        .minutes(attended).preparationMinutes(random.nextInt(4) * 15).travelMinutes(random.nextInt(60));
                if (random.nextInt(4) == 0) {
                    b.addExpense(ExpenseClaim.ofPounds(ExpenseCategory.PUBLIC_TRANSPORT,
                            BigDecimal.valueOf(100 + random.nextInt(1500), 2).toPlainString(), true));
                }
                attendance.add(b.build());
            }
            activities.add(Activity.builder().id(id).projectId("proj-" + (a % 40)).type(types[a % types.length])
                    .date(PartialDate.of(FROM.plusDays(random.nextInt(days)))).rung(Rung.CO_DESIGN)
                    .setting(Setting.IN_PERSON).attendance(attendance).build());
        }
    }

    /**
     * Every participant's statement for the tax year.
     *
     * @return the statements, so the work is not optimised away
     */
    @Benchmark
    public Map<String, PaymentStatement> statements() {
        return Recompense.statements(policy, participants, activities, FROM, TO, StatementOptions.none());
    }

    /**
     * Every participant's statement for the tax year, with every line's explanation read.
     *
     * @return the total length of the explanations, so the work is not optimised away
     */
    @Benchmark
    public long statementsWithExplanations() {
        long characters = 0;
        for (PaymentStatement statement : statements().values()) {
            for (StatementLine line : statement.lines()) {
                characters += line.explanation().length();
            }
        }
        return characters;
    }

    /**
     * The retained size of one person's statement: builds the year as {@link #setUp} does, makes everyone's
     * statements, and prints, for the person whose statement has the median number of lines, the size of
     * everything reachable from their statement before and after every explanation is read, and the part of it
     * that is not the policy (rates and schedules the host holds anyway).
     *
     * <pre>
     * java -cp benchmarks/target/benchmarks.jar -Djdk.attach.allowAttachSelf=true \
     *     org.coproduction.benchmarks.RecompenseBenchmark
     * </pre>
     *
     * @param args  none
     */
    public static void main(String[] args) {
        RecompenseBenchmark year = new RecompenseBenchmark();
        year.setUp();
        if (args.length > 0 && args[0].equals("cpu")) {
            cpuTime(year);
            return;
        }
        Map<String, PaymentStatement> all = year.statements();
        List<PaymentStatement> bySize = new ArrayList<>(all.values());
        bySize.sort(java.util.Comparator.comparingInt(s -> s.lines().size()));
        PaymentStatement median = bySize.get(bySize.size() / 2);
        GraphLayout policy = GraphLayout.parseInstance(year.policy);
        GraphLayout before = GraphLayout.parseInstance(median);
        System.out.printf("statement of %s: %d lines%n", median.participantId(), median.lines().size());
        System.out.printf("reachable: %d bytes in %d objects; without the policy: %d bytes%n", before.totalSize(),
                before.totalCount(), before.subtract(policy).totalSize());
        median.lines().forEach(StatementLine::explanation);
        GraphLayout after = GraphLayout.parseInstance(median);
        System.out.printf("after every explanation is read: %d bytes; without the policy: %d bytes%n",
                after.totalSize(), after.subtract(policy).totalSize());
    }

    /**
     * The process CPU time per operation (all of the JVM's threads, so collections count), for a shared machine
     * whose load stretches wall-clock time: 5 warm-up operations, then the mean of 10, for statements alone and
     * with every explanation read.
     */
    private static void cpuTime(RecompenseBenchmark year) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int mode = 0; mode < 2; mode++) {
            long sink = 0;
            for (int i = 0; i < 5; i++) {
                sink += mode == 0 ? year.statements().size() : year.statementsWithExplanations();
            }
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                sink += mode == 0 ? year.statements().size() : year.statementsWithExplanations();
            }
            System.out.printf("%s: %.1f ms CPU, %.1f ms wall per operation (%d)%n",
                    mode == 0 ? "statements" : "statementsWithExplanations", (os.getProcessCpuTime() - cpu) / 1e7,
                    (System.nanoTime() - wall) / 1e7, sink);
        }
    }
}
