package org.coproduction.measures.participation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Governance;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.indicator.Share;

/**
 * The share of voting seats held by people with lived experience, over one group's governance or many (a
 * council's boards and forums together). Advisory seats are not counted: advisers advise but do not decide.
 *
 * <p>A Disabled People's User-Led Organisation must have at least 75% of the voting members of its
 * management board drawn from its constituency (Department of Health criteria, as cited by Rich Watts; see
 * {@link org.coproduction.core.project.LivedExperienceShare#USER_LED_ORGANISATION}).
 */
@Stable
public final class LivedExperienceInGovernance
        implements Accumulator<GovernanceSeat, Share, LivedExperienceInGovernance>, Serializable {

    private static final long serialVersionUID = 1L;

    private final long[] counts = new long[2];

    /** An empty accumulator. */
    public LivedExperienceInGovernance() {
        // State is in the final field above.
    }

    /**
     * The share for one core governance.
     *
     * @param governance  the governance, not null
     * @param participants  the participants by identifier, not null
     * @return lived-experience voting seats of all voting seats, not null
     * @throws org.coproduction.core.validation.ValidationException if a member is not among the participants
     */
    public static Share of(Governance governance, Map<String, Participant> participants) {
        LivedExperienceInGovernance acc = new LivedExperienceInGovernance();
        List<GovernanceSeat> seats = GovernanceSeat.allOf(governance, participants);
        seats.forEach(acc::add);
        return acc.result();
    }

    @Override
    public void add(GovernanceSeat seat) {
        if (!seat.voting()) {
            return;
        }
        counts[1]++;
        if (seat.livedExperience()) {
            counts[0]++;
        }
    }

    @Override
    public LivedExperienceInGovernance merge(LivedExperienceInGovernance other) {
        counts[0] = Math.addExact(counts[0], other.counts[0]);
        counts[1] = Math.addExact(counts[1], other.counts[1]);
        return this;
    }

    /**
     * The lived-experience voting seats of all voting seats so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public Share state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LivedExperienceInGovernance from(Share state) {
        LivedExperienceInGovernance acc = new LivedExperienceInGovernance();
        acc.counts[0] = state.numerator();
        acc.counts[1] = state.denominator();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("LivedExperienceInGovernance is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(Share state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public Share result() {
        return Share.of(counts[0], counts[1]);
    }
}
