package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * A stage of commissioning where people with lived experience can be involved: designing services,
 * procurement (evaluating tenders and awarding contracts), and monitoring and review, including the quality
 * criteria (North Tyneside Council, <i>Stronger Together</i>, 2024, next steps).
 */
@Stable
public enum CommissioningStage {
    /** Designing the service. */
    SERVICE_DESIGN,
    /** Procurement: evaluating tenders and awarding contracts. */
    PROCUREMENT,
    /** Monitoring and review of the service, including the quality criteria. */
    MONITORING_AND_REVIEW;

    /**
     * The identifier written in JSON, such as {@code service-design}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, CommissioningStage> BY_TEXT = EnumIds.index(CommissioningStage.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static CommissioningStage parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, CommissioningStage.class, text, "commissioning stage");
    }
}
