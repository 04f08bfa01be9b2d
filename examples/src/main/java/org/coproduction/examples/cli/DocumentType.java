package org.coproduction.examples.cli;

import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.value.EnumIds;

/**
 * The JSON documents the command-line tool reads, validates and describes with a schema.
 */
public enum DocumentType {
    /** A ladder of participation ({@link Ladder}). */
    LADDER(Ladder.class, "a ladder of participation"),
    /** A crosswalk between two ladders ({@link Crosswalk}). */
    CROSSWALK(Crosswalk.class, "a crosswalk between two ladders"),
    /** A co-production record: projects, participants, activities with attendance, feedback ({@link CoproductionRecord}). */
    RECORD(CoproductionRecord.class, "a co-production record (projects, participants, activities, feedback)"),
    /** A recompense policy with its dated rate schedules ({@link RecompensePolicy}). */
    POLICY(RecompensePolicy.class, "a recompense policy with its dated rate schedules"),
    /** An assessment instrument: dimensions, questions and the rung each answer supports ({@link Instrument}). */
    INSTRUMENT(Instrument.class, "an assessment instrument (dimensions, questions, answer options)"),
    /** One set of answers to an instrument about one project ({@link Responses}). */
    RESPONSES(Responses.class, "answers to an assessment instrument about one project");

    private final Class<?> javaType;
    private final String description;

    DocumentType(Class<?> javaType, String description) {
        this.javaType = javaType;
        this.description = description;
    }

    /**
     * The library type a document of this kind is read into.
     *
     * @return the type, not null
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * What a document of this kind holds, in words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * The name used on the command line, such as {@code ladder}.
     *
     * @return the name, not null
     */
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a document type from its command-line name.
     *
     * @param text  the name, such as {@code ladder}, not null
     * @return the type, not null
     * @throws IllegalArgumentException if no document type has this name, listing those that do
     */
    public static DocumentType parse(String text) {
        return EnumIds.find(DocumentType.class, text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown document type \"" + text + "\"; expected one of " + EnumIds.allowed(DocumentType.class)));
    }
}
