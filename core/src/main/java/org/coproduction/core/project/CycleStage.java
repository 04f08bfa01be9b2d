package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * A stage of the commissioning cycle, analyse, plan, do, review; co-production can reach every one of them
 * (Rich Watts on user-led organisations and the commissioning cycle).
 */
@Stable
public enum CycleStage {
    /** Analyse: understand needs and the evidence. */
    ANALYSE,
    /** Plan: decide what to do. */
    PLAN,
    /** Do: put it in place. */
    DO,
    /** Review: see whether it worked. */
    REVIEW;

    /**
     * The identifier written in JSON, such as {@code analyse}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, CycleStage> BY_TEXT = EnumIds.index(CycleStage.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static CycleStage parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, CycleStage.class, text, "commissioning cycle stage");
    }
}
