package org.coproduction.core.project;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.coproduction.core.api.Stable;

/**
 * How many of a group's voting members bring lived experience, out of how many, and whether that meets a
 * required share such as the 75% a Disabled People's User-Led Organisation needs on its management board
 * (Department of Health criteria, as cited by Rich Watts).
 *
 * <p>The comparison is exact: 3 of 4 (75%) meets 75%; 2 of 3 (66.7%) does not. Instances are immutable.
 */
@Stable
public final class LivedExperienceShare {

    /** The share a user-led organisation needs: at least 75% of voting members from its constituency. */
    public static final BigDecimal USER_LED_ORGANISATION = new BigDecimal("0.75");

    private final int livedExperience;
    private final int votingMembers;

    private LivedExperienceShare(int livedExperience, int votingMembers) {
        this.livedExperience = livedExperience;
        this.votingMembers = votingMembers;
    }

    /**
     * A share from two counts.
     *
     * @param livedExperience  voting members with lived experience, not negative
     * @param votingMembers  all voting members, at least {@code livedExperience}
     * @return the share, not null
     * @throws IllegalArgumentException if a count is negative or the first exceeds the second
     */
    public static LivedExperienceShare of(int livedExperience, int votingMembers) {
        if (livedExperience < 0 || votingMembers < livedExperience) {
            throw new IllegalArgumentException("Invalid share: need 0 <= lived experience <= voting members, was "
                    + livedExperience + " of " + votingMembers);
        }
        return new LivedExperienceShare(livedExperience, votingMembers);
    }

    /**
     * How many voting members bring lived experience.
     *
     * @return the count, not negative
     */
    public int livedExperience() {
        return livedExperience;
    }

    /**
     * How many voting members there are.
     *
     * @return the count, not negative
     */
    public int votingMembers() {
        return votingMembers;
    }

    /**
     * The share as a fraction from 0 to 1, to 4 significant figures; zero when there are no voting members.
     *
     * @return the share, not null
     */
    public BigDecimal fraction() {
        if (votingMembers == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(livedExperience).divide(BigDecimal.valueOf(votingMembers), new MathContext(4));
    }

    /**
     * Whether the share is at least a required fraction, compared exactly
     * ({@code livedExperience >= required × votingMembers}). A group with no voting members meets no share
     * above zero.
     *
     * @param required  the required fraction from 0 to 1, such as {@link #USER_LED_ORGANISATION}, not null
     * @return true if the share is met
     * @throws IllegalArgumentException if the fraction is not between 0 and 1
     */
    public boolean meets(BigDecimal required) {
        Objects.requireNonNull(required, "required");
        if (required.signum() < 0 || required.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Invalid required share: must be from 0 to 1, was " + required);
        }
        if (votingMembers == 0) {
            return required.signum() == 0;
        }
        return BigDecimal.valueOf(livedExperience).compareTo(required.multiply(BigDecimal.valueOf(votingMembers))) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivedExperienceShare
                && livedExperience == ((LivedExperienceShare) other).livedExperience
                && votingMembers == ((LivedExperienceShare) other).votingMembers;
    }

    @Override
    public int hashCode() {
        return livedExperience * 31 + votingMembers;
    }

    @Override
    public String toString() {
        return livedExperience + " of " + votingMembers + " voting members bring lived experience";
    }
}
