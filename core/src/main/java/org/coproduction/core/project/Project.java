package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A piece of co-production work: an ongoing group (a forum, a board, a partnership, a steering group) or a
 * time-limited project, with its purpose and aims, the rung of the ladder it is at and the rung it aims for,
 * and its governance.
 *
 * <p>North Tyneside's guide (<i>Stronger Together</i>, 2024) sets out what a project needs: evidence and a
 * baseline to start from, a plan chosen by whether the work is ongoing or a project, its timeframe, scope
 * and nature, terms of reference agreed by the group, and an honest statement of the legal, money and time
 * constraints that limit it; and it commits to "climbing the ladder" from informing and consultation
 * towards co-production (Think Local Act Personal's ladder, see {@link Rung}).
 *
 * <p>Rules: identifiers keep the identifier rule; title and purpose are not blank; aims and notes are not
 * blank; the target rung is not below the current rung; an end date needs a start date and is not certainly
 * before it; a project is not its own parent; phases, listed in order, do not overlap; rung changes follow on
 * from each other in date order and end at the current rung.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Project implements WithProject {

    /**
     * The project's identifier, such as {@code inspire-forum}.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * The project's title, such as "Inspire Adult Social Care Improvement Forum".
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Whether it is an ongoing group or time-limited work, and of which kind.
     *
     * @return the kind, not null
     */
    public abstract ProjectKind kind();

    /**
     * The group or project this one belongs to, such as the board a task-and-finish group reports to.
     *
     * @return the parent's identifier, or empty
     */
    public abstract Optional<String> parentId();

    /**
     * Why the project exists, in one or two sentences.
     *
     * @return the purpose, not blank
     */
    public abstract String purpose();

    /**
     * What it aims to achieve.
     *
     * @return the aims, not null
     */
    public abstract List<String> aims();

    /**
     * When it started or was set up; a month or year when only that is known.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> start();

    /**
     * When it ended or is planned to end (time-limited work).
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> end();

    /**
     * The rung of the TLAP ladder the project is at now.
     *
     * @return the current rung, not null
     */
    public abstract Rung currentRung();

    /**
     * The rung the project aims for; not below the current rung.
     *
     * @return the target rung, not null
     */
    public abstract Rung targetRung();

    /**
     * Who chairs the group and who votes.
     *
     * @return the governance, or empty for work without formal governance
     */
    public abstract Optional<Governance> governance();

    /**
     * The service area the work is about, such as "learning disability services" or "Direct Payments".
     *
     * @return the service area, or empty
     */
    public abstract Optional<String> serviceArea();

    /**
     * How far the work reaches, which with its impact sets how many people to involve.
     *
     * @return the scope, or empty when not assessed
     */
    public abstract Optional<Scope> scope();

    /**
     * How much the work changes people's lives and services.
     *
     * @return the impact, or empty when not assessed
     */
    public abstract Optional<Impact> impact();

    /**
     * The commissioning stages the work touches: service design, procurement, monitoring and review.
     *
     * @return the stages, not null
     */
    public abstract Set<CommissioningStage> commissioningStages();

    /**
     * The stages of the commissioning cycle the work touches: analyse, plan, do, review.
     *
     * @return the stages, not null
     */
    public abstract Set<CycleStage> cycleStages();

    /**
     * The project's phases in order; they do not overlap.
     *
     * @return the phases, not null
     */
    public abstract List<Phase> phases();

    /**
     * The terms of reference the group agreed.
     *
     * @return the terms, or empty
     */
    public abstract Optional<TermsOfReference> termsOfReference();

    /**
     * The evidence the project started from.
     *
     * @return the evidence, not null
     */
    public abstract List<Evidence> evidence();

    /**
     * The baselines progress is measured against.
     *
     * @return the baselines, not null
     */
    public abstract List<Baseline> baselines();

    /**
     * The rung changes so far, oldest first; the last one ends at the current rung.
     *
     * @return the changes, not null
     */
    public abstract List<RungChange> rungChanges();

    /**
     * The constraints that limit the project, stated openly.
     *
     * @return the constraints, not null
     */
    public abstract List<Constraint> constraints();

    /**
     * Notes on the record itself, such as assumptions made where a source gives no date.
     *
     * @return the notes, not null
     */
    public abstract List<String> notes();

    /**
     * A builder for a project.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Project} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {
        }
    }

    /**
     * Whether the project is an ongoing group rather than time-limited work.
     *
     * @return true for forums, boards, partnerships, steering groups and peer groups
     */
    @JsonIgnore
    public boolean isOngoing() {
        return kind().isOngoing();
    }

    /**
     * How many rungs the project still has to climb to reach its target.
     *
     * @return the number of rungs, not negative
     */
    public int rungsToTarget() {
        return currentRung().stepsTo(targetRung());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Project").notBlank(title(), "title").notBlank(purpose(), "purpose");
        Ids.check(problems, id(), "id");
        parentId().ifPresent(p -> {
            Ids.check(problems, p, "parentId");
            problems.check(!p.equals(id()), "parentId", "must not be the project's own id", p);
        });
        for (int i = 0; i < aims().size(); i++) {
            problems.check(!aims().get(i).isBlank(), "aims[" + i + "]", "must not be blank");
        }
        problems.check(!targetRung().isBelow(currentRung()), "targetRung",
                "must not be below the current rung " + currentRung().id(), targetRung().id());
        end().ifPresent(e -> {
            problems.check(start().isPresent(), "end", "needs a start date");
            start().ifPresent(s -> problems.check(!e.isCertainlyBefore(s), "end", "must not be before the start " + s, e));
        });
        serviceArea().ifPresent(a -> problems.check(!a.isBlank(), "serviceArea", "must not be blank when present"));
        for (int i = 0; i < notes().size(); i++) {
            problems.check(!notes().get(i).isBlank(), "notes[" + i + "]", "must not be blank");
        }
        checkPhases(problems);
        checkRungChanges(problems);
        problems.throwIfAny();
    }

    private void checkPhases(Violations problems) {
        // Phases are listed in order; a phase may not start before an earlier phase has ended.
        Optional<PartialDate> lastEnd = Optional.empty();
        int lastEndIndex = -1;
        for (int i = 0; i < phases().size(); i++) {
            Phase phase = phases().get(i);
            Optional<PartialDate> begins = phase.start().or(phase::end);
            if (begins.isPresent() && lastEnd.isPresent()) {
                problems.check(!begins.get().isCertainlyBefore(lastEnd.get()), "phases[" + i + "]",
                        "must not overlap phases[" + lastEndIndex + "], which ends " + lastEnd.get(), begins.get());
            }
            Optional<PartialDate> ends = phase.end().or(phase::start);
            if (ends.isPresent() && (lastEnd.isEmpty() || ends.get().compareTo(lastEnd.get()) > 0)) {
                lastEnd = ends;
                lastEndIndex = i;
            }
        }
    }

    private void checkRungChanges(Violations problems) {
        for (int i = 1; i < rungChanges().size(); i++) {
            RungChange before = rungChanges().get(i - 1);
            RungChange change = rungChanges().get(i);
            problems.check(change.from() == before.to(), "rungChanges[" + i + "].from",
                    "must be the rung the previous change moved to, " + before.to().id(), change.from().id());
            problems.check(!change.on().isCertainlyBefore(before.on()), "rungChanges[" + i + "].on",
                    "must not be before the previous change on " + before.on(), change.on());
        }
        if (!rungChanges().isEmpty()) {
            int last = rungChanges().size() - 1;
            problems.check(rungChanges().get(last).to() == currentRung(), "rungChanges[" + last + "].to",
                    "must be the current rung " + currentRung().id(), rungChanges().get(last).to().id());
        }
    }

    @Override
    public String toString() {
        return "Project " + id() + " \"" + title() + "\" (" + kind().id() + ", at " + currentRung().id()
                + ", aiming for " + targetRung().id() + ")";
    }
}
