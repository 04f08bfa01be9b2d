package org.coproduction.assessment.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * Dated assessments of one project, in date order, read as a trajectory: at each step the project climbed,
 * stalled or slipped, with the dimension changes that explain it.
 *
 * <pre>{@code
 * Trajectory t = Trajectory.of(List.of(spring, autumn, nextSpring));
 * t.steps();     // 2025-03-01 to 2025-10-01: climbed (Who takes decisions: Engagement to Co-design)
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Trajectory implements WithTrajectory {

    /**
     * The project.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * The steps from each assessment to the next, in date order.
     *
     * @return the steps; empty for a single assessment
     */
    public abstract List<TrajectoryStep> steps();

    /**
     * Builds the trajectory of one project's dated assessments, given in any order.
     *
     * @param assessments  at least one assessment, all of the same project and instrument, each dated,
     *     no two on the same date
     * @return the trajectory
     * @throws org.coproduction.core.validation.ValidationException if the assessments are empty, undated, of
     *     different projects or instruments, or two share a date, naming every problem
     */
    public static Trajectory of(List<Assessment> assessments) {
        Violations problems = Violations.of("Trajectory")
                .check(!assessments.isEmpty(), "assessments", "must not be empty");
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            problems.check(a.date().isPresent(), "assessments[" + i + "].date", "is required for a trajectory");
            problems.check(a.subject().equals(assessments.get(0).subject()), "assessments[" + i + "].subject",
                    "must be the same project as assessments[0]", a.subject());
            problems.check(a.instrumentId().equals(assessments.get(0).instrumentId()), "assessments[" + i + "].instrumentId",
                    "must be the same instrument as assessments[0]", a.instrumentId());
        }
        problems.unique(assessments, a -> a.date().orElse(null), "assessments", "date");
        problems.throwIfAny();
        List<Assessment> ordered = assessments.stream()
                .sorted(Comparator.comparing(a -> a.date().orElseThrow())).collect(Collectors.toList());
        List<TrajectoryStep> steps = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            steps.add(step(ordered.get(i - 1), ordered.get(i)));
        }
        return ImmutableTrajectory.builder().subject(ordered.get(0).subject()).steps(steps).build();
    }

    private static TrajectoryStep step(Assessment before, Assessment after) {
        List<DimensionChange> changes = new ArrayList<>();
        for (DimensionResult was : before.dimensions()) {
            DimensionResult now = after.dimension(was.dimensionId());
            if (!ids(was.supports()).equals(ids(now.supports()))) {
                changes.add(DimensionChange.builder().dimensionId(was.dimensionId()).name(was.name())
                        .before(was.supports()).after(now.supports()).build());
            }
        }
        return TrajectoryStep.builder().fromDate(before.date().orElseThrow()).toDate(after.date().orElseThrow())
                .from(before.rung()).to(after.rung()).movement(movement(before.rung(), after.rung()))
                .changes(changes).build();
    }

    private static Optional<String> ids(Optional<RungDefinition> rung) {
        return rung.map(RungDefinition::id);
    }

    private static Movement movement(Optional<RungDefinition> before, Optional<RungDefinition> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Movement.UNKNOWN;
        }
        int delta = after.get().order() - before.get().order();
        return delta > 0 ? Movement.CLIMBED : delta < 0 ? Movement.SLIPPED : Movement.STALLED;
    }

    /**
     * The overall movement from the first assessment to the last.
     *
     * @return the movement; {@code stalled} for a single assessment
     */
    public Movement overall() {
        if (steps().isEmpty()) {
            return Movement.STALLED;
        }
        return movement(steps().get(0).from(), steps().get(steps().size() - 1).to());
    }

    /**
     * The date of the first assessment.
     *
     * @return the date, or empty for a single assessment
     */
    public Optional<LocalDate> start() {
        return steps().stream().findFirst().map(TrajectoryStep::fromDate);
    }

    @Override
    public String toString() {
        return subject() + ": " + steps().stream().map(TrajectoryStep::toString).collect(Collectors.joining("; "));
    }
}
