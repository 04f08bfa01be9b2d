package org.coproduction.examples.cli.output;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.measures.disclosure.PublishedCell;

/**
 * One group's representation as {@code coproduction measure representation} publishes it: the group's share of the
 * population against its share of the participants. Where the participant count is suppressed, its share, ratio
 * and status are withheld too, since each would give the count away.
 *
 * @param group  the group's label, as the reference population names it
 * @param populationShare  the group's share of the reference population, from 0 to 1
 * @param seldomHeard  whether the reference population marks the group as seldom heard
 * @param participants  the participant count as it may be published (suppressed when small)
 * @param participantShare  the group's share of the participants, from 0 to 1; empty when the count is suppressed
 * @param ratio  the representation ratio, participant share ÷ population share (1 is proportional); empty when the
 *     count is suppressed
 * @param underRepresented  whether the ratio is below the under-representation threshold; empty when the count is
 *     suppressed
 */
@Experimental
public record GroupShare(String group, double populationShare, boolean seldomHeard, PublishedCell participants,
        Optional<Double> participantShare, Optional<Double> ratio, Optional<Boolean> underRepresented) {
}
