package org.coproduction.assessment.perspective;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.DimensionResult;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The same instrument answered by people with lived experience and by professionals: where they differ, by
 * how much, and the combined placement under a documented {@link CombinationRule} (by default the lower of
 * the two, so professionals cannot rate themselves up alone).
 *
 * <pre>{@code
 * PerspectiveComparison c = PerspectiveComparison.of(livedExperienceAssessment, professionalAssessment);
 * c.combined();        // the lower of the two placements
 * c.differences();     // the dimensions where the views differ, furthest apart first
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PerspectiveComparison implements WithPerspectiveComparison {

    /**
     * The assessment from people with lived experience.
     *
     * @return the assessment
     */
    public abstract Assessment livedExperience();

    /**
     * The assessment from professionals.
     *
     * @return the assessment
     */
    public abstract Assessment professional();

    /**
     * The rule used to combine the two placements.
     *
     * @return the rule
     */
    public abstract CombinationRule rule();

    /**
     * Every dimension with both views, in the instrument's order.
     *
     * @return the dimension views
     */
    public abstract List<DimensionDifference> dimensions();

    /**
     * The combined placement under {@link #rule()}; empty when the rule needs a placement that is missing.
     *
     * @return the rung, or empty
     */
    public abstract Optional<RungDefinition> combined();

    /**
     * Compares two assessments with the default rule, the lower of the two.
     *
     * @param livedExperience  the assessment answered by people with lived experience
     * @param professional  the assessment answered by professionals
     * @return the comparison
     * @throws org.coproduction.core.validation.ValidationException if the perspectives are not lived
     *     experience and professional, or the assessments are of different projects or instruments
     */
    public static PerspectiveComparison of(Assessment livedExperience, Assessment professional) {
        return of(livedExperience, professional, CombinationRule.LOWER_OF_TWO);
    }

    /**
     * Compares two assessments with a combination rule.
     *
     * @param livedExperience  the assessment answered by people with lived experience
     * @param professional  the assessment answered by professionals
     * @param rule  how to combine the placements
     * @return the comparison
     * @throws org.coproduction.core.validation.ValidationException if the perspectives are not lived
     *     experience and professional, or the assessments are of different projects or instruments
     */
    public static PerspectiveComparison of(Assessment livedExperience, Assessment professional, CombinationRule rule) {
        Violations.of("PerspectiveComparison")
                .check(livedExperience.perspective() == Perspective.LIVED_EXPERIENCE, "livedExperience.perspective",
                        "must be lived-experience", livedExperience.perspective().id())
                .check(professional.perspective() == Perspective.PROFESSIONAL, "professional.perspective",
                        "must be professional", professional.perspective().id())
                .check(livedExperience.instrumentId().equals(professional.instrumentId()), "professional.instrumentId",
                        "must be the same instrument as the lived-experience assessment", professional.instrumentId())
                .check(livedExperience.subject().equals(professional.subject()), "professional.subject",
                        "must be the same project as the lived-experience assessment", professional.subject())
                .throwIfAny();
        List<DimensionDifference> dimensions = new ArrayList<>();
        for (DimensionResult lived : livedExperience.dimensions()) {
            DimensionResult pro = professional.dimension(lived.dimensionId());
            dimensions.add(DimensionDifference.builder().dimensionId(lived.dimensionId()).name(lived.name())
                    .livedExperience(lived.supports()).professional(pro.supports()).build());
        }
        Optional<RungDefinition> combined = rule == CombinationRule.LIVED_EXPERIENCE_VIEW ? livedExperience.rung()
                : livedExperience.rung().flatMap(l -> professional.rung().map(p -> p.order() <= l.order() ? p : l));
        return ImmutablePerspectiveComparison.builder().livedExperience(livedExperience).professional(professional)
                .rule(rule).dimensions(dimensions).combined(combined).build();
    }

    @Value.Check
    void check() {
        Optional<RungDefinition> expected = rule() == CombinationRule.LIVED_EXPERIENCE_VIEW ? livedExperience().rung()
                : livedExperience().rung().flatMap(l -> professional().rung().map(p -> p.order() <= l.order() ? p : l));
        Violations.of("PerspectiveComparison")
                .check(combined().map(RungDefinition::id).equals(expected.map(RungDefinition::id)), "combined",
                        "must follow the rule " + rule().id() + ", giving " + expected.map(RungDefinition::id).orElse("none"),
                        combined().map(RungDefinition::id).orElse("none"))
                .check(dimensions().size() == livedExperience().dimensions().size(), "dimensions",
                        "must have one entry per dimension of the assessments", dimensions().size())
                .throwIfAny();
    }

    /**
     * The dimensions where the two views differ, furthest apart first (a dimension with evidence on one side
     * only comes after those with a measured difference), ties in the instrument's order.
     *
     * @return the differing dimensions
     */
    public List<DimensionDifference> differences() {
        return dimensions().stream().filter(DimensionDifference::differs)
                .sorted((a, b) -> Integer.compare(b.rungsApart().map(Math::abs).orElse(-1),
                        a.rungsApart().map(Math::abs).orElse(-1)))
                .collect(Collectors.toList());
    }

    /**
     * The plain-English result.
     *
     * @return the summary
     */
    public String summary() {
        String lived = livedExperience().rung().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("not enough evidence");
        String pro = professional().rung().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("not enough evidence");
        String together = combined().map(r -> "Together: " + r.name().toLowerCase(Locale.ROOT) + ".")
                .orElse("Together: not enough evidence.");
        return "People with lived experience say " + lived + "; professionals say " + pro + ". " + together
                + " Views differ on " + differences().size() + " of " + dimensions().size() + " dimensions.";
    }

    @Override
    public String toString() {
        return summary();
    }
}
