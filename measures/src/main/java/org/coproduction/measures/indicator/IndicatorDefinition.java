package org.coproduction.measures.indicator;

import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;

/**
 * What an indicator measures, held as data so that a council can add its own in JSON: an identifier, a
 * name, the kind of number, which direction is better, the unit, how it is computed, and where the
 * definition comes from.
 *
 * <p>Published metric codes change between framework editions (the ASCOF was renumbered in April 2023,
 * and only "new 3D = old 1C" is verified in the domain notes), so a code is stored with its edition as
 * text, never as a constant.
 *
 * <pre>{@code
 * IndicatorDefinition info = new IndicatorDefinition("find-information-easy",
 *     "People who use services who find it easy to find information about support",
 *     IndicatorKind.PROPORTION, Direction.HIGHER_IS_BETTER, "%",
 *     "Q12 'very easy' or 'fairly easy' ÷ all who answered Q12",
 *     Optional.of("ASCOF 3D(1), to 2022-23"),
 *     Citation.of("NHS Digital, ASCOF handbook of definitions", SourceStatus.SECONDARY));
 * }</pre>
 *
 * @param id  the identifier, such as {@code control-over-daily-life}, not blank
 * @param name  the name as a report would print it, not blank
 * @param kind  the kind of number, not null
 * @param direction  which way is better, not null
 * @param unit  the unit of the values, such as {@code %} or {@code score out of 24}, not blank
 * @param definition  how the value is computed, in words (numerator, denominator, exclusions), not blank
 * @param code  the published metric code with its framework edition, if it has one
 * @param source  where the definition comes from, not null
 */
@Stable
public record IndicatorDefinition(String id, String name, IndicatorKind kind, Direction direction, String unit,
        String definition, Optional<String> code, Citation source) {

    /**
     * Checks the definition.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every missing or blank field
     */
    public IndicatorDefinition {
        Violations problems = Violations.of("IndicatorDefinition");
        problems.check(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.check(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.check(kind != null, "kind", "is required");
        problems.check(direction != null, "direction", "is required");
        problems.check(unit != null && !unit.isBlank(), "unit", "must not be blank", unit);
        problems.check(definition != null && !definition.isBlank(), "definition", "must not be blank", definition);
        problems.check(source != null, "source", "is required");
        problems.throwIfAny();
        code = Objects.requireNonNullElse(code, Optional.empty());
    }

    @Override
    public String toString() {
        return id + " (" + name + ", " + kind.id() + " in " + unit + ", " + direction.id() + ")";
    }
}
