package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Where the evidence a project starts from comes from: quality-assurance interviews (North Tyneside's
 * Practice Quality Assessment Framework, with independent semi-structured interviews), complaints and
 * compliments, consultations on tenders and policy changes, local surveys and research (for example by
 * Healthwatch), national surveys (the Survey of Adult Carers in England, the Adult Social Care Survey),
 * academic research and grey literature, audits, and feedback from people with lived experience
 * (<i>Stronger Together</i>, 2024, step 1).
 */
@Stable
public enum EvidenceKind {
    /** Quality-assurance interviews, such as independent semi-structured interviews. */
    QUALITY_ASSURANCE_INTERVIEWS,
    /** Complaints and compliments. */
    COMPLAINTS_AND_COMPLIMENTS,
    /** Consultations on tenders and policy changes. */
    CONSULTATION,
    /** Local surveys, such as by Healthwatch. */
    LOCAL_SURVEY,
    /** National surveys, such as the Adult Social Care Survey or the Survey of Adult Carers in England. */
    NATIONAL_SURVEY,
    /** Academic research and grey literature. */
    RESEARCH,
    /** Case file or practice audits. */
    AUDIT,
    /** Feedback from people with lived experience, such as engagement events. */
    LIVED_EXPERIENCE_FEEDBACK;

    /**
     * The identifier written in JSON, such as {@code national-survey}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, EvidenceKind> BY_TEXT = EnumIds.index(EvidenceKind.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static EvidenceKind parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, EvidenceKind.class, text, "evidence kind");
    }
}
