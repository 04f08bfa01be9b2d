package org.coproduction.measures.participation;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.RecruitmentChannel;
import org.coproduction.core.validation.Violations;

/**
 * Who each recruitment channel reached.
 *
 * @param channels  one row per channel that recruited anyone, in the order of {@link RecruitmentChannel}, not
 *     null
 * @param channelNotRecorded  people whose recruitment channel is not recorded
 */
@Stable
public record RecruitmentReachResult(List<ChannelReach> channels, long channelNotRecorded) {

    /**
     * Checks the result and copies the rows.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part or negative count
     */
    public RecruitmentReachResult {
        Violations.of("RecruitmentReachResult")
                .check(channels != null, "channels", "is required")
                .check(channelNotRecorded >= 0, "channelNotRecorded", "must not be negative", channelNotRecorded)
                .throwIfAny();
        channels = List.copyOf(channels);
    }

    /**
     * The row of one channel.
     *
     * @param channel  the channel, not null
     * @return the row, or empty when the channel recruited no one
     */
    public Optional<ChannelReach> of(RecruitmentChannel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }

    @Override
    public String toString() {
        return channels + (channelNotRecorded == 0 ? "" : "; channel not recorded for " + channelNotRecorded);
    }
}
