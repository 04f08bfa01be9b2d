package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * An access need or preferred format that makes taking part possible.
 *
 * <p>North Tyneside's project lead introduces themselves to interested people personally, "finding out about
 * accessibility requirements",
 * and produced Easy Read and BSL versions of information (<i>Stronger Together</i>, 2024); the Care Act
 * procedures ask for information in accessible, jargon-free formats and practical support to take part. An
 * activity's needs are only ever reported in aggregate, never per person.
 */
@Stable
public enum AccessNeed {
    /** Easy Read documents (plain words with pictures). */
    EASY_READ,
    /** British Sign Language interpretation or BSL versions of information. */
    BSL,
    /** Large print documents. */
    LARGE_PRINT,
    /** Audio versions of documents. */
    AUDIO,
    /** Braille documents. */
    BRAILLE,
    /** A spoken-language interpreter. */
    INTERPRETER,
    /** A hearing loop at the venue. */
    HEARING_LOOP,
    /** A venue with step-free access. */
    STEP_FREE_VENUE,
    /** Regular breaks during the activity. */
    BREAKS,
    /** A support worker or personal assistant present. */
    SUPPORT_WORKER;

    /**
     * The identifier written in JSON, such as {@code easy-read}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, AccessNeed> BY_TEXT = EnumIds.index(AccessNeed.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static AccessNeed parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, AccessNeed.class, text, "access need");
    }
}
