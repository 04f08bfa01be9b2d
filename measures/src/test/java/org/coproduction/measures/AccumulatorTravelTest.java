package org.coproduction.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.agreement.CoincidenceAccumulator;
import org.coproduction.measures.agreement.FleissAccumulator;
import org.coproduction.measures.agreement.PairTableAccumulator;
import org.coproduction.measures.agreement.RatedUnit;
import org.coproduction.measures.agreement.RatingPair;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.disclosure.CountTableAccumulator;
import org.coproduction.measures.disclosure.TableEntry;
import org.coproduction.measures.indicator.PeriodGrouping;
import org.coproduction.measures.indicator.ShareSeries;
import org.coproduction.measures.indicator.SharesByPeriod;
import org.coproduction.measures.interval.EventCount;
import org.coproduction.measures.interval.MeanAccumulator;
import org.coproduction.measures.interval.ProportionAccumulator;
import org.coproduction.measures.interval.RateAccumulator;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.loop.LoopItem;
import org.coproduction.measures.loop.LoopState;
import org.coproduction.measures.participation.AttendanceRecord;
import org.coproduction.measures.participation.GovernanceSeat;
import org.coproduction.measures.participation.LivedExperienceInGovernance;
import org.coproduction.measures.participation.Participation;
import org.coproduction.measures.representation.GroupCountAccumulator;
import org.coproduction.measures.safeguarding.Referral;
import org.coproduction.measures.safeguarding.RepeatReferrals;
import org.coproduction.measures.safeguarding.SafeguardingMeasures;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResponse;
import org.coproduction.measures.survey.InformationRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Accumulators travel between machines: each part of the data is accumulated apart, its state is written
 * (in JSON and by Java serialisation), read back, given more records, and the parts are merged in another
 * order. The merged result must be exactly the result of one pass over all records, for every accumulator.
 *
 * <p>The reference is the single pass itself, an independent computation of the same figure. Where an
 * accumulator sums floating-point values (survey weights, exposure), the generated values are multiples of
 * 1/64 small enough that every sum is exact in a {@code double}, so that any order of adding gives the same
 * bits and a difference can only come from state lost on the way. The mean's merge (Chan, Golub and LeVeque)
 * divides, so no order-free exact reference exists for it: its parts read back must merge into exactly what
 * the parts merge into without travelling.
 */
class AccumulatorTravelTest {

    private static final Scale FOUR_POINT = Scale.ordinal("1", "2", "3", "4");
    private static final Scale THREE_KINDS = Scale.nominal("a", "b", "c");
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate PREVIOUS_FROM = LocalDate.of(2023, 4, 1);
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    /** How an accumulator's state is sent and read back. */
    private enum Route {
        JSON, JAVA_SERIALISATION
    }

    /**
     * One accumulator under test.
     *
     * @param name  shown in the report
     * @param empty  makes an empty accumulator
     * @param record  draws one record
     * @param fromJson  reads the accumulator back from its JSON
     */
    private record Case<T, A extends Accumulator<T, ?, A>>(String name, Supplier<A> empty,
            Function<SplittableRandom, T> record, Function<String, A> fromJson) {

        A travel(A accumulator, Route route) {
            return route == Route.JSON ? fromJson.apply(CoproductionJson.write(accumulator)) : javaCopy(accumulator);
        }
    }

    private static <T, A extends Accumulator<T, ?, A>> Case<T, A> of(String name, Supplier<A> empty,
            Function<SplittableRandom, T> record, Class<A> type) {
        return new Case<>(name, empty, record, json -> CoproductionJson.read(json, type));
    }

    @SuppressWarnings("unchecked")
    static <A> A javaCopy(A value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (A) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(SplittableRandom r) {
        return START.plusDays(r.nextInt(900));
    }

    /** A survey weight: a multiple of 1/64 from 1/64 to 10, so that sums of a few hundred are exact. */
    private static double weight(SplittableRandom r) {
        return (1 + r.nextInt(640)) / 64.0;
    }

    private static String rating(SplittableRandom r, Scale scale) {
        return r.nextInt(8) == 0 ? null : scale.categories().get(r.nextInt(scale.size()));
    }

    private static LoopItem loopItem(SplittableRandom r) {
        LoopState state = LoopState.values()[r.nextInt(LoopState.values().length)];
        LocalDate raised = day(r);
        LocalDate closed = state.isClosed() ? raised.plusDays(r.nextInt(60)) : null;
        return r.nextInt(6) == 0 ? new LoopItem("item", state, Optional.empty(), Optional.ofNullable(closed))
                : LoopItem.of("item", state, raised, closed);
    }

    private static AscsResponse ascsResponse(SplittableRandom r) {
        return new AscsResponse("r", weight(r), r.nextInt(8), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5),
                r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(6));
    }

    private static List<Case<?, ?>> cases() {
        return List.of(
                of("proportion", ProportionAccumulator::new, SplittableRandom::nextBoolean, ProportionAccumulator.class),
                of("rate", RateAccumulator::new, r -> EventCount.of(r.nextInt(4), r.nextInt(200) / 16.0),
                        RateAccumulator.class),
                of("lived experience in governance", LivedExperienceInGovernance::new,
                        r -> new GovernanceSeat("p" + r.nextInt(20), r.nextBoolean(), r.nextBoolean()),
                        LivedExperienceInGovernance.class),
                of("group counts", GroupCountAccumulator::new, r -> "group " + r.nextInt(5), GroupCountAccumulator.class),
                of("count table", () -> new CountTableAccumulator(List.of("a", "b", "c"), List.of("x", "y")),
                        r -> TableEntry.of(List.of("a", "b", "c").get(r.nextInt(3)), r.nextBoolean() ? "x" : "y"),
                        CountTableAccumulator.class),
                of("Cohen's pair table", () -> new PairTableAccumulator(FOUR_POINT),
                        r -> RatingPair.of(rating(r, FOUR_POINT), rating(r, FOUR_POINT)), PairTableAccumulator.class),
                of("Fleiss' table", () -> new FleissAccumulator(THREE_KINDS, 3),
                        r -> RatedUnit.of("u", THREE_KINDS.categories().get(r.nextInt(3)),
                                THREE_KINDS.categories().get(r.nextInt(3)), THREE_KINDS.categories().get(r.nextInt(3))),
                        FleissAccumulator.class),
                of("Krippendorff's coincidences", () -> new CoincidenceAccumulator(FOUR_POINT),
                        r -> new RatedUnit("u", Stream.generate(() -> rating(r, FOUR_POINT)).limit(1 + r.nextInt(4))
                                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll)),
                        CoincidenceAccumulator.class),
                of("ASCS, never tried left out", AscsAccumulator::new, AccumulatorTravelTest::ascsResponse,
                        AscsAccumulator.class),
                of("ASCS, never tried counted", () -> new AscsAccumulator(InformationRule.INCLUDE_NEVER_TRIED),
                        AccumulatorTravelTest::ascsResponse, AscsAccumulator.class),
                new Case<>("self-referrals by quarter", () -> SafeguardingMeasures.selfReferrals(PeriodGrouping.QUARTER),
                        r -> new Referral("ref", "p" + r.nextInt(15), day(r), r.nextBoolean()),
                        json -> SharesByPeriod.from(SafeguardingMeasures.selfReferrals(PeriodGrouping.QUARTER).definition(),
                                CoproductionJson.read(json, ShareSeries.class))),
                of("loop closure", LoopClosure::new, AccumulatorTravelTest::loopItem, LoopClosure.class),
                of("repeat referrals", () -> RepeatReferrals.within12Months(FROM, TO),
                        r -> new Referral("ref", "p" + r.nextInt(15), day(r), r.nextBoolean()), RepeatReferrals.class),
                of("participation", () -> Participation.of(PREVIOUS_FROM, FROM, TO),
                        r -> new AttendanceRecord("p" + r.nextInt(12), "a" + r.nextInt(6), day(r),
                                Rung.values()[r.nextInt(Rung.values().length)], r.nextBoolean(), r.nextInt(181)),
                        Participation.class));
    }

    /**
     * The state of every accumulator after 0 to 40 generated records, for the JSON coverage walk.
     *
     * @param r  the random source
     * @return one state per accumulator, not null
     */
    static List<Object> statesOf(SplittableRandom r) {
        List<Object> states = new ArrayList<>();
        for (Case<?, ?> c : cases()) {
            states.add(stateAfterSome(c, r));
        }
        MeanAccumulator mean = new MeanAccumulator();
        for (int i = r.nextInt(41); i > 0; i--) {
            mean.add(r.nextGaussian());
        }
        states.add(mean.state());
        return states;
    }

    /**
     * The accumulator classes that are read from JSON.
     *
     * @return the classes, not null
     */
    static List<Class<?>> accumulatorTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (Case<?, ?> c : cases()) {
            types.add(c.empty().get().getClass());
        }
        types.add(MeanAccumulator.class);
        return types;
    }

    private static <T, A extends Accumulator<T, ?, A>> Object stateAfterSome(Case<T, A> c, SplittableRandom r) {
        A accumulator = c.empty().get();
        for (int i = r.nextInt(4) == 0 ? 0 : r.nextInt(41); i > 0; i--) {
            accumulator.add(c.record().apply(r));
        }
        try {
            return accumulator.getClass().getMethod("state").invoke(accumulator);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(c.name() + " has no public state()", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> partsSentAndReadBackMergeIntoTheSinglePassResult() {
        return cases().stream().flatMap(c -> Stream.of(Route.values())
                .map(route -> DynamicTest.dynamicTest(c.name() + " by " + route, () -> check(c, route))));
    }

    private static <T, A extends Accumulator<T, ?, A>> void check(Case<T, A> c, Route route) {
        Property.forAll(40, r -> r.nextLong(), seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<T> records = new ArrayList<>();
            int n = r.nextInt(5) == 0 ? 0 : r.nextInt(150);
            for (int i = 0; i < n; i++) {
                records.add(c.record().apply(r));
            }
            A single = c.empty().get();
            records.forEach(single::add);

            List<A> parts = new ArrayList<>();
            for (List<T> part : split(records, r)) {
                // Half the part before the journey, half after it: the copy read back must go on counting.
                int half = part.size() / 2;
                A before = c.empty().get();
                part.subList(0, half).forEach(before::add);
                A after = c.travel(before, route);
                part.subList(half, part.size()).forEach(after::add);
                parts.add(c.travel(after, route));
            }
            Collections.shuffle(parts, new java.util.Random(r.nextLong()));
            A merged = parts.get(0);
            parts.subList(1, parts.size()).forEach(merged::merge);

            assertEquals(single.result(), merged.result(), c.name());
            assertEquals(single.result(), c.travel(merged, route).result(), c.name() + ", merged and sent again");
            assertEquals(CoproductionJson.write(single), CoproductionJson.write(merged), c.name() + " as JSON");
        });
    }

    /** One to five consecutive parts, some of them empty. */
    private static <T> List<List<T>> split(List<T> records, SplittableRandom r) {
        int parts = 1 + r.nextInt(5);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            cuts.add(r.nextInt(records.size() + 1));
        }
        Collections.sort(cuts);
        List<List<T>> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.add(records.subList(from, cut));
            from = cut;
        }
        out.add(records.subList(from, records.size()));
        return out;
    }

    @Test
    void meanPartsReadBackMergeAsThePartsThemselves() {
        Property.forAll(100, r -> r.nextLong(), seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<MeanAccumulator> parts = new ArrayList<>();
            for (int p = 1 + r.nextInt(5); p > 0; p--) {
                MeanAccumulator part = new MeanAccumulator();
                for (int i = r.nextInt(40); i > 0; i--) {
                    part.add(r.nextGaussian() * 1e3 + 17);
                }
                parts.add(part);
            }
            MeanAccumulator stayed = new MeanAccumulator();
            MeanAccumulator byJson = new MeanAccumulator();
            MeanAccumulator byJava = new MeanAccumulator();
            for (MeanAccumulator part : parts) {
                stayed.merge(part);
                byJson.merge(CoproductionJson.read(CoproductionJson.write(part), MeanAccumulator.class));
                byJava.merge(javaCopy(part));
            }
            assertEquals(stayed.result(), byJson.result());
            assertEquals(stayed.result(), byJava.result());
        });
    }

    @Test
    void anEmptyLoopClosureIsWrittenAsItsCounts() {
        String json = CoproductionJson.write(new LoopClosure());
        // Written by hand from the definition of the state: every count 0 and no days.
        assertEquals("{\n  \"schemaVersion\" : 1,\n  \"items\" : 0,\n  \"closed\" : 0,\n  \"couldNot\" : 0,\n"
                + "  \"couldNotExplained\" : 0,\n  \"done\" : 0,\n  \"doneNotYetTold\" : 0,\n  \"closedWithoutKnownTime\" : 0,\n"
                + "  \"daysToClose\" : { }\n}", json);
    }

    @Test
    void aStateThatDoesNotAddUpIsRefusedWithItsPath() {
        String json = "{\"items\": 2, \"closed\": 3, \"couldNot\": 0, \"couldNotExplained\": 0, \"done\": 0,"
                + " \"doneNotYetTold\": 0, \"closedWithoutKnownTime\": 0, \"daysToClose\": {\"4\": 3}}";
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, LoopClosure.class));
        assertTrue(e.getMessage().contains("closed: must be from 0 to items 2, was 3"), e.getMessage());

        String survey = CoproductionJson.write(new AscsAccumulator()).replace("\"responses\" : 0", "\"responses\" : 5");
        ValidationException ascs = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(survey, AscsAccumulator.class));
        assertTrue(ascs.getMessage().contains("qualityOfLife: must have respondents + incomplete = responses 5, was 0"),
                ascs.getMessage());
    }

    @Test
    void onlyAccumulatorsOfOneDefinitionMerge() {
        SharesByPeriod<Referral> self = SafeguardingMeasures.selfReferrals(PeriodGrouping.QUARTER);
        SharesByPeriod<Referral> back = javaCopy(self);
        back.merge(self);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> back.merge(SafeguardingMeasures.selfReferrals(PeriodGrouping.MONTH)));
        assertTrue(e.getMessage().contains("grouped by month"), e.getMessage());
    }
}
