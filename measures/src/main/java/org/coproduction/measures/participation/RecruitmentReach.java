package org.coproduction.measures.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.RecruitmentChannel;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.interval.Intervals;

/**
 * Which recruitment channels reached people not already involved: for each channel, the people it recruited
 * and the share of them new to involvement, with a Wilson score interval.
 *
 * <p>North Tyneside's Inspire forum recruited through existing groups, mailing lists, visits to Extra Care
 * schemes and allocated workers, and found the allocated workers reached people "who were not currently
 * engaged with existing peer support, campaigning or advocacy organisations" (<i>Stronger Together</i>,
 * 2024). This measure lets a council see the same from its own records ({@link
 * Participant#recruitedThrough()}, {@link Participant#newToInvolvement()}). The counts are about people: pass
 * them through a disclosure rule before publishing them.
 *
 * <pre>{@code
 * RecruitmentReach reach = new RecruitmentReach();
 * record.participants().forEach(reach::add);
 * reach.result().channels();    // allocated-worker: 10 recruited, new to involvement 7/10 (95% CI ...)
 * }</pre>
 */
@Stable
public final class RecruitmentReach implements Accumulator<Participant, RecruitmentReachResult, RecruitmentReach> {

    private static final int RECRUITED = 0;
    private static final int ANSWERED = 1;
    private static final int NEW = 2;

    private final long[][] counts = new long[RecruitmentChannel.values().length][3];
    private long channelNotRecorded;

    /** An empty accumulator. */
    public RecruitmentReach() {
        // State is in the fields above.
    }

    @Override
    public void add(Participant person) {
        Optional<RecruitmentChannel> channel = person.recruitedThrough();
        if (channel.isEmpty()) {
            channelNotRecorded++;
            return;
        }
        long[] row = counts[channel.get().ordinal()];
        row[RECRUITED]++;
        if (person.newToInvolvement().isPresent()) {
            row[ANSWERED]++;
            row[NEW] += person.newToInvolvement().get() ? 1 : 0;
        }
    }

    @Override
    public RecruitmentReach merge(RecruitmentReach other) {
        for (int c = 0; c < counts.length; c++) {
            for (int i = 0; i < 3; i++) {
                counts[c][i] = Math.addExact(counts[c][i], other.counts[c][i]);
            }
        }
        channelNotRecorded = Math.addExact(channelNotRecorded, other.channelNotRecorded);
        return this;
    }

    @Override
    public RecruitmentReachResult result() {
        List<ChannelReach> rows = new ArrayList<>();
        for (RecruitmentChannel channel : RecruitmentChannel.values()) {
            long[] row = counts[channel.ordinal()];
            if (row[RECRUITED] > 0) {
                rows.add(new ChannelReach(channel, row[RECRUITED], Share.of(row[NEW], row[ANSWERED]),
                        row[ANSWERED] > 0 ? Optional.of(Intervals.wilson(row[NEW], row[ANSWERED])) : Optional.empty()));
            }
        }
        return new RecruitmentReachResult(rows, channelNotRecorded);
    }
}
