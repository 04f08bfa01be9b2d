package org.coproduction.assessment.audit;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.source.Citation;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * What one score on an audit's scale means, such as 1 for "no action yet". A scale need not anchor every
 * score: the Coproduction Assessment anchors 1, 3 and 5 only.
 *
 * <p>Whether the score lies on the audit's scale is checked by the {@link Audit} that holds the anchor.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ScoreAnchor implements WithScoreAnchor {

    /**
     * The score anchored, such as 1.
     *
     * @return the score
     */
    public abstract int score();

    /**
     * What the score means, such as "A start made".
     *
     * @return the meaning
     */
    public abstract String meaning();

    /**
     * Where the wording comes from, when it differs from the audit's source: the library's own wording where
     * the publisher's was not seen.
     *
     * @return the citation, or empty to use the audit's
     */
    public abstract Optional<Citation> source();

    /**
     * An anchor worded as the audit's source words it.
     *
     * @param score  the score
     * @param meaning  what it means
     * @return the anchor
     */
    public static ScoreAnchor of(int score, String meaning) {
        return builder().score(score).meaning(meaning).build();
    }

    /**
     * A builder for an anchor.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ScoreAnchor} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableScoreAnchor.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return score() + ": " + meaning();
    }
}
