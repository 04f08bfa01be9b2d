package org.coproduction.measures.participation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;

/**
 * Participation in a period.
 *
 * @param previousFrom  the first day of the earlier period that retention looks back to, not null
 * @param from  the first day of the period, not null
 * @param to  the last day of the period, not null
 * @param reach  different people who took part at least once in the period
 * @param livedExperience  people with lived experience, of the people reached, not null
 * @param retention  people who took part in the earlier period and again in this one, of those who took part
 *     in the earlier period, not null
 * @param attendances  attendances in the period
 * @param activities  different activities with at least one attendance in the period
 * @param attendedMinutes  the minutes taken part, summed over attendances
 * @param peopleByRung  people by the highest rung of the ladder they took part at in the period, keyed by
 *     rung identifier (such as {@code co-design}), bottom rung first; rungs with nobody are absent
 * @param attendancesByRung  attendances by the rung of the activity, keyed likewise
 */
@Stable
public record ParticipationResult(LocalDate previousFrom, LocalDate from, LocalDate to, long reach,
        Share livedExperience, Share retention, long attendances, long activities, long attendedMinutes,
        Map<String, Long> peopleByRung, Map<String, Long> attendancesByRung) {

    /**
     * Checks the result.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part or negative count
     */
    public ParticipationResult {
        Violations.of("ParticipationResult")
                .check(previousFrom != null && from != null && to != null, "from", "the three dates are required")
                .check(reach >= 0, "reach", "must not be negative", reach)
                .check(livedExperience != null, "livedExperience", "is required")
                .check(retention != null, "retention", "is required")
                .check(attendances >= 0 && activities >= 0 && attendedMinutes >= 0, "attendances",
                        "counts must not be negative")
                .check(peopleByRung != null, "peopleByRung", "is required")
                .check(attendancesByRung != null, "attendancesByRung", "is required")
                .throwIfAny();
        peopleByRung = Collections.unmodifiableMap(new LinkedHashMap<>(peopleByRung));
        attendancesByRung = Collections.unmodifiableMap(new LinkedHashMap<>(attendancesByRung));
    }

    /**
     * Reach as a share of the people the activity was meant for, such as the members of a forum.
     *
     * @param eligible  the people eligible, at least the reach
     * @return the share reached, not null
     * @throws org.coproduction.core.validation.ValidationException if fewer people were eligible than reached
     */
    public Share reachOf(long eligible) {
        return Share.of(reach, eligible);
    }

    /**
     * The mean attendances per activity.
     *
     * @return the mean, or empty when there was no activity
     */
    public OptionalDouble meanAttendancePerActivity() {
        return activities == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attendances / activities);
    }

    @Override
    public String toString() {
        return "From " + from + " to " + to + ": reach " + reach + " (lived experience " + livedExperience + "), "
                + "retention " + retention + ", " + attendances + " attendances at " + activities
                + " activities, people by highest rung " + peopleByRung;
    }
}
