package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * A phase of co-production work, from North Tyneside's three steps: gather and analyse evidence, plan, and
 * work together, which has its own preparation, action and evaluation phases (<i>Stronger Together</i>,
 * 2024, "Getting started").
 */
@Stable
public enum PhaseType {
    /** Gather and analyse evidence: sets the issue, the baseline and the aims. */
    GATHER_AND_ANALYSE_EVIDENCE,
    /** Plan: choose a co-production plan, recruit, agree recompense. */
    PLAN,
    /** Work together: prepare. */
    PREPARE,
    /** Work together: act. */
    ACT,
    /** Work together: evaluate. */
    EVALUATE;

    /**
     * The identifier written in JSON, such as {@code gather-and-analyse-evidence}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, PhaseType> BY_TEXT = EnumIds.index(PhaseType.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static PhaseType parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, PhaseType.class, text, "phase type");
    }
}
