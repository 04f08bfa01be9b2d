package org.coproduction.assessment.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Where an answer comes from: stated by a respondent, derived from the project's record, or a person's
 * override of a derived answer.
 */
@Stable
public enum AnswerOrigin {
    /** A respondent chose the answer. */
    STATED,
    /** The library derived the answer from the project's record, citing the records it used. */
    DERIVED,
    /** A person replaced a derived answer, with a written justification. */
    OVERRIDDEN;

    /**
     * The origin as written in JSON: {@code stated}, {@code derived} or {@code overridden}.
     *
     * @return the identifier
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads an origin from its identifier or constant name, ignoring case.
     *
     * @param text  the text
     * @return the origin
     * @throws IllegalArgumentException if the text names none
     */
    @JsonCreator
    public static AnswerOrigin parse(String text) {
        return EnumIds.parse(AnswerOrigin.class, text, "answer origin");
    }
}
