package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * The distance Krippendorff's alpha uses between two values (Krippendorff 2011): which disagreements count
 * and how much. Choose the one that fits the scale: nominal for labels, ordinal for rungs and ratings,
 * interval or ratio for measurements.
 */
@Experimental
public enum Metric {
    /** δ² = 0 for the same category, otherwise 1. */
    NOMINAL,
    /**
     * δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with n_g the number of pairable values in category g: the
     * distance grows with how many values lie between the two categories.
     */
    ORDINAL,
    /** δ²(c, k) = (c − k)², on the scale's numbers. */
    INTERVAL,
    /** δ²(c, k) = ((c − k)/(c + k))², on the scale's numbers, which must not be negative. */
    RATIO;

    /**
     * The metric's identifier as written in JSON, such as {@code ordinal}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a metric from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the metric, not null
     * @throws IllegalArgumentException if the text names no metric
     */
    @JsonCreator
    public static Metric parse(String text) {
        return EnumIds.parse(Metric.class, text, "metric");
    }
}
