package org.coproduction.measures.participation;

import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.RecruitmentChannel;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.interval.ConfidenceInterval;

/**
 * Who one recruitment channel reached: how many people it recruited, and how many of those whose answer is
 * known were new to involvement, with a Wilson score interval for that share.
 *
 * @param channel  the channel, not null
 * @param recruited  the people recruited through it, at least 1
 * @param newToInvolvement  the people new to involvement, of those recruited whose answer is recorded, not null
 * @param interval  the 95% Wilson score interval for the share new to involvement, when any answer is recorded
 */
@Stable
public record ChannelReach(RecruitmentChannel channel, long recruited, Share newToInvolvement,
        Optional<ConfidenceInterval> interval) {

    /**
     * Checks the row.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public ChannelReach {
        interval = Objects.requireNonNullElse(interval, Optional.empty());
        Violations.of("ChannelReach")
                .check(channel != null, "channel", "is required")
                .check(recruited >= 1, "recruited", "must be at least 1", recruited)
                .check(newToInvolvement != null, "newToInvolvement", "is required")
                .check(newToInvolvement == null || newToInvolvement.denominator() <= recruited, "newToInvolvement",
                        "must not count more answers than the " + recruited + " people recruited", newToInvolvement)
                .throwIfAny();
    }

    @Override
    public String toString() {
        return channel.id() + ": " + recruited + " recruited, new to involvement " + newToInvolvement
                + interval.map(i -> " (95% CI " + String.format(java.util.Locale.ROOT, "%.4f to %.4f", i.lower(),
                        i.upper()) + ")").orElse("");
    }
}
