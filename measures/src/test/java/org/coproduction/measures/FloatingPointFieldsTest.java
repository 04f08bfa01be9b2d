package org.coproduction.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.agreement.Agreement;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.agreement.Weighting;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.survey.QualityOfLifeScore;
import org.coproduction.measures.survey.WeightedShare;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, for every measure result that holds a {@code double}: a negative zero is kept as 0.0 whether it is
 * built in code or read from JSON, so the value read and written again is equal (the fuzz finding
 * {@code agreement-negative-zero-coefficient}: {@code "coefficient": -0.0} read as -0.0 but was written as
 * 0.0); NaN and the infinities are refused by the builders; and no number written as text ({@code "NaN"},
 * {@code "Infinity"}, {@code "1e999999999"}) is read into any such field. The expected values need no
 * calculation: IEEE 754 has two zeros, which {@code Double.compare} tells apart, and JSON has no NaN.
 */
class FloatingPointFieldsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** One value of each type with {@code double} fields, worked out by the library from generated counts. */
    private static List<Object> samples() {
        SplittableRandom r = new SplittableRandom(16);
        List<Object> values = new ArrayList<>();
        values.add(IntervalAndRepresentationRoundTripTest.pairTable(r).cohenKappaInterval(Weighting.UNWEIGHTED));
        values.add(IntervalAndRepresentationRoundTripTest.pairTable(r).cohenKappa(Weighting.LINEAR));
        values.add(Scale.numeric(-1.5, 0, 2.5));
        values.add(IntervalAndRepresentationRoundTripTest.interval(r));
        values.add(IntervalAndRepresentationRoundTripTest.events(r));
        values.add(IntervalAndRepresentationRoundTripTest.meanSummary(r));
        values.add(IntervalAndRepresentationRoundTripTest.zTest(r));
        values.add(IntervalAndRepresentationRoundTripTest.mcNemar(r));
        values.add(IntervalAndRepresentationRoundTripTest.representation(r));
        values.add(new QualityOfLifeScore(3, 1, 60, 2.5, 50.25));
        values.add(new WeightedShare(Share.of(1, 2), 0.75, 1.5, 0));
        return values;
    }

    private static boolean isNegativeZero(double x) {
        return Double.compare(x, -0.0) == 0;
    }

    /** The library type a sample is read as: the record, or the abstract type of an Immutables value. */
    private static Class<?> typeOf(Object value) {
        return value.getClass().isRecord() ? value.getClass() : value.getClass().getSuperclass();
    }

    /** Calls {@code use} with a copy of the document for each floating-point number in it, set to {@code to}. */
    private static void eachNumberSetTo(JsonNode document, JsonNode to, Consumer<String> use) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        for (JsonNode container : containers) {
            List<String> names = new ArrayList<>();
            container.fieldNames().forEachRemaining(names::add);
            for (int i = 0; i < container.size(); i++) {
                JsonNode old = container.isArray() ? container.get(i) : container.get(names.get(i));
                if (old.isFloatingPointNumber()) {
                    set(container, names, i, to);
                    use.accept(document.toString());
                    set(container, names, i, old);
                }
            }
        }
    }

    private static void set(JsonNode container, List<String> names, int i, JsonNode to) {
        if (container.isArray()) {
            ((ArrayNode) container).set(i, to);
        } else {
            ((ObjectNode) container).set(names.get(i), to);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    @Test
    void theFuzzFindingReadsAsZeroAndIsWrittenBackEqual() {
        String json = "{\"schemaVersion\": 1, \"method\": \"fleiss-kappa\", \"source\": {\"reference\": \"Fleiss JL"
                + " (1971)\", \"status\": \"secondary\"}, \"coefficient\": -0.0, \"observed\": 0.0, \"expected\": 0.5,"
                + " \"units\": 1, \"unitsLeftOut\": 0, \"explanation\": \"2 raters each rated 1 units.\"}";
        Agreement read = CoproductionJson.read(json, Agreement.class);
        assertEquals(0, Double.compare(0.0, read.coefficient()), "positive zero, was " + read.coefficient());
        assertEquals(read, CoproductionJson.read(CoproductionJson.write(read), Agreement.class));
    }

    @Test
    void negativeZeroInAnyFieldIsReadAsZeroOrRefused() throws Exception {
        int read = 0;
        for (Object value : samples()) {
            Class<?> type = typeOf(value);
            JsonNode document = PLAIN.readTree(CoproductionJson.write(value));
            List<Object> made = new ArrayList<>();
            eachNumberSetTo(document, DoubleNode.valueOf(-0.0), changed -> {
                try {
                    made.add(CoproductionJson.read(changed, type));
                } catch (ValidationException refused) {
                    // the other allowed outcome: a rule of the value does not allow 0 there
                }
            });
            for (Object changed : made) {
                String written = CoproductionJson.write(changed);
                assertFalse(written.contains("-0.0"), written);
                assertEquals(changed, CoproductionJson.read(written, type), type.getSimpleName());
            }
            read += made.size();
        }
        // Reached the reading of most fields: a zero is allowed in many of them.
        assertTrue(read > 20, read + " documents read");
    }

    @Test
    void numbersWrittenAsTextAreRefusedInEveryFloatingPointField() throws Exception {
        for (Object value : samples()) {
            Class<?> type = typeOf(value);
            JsonNode document = PLAIN.readTree(CoproductionJson.write(value));
            for (String text : List.of("NaN", "Infinity", "-Infinity", "1e999999999", "0.5")) {
                eachNumberSetTo(document, TextNode.valueOf(text), changed -> {
                    ValidationException refused = assertThrows(ValidationException.class,
                            () -> CoproductionJson.read(changed, type), changed);
                    assertTrue(refused.getMessage().contains("must be a number, was the string \"" + text + "\""),
                            refused.getMessage());
                });
            }
        }
    }

    /** Every {@code with} copy of a {@code double} field: -0.0 becomes 0.0; NaN and infinities are refused. */
    @Test
    void buildersKeepZeroPositiveAndRefuseNaNAndInfinities() throws Exception {
        int fields = 0;
        for (Object value : samples()) {
            if (value.getClass().isRecord()) {
                continue;
            }
            for (Method with : value.getClass().getSuperclass().getMethods()) {
                if (!with.getName().startsWith("with") || with.getParameterCount() != 1
                        || with.getParameterTypes()[0] != double.class) {
                    continue;
                }
                fields++;
                with.setAccessible(true);  // declared on the generated With interface, which is not public
                String name = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
                Method accessor = value.getClass().getSuperclass().getMethod(name);
                for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    try {
                        with.invoke(value, bad);
                        fail(with.getName() + "(" + bad + ") was accepted");
                    } catch (InvocationTargetException e) {
                        assertInstanceOf(ValidationException.class, e.getCause(), with.getName() + "(" + bad + ")");
                    }
                }
                try {
                    Object copy = with.invoke(value, -0.0);
                    Object zero = accessor.invoke(copy);
                    double x = zero instanceof OptionalDouble ? ((OptionalDouble) zero).getAsDouble() : (double) zero;
                    assertFalse(isNegativeZero(x), with.getName() + "(-0.0) kept -0.0");
                } catch (InvocationTargetException e) {
                    assertInstanceOf(ValidationException.class, e.getCause(), with.getName() + "(-0.0)");
                }
            }
        }
        assertTrue(fields >= 25, fields + " fields");
    }

    @Test
    void scalesAndRecordsKeepZeroPositive() {
        Scale scale = Scale.numeric(-1.0, -0.0, 1.0);
        assertFalse(isNegativeZero(scale.values().get(1)));
        assertEquals(scale, CoproductionJson.read(CoproductionJson.write(scale), Scale.class));
        QualityOfLifeScore score = new QualityOfLifeScore(0, 0, 0, -0.0, -0.0);
        assertFalse(isNegativeZero(score.weightSum()) || isNegativeZero(score.weightedScoreSum()));
        WeightedShare share = new WeightedShare(Share.of(0, 0), -0.0, -0.0, 0);
        assertFalse(isNegativeZero(share.weightedNumerator()) || isNegativeZero(share.weightedDenominator()));
    }
}
