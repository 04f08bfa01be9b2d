package org.coproduction.measures.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The categories raters choose from, in order, each with a number: the rungs of the ladder, an ordered
 * rating ("poor", "fair", "good"), unordered labels, or numbers. The order matters for weighted kappa and
 * for Krippendorff's ordinal metric; the numbers matter for the interval and ratio metrics.
 *
 * <pre>{@code
 * Scale.rungs()                              // coercion (1) … co-production (7), ordered
 * Scale.ordinal("poor", "fair", "good")      // values 1, 2, 3
 * Scale.nominal("yes", "no")
 * Scale.numeric(1, 2, 3, 4, 5)               // labels "1" … "5", values 1 … 5
 * }</pre>
 *
 * <p>A rating is matched to a category ignoring case, with spaces and underscores read as hyphens, so
 * {@code "Co-design"}, {@code "CO_DESIGN"} and {@code "co design"} are all the rung {@code co-design}; on a
 * numeric scale {@code "2.0"} matches {@code "2"}.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Scale implements WithScale, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The categories in order, lowest first for an ordered scale.
     *
     * @return the category labels, at least two, unique
     */
    public abstract List<String> categories();

    /**
     * The number of each category, in the same order: its position (1, 2, 3 …) for a named ordered scale,
     * the number itself for a numeric scale. Used by the interval and ratio metrics.
     *
     * @return the values, one per category
     */
    public abstract List<Double> values();

    /**
     * Whether the categories are ordered (rungs, ratings, numbers) or merely different (nominal).
     *
     * @return true for an ordered scale
     */
    public abstract boolean ordered();

    /**
     * The rungs of the TLAP ladder of co-production, coercion (1) to co-production (7), by their identifiers.
     *
     * @return the scale, not null
     */
    public static Scale rungs() {
        List<String> ids = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Rung rung : Rung.values()) {
            ids.add(rung.id());
            values.add((double) rung.order());
        }
        return ImmutableScale.builder().categories(ids).values(values).ordered(true).build();
    }

    /**
     * The rungs of any ladder held as data (Arnstein, the IAP2 spectrum, a council's own), by their
     * identifiers, numbered by their order from the bottom.
     *
     * <pre>{@code
     * Scale.of(Ladders.arnstein())
     * }</pre>
     *
     * @param ladder  the ladder, not null
     * @return the scale, not null
     */
    public static Scale of(Ladder ladder) {
        List<String> ids = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (RungDefinition rung : ladder.rungs()) {
            ids.add(rung.id());
            values.add((double) rung.order());
        }
        return ImmutableScale.builder().categories(ids).values(values).ordered(true).build();
    }

    /**
     * An ordered scale of named categories, numbered 1, 2, 3 … from the lowest.
     *
     * @param categories  the categories, lowest first, at least two, unique
     * @return the scale, not null
     * @throws org.coproduction.core.validation.ValidationException if there are fewer than two categories or
     *     a category repeats
     */
    public static Scale ordinal(String... categories) {
        return ImmutableScale.builder().categories(Arrays.asList(categories)).values(positions(categories.length))
                .ordered(true).build();
    }

    /**
     * An unordered scale: categories that are merely different.
     *
     * @param categories  the categories, at least two, unique
     * @return the scale, not null
     * @throws org.coproduction.core.validation.ValidationException if there are fewer than two categories or
     *     a category repeats
     */
    public static Scale nominal(String... categories) {
        return ImmutableScale.builder().categories(Arrays.asList(categories)).values(positions(categories.length))
                .ordered(false).build();
    }

    /**
     * A numeric scale: each category is a number, and its label is the number written plainly.
     *
     * @param values  the numbers in increasing order, at least two
     * @return the scale, not null
     * @throws org.coproduction.core.validation.ValidationException if there are fewer than two numbers or
     *     they are not strictly increasing
     */
    public static Scale numeric(double... values) {
        List<String> labels = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (double value : values) {
            labels.add(Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    : String.valueOf(value));
            numbers.add(value);
        }
        return ImmutableScale.builder().categories(labels).values(numbers).ordered(true).build();
    }

    private static List<Double> positions(int count) {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            values.add((double) i);
        }
        return values;
    }

    /**
     * The number of categories.
     *
     * @return the size, at least two
     */
    public int size() {
        return categories().size();
    }

    /**
     * The position of a rating on the scale, 0 for the first category.
     *
     * @param rating  the rating as written, not null
     * @return the position, or empty if the rating is not a category of this scale
     */
    public OptionalInt indexOf(String rating) {
        // A table's cells are mostly written as the category is; labels are unique even once normalised, so an
        // exact match is the same answer without normalising every label for every cell of a large table.
        int exact = categories().indexOf(rating);
        if (exact >= 0) {
            return OptionalInt.of(exact);
        }
        String key = normalise(rating);
        for (int i = 0; i < categories().size(); i++) {
            if (normalise(categories().get(i)).equals(key)) {
                return OptionalInt.of(i);
            }
        }
        try {
            double number = Double.parseDouble(rating.trim());
            for (int i = 0; i < values().size(); i++) {
                if (values().get(i) == number && isNumberLabel(categories().get(i))) {
                    return OptionalInt.of(i);
                }
            }
        } catch (NumberFormatException notANumber) {
            // Not a number: the label match above was the only way to find it.
        }
        return OptionalInt.empty();
    }

    private static boolean isNumberLabel(String label) {
        try {
            Double.parseDouble(label);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String normalise(String label) {
        return label.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    @Value.Check
    Scale check() {
        Violations problems = Violations.of("Scale");
        problems.check(categories().size() >= 2, "categories", "must have at least 2 categories",
                categories().size());
        problems.check(values().size() == categories().size(), "values",
                "must have one value per category (" + categories().size() + ")", values().size());
        for (int i = 0; i < categories().size(); i++) {
            problems.notBlank(categories().get(i), "categories[" + i + "]");
        }
        problems.unique(categories(), Scale::normalise, "categories", "label");
        for (int i = 0; i < values().size(); i++) {
            problems.check(Double.isFinite(values().get(i)), "values[" + i + "]", "must be a finite number",
                    values().get(i));
            if (ordered() && i > 0) {
                problems.check(values().get(i) > values().get(i - 1), "values[" + i + "]",
                        "must be greater than values[" + (i - 1) + "] on an ordered scale", values().get(i));
            }
        }
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return values().contains(-0.0) ? withValues(values().stream().map(v -> v + 0.0).collect(Collectors.toList())) : this;
    }

    @Override
    public String toString() {
        return (ordered() ? "ordered" : "nominal") + " scale " + categories();
    }
}
