package org.coproduction.core.project;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

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
 * <p>Rules: identifiers keep the identifier rule; title and purpose are not blank; aims are not blank; the
 * target rung is not below the current rung; an end date needs a start date and is not certainly before it;
 * a project is not its own parent.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {

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
     * A builder for a project.
     *
     * @return a new builder, not null
     */
    public static ImmutableProject.Builder builder() {
        return ImmutableProject.builder();
    }

    /**
     * Whether the project is an ongoing group rather than time-limited work.
     *
     * @return true for forums, boards, partnerships, steering groups and peer groups
     */
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
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Project " + id() + " \"" + title() + "\" (" + kind().id() + ", at " + currentRung().id()
                + ", aiming for " + targetRung().id() + ")";
    }
}
