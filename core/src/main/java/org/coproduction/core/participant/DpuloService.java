package org.coproduction.core.participant;

import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * The typical activities and services a disabled people's user-led organisation "could deliver" to support
 * independent living, as Rich Watts's post on the history of DPULOs lists them. They describe what an
 * organisation offers; none is required of it.
 */
@Stable
public enum DpuloService {
    /** Information and advice. */
    INFORMATION_AND_ADVICE,
    /** Advocacy and peer support. */
    ADVOCACY_AND_PEER_SUPPORT,
    /** Support in using personal budgets and direct payments. */
    PERSONAL_BUDGETS_AND_DIRECT_PAYMENTS,
    /** Support to recruit and employ personal assistants. */
    RECRUITING_PERSONAL_ASSISTANTS,
    /** Assistance with self assessment and support planning. */
    SELF_ASSESSMENT_AND_SUPPORT_PLANNING,
    /** (Disability) equality training. */
    EQUALITY_TRAINING,
    /** Supporting public sector organisations in the locality to implement the Disability Equality Duty. */
    DISABILITY_EQUALITY_DUTY;

    /**
     * The identifier written in JSON, such as {@code information-and-advice}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, DpuloService> BY_TEXT = EnumIds.index(DpuloService.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static DpuloService parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, DpuloService.class, text, "DPULO service");
    }
}
