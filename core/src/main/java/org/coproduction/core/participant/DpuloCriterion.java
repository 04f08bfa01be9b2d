package org.coproduction.core.participant;

import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * What the Department of Health asked of a disabled people's user-led organisation (DPULO), as Rich Watts's
 * post on the history of DPULOs gives it: a set of values an organisation "should adhere" to and a set of
 * characteristics it "should demonstrate". The post introduces both lists with "including", so they may not
 * be complete, and it is a secondary account: the Department's own criteria have not been read. Each
 * criterion carries how the source marks it ({@link #marking()}).
 *
 * <p>The typical services a DPULO "could deliver" are not criteria: see {@link DpuloService}.
 */
@Stable
public enum DpuloCriterion {
    /** A value: working from a social model of disability perspective. */
    SOCIAL_MODEL_OF_DISABILITY(Marking.VALUE),
    /** A value: promoting independent living. */
    PROMOTING_INDEPENDENT_LIVING(Marking.VALUE),
    /** A value: promoting human and legal rights. */
    PROMOTING_HUMAN_AND_LEGAL_RIGHTS(Marking.VALUE),
    /** A value: engaging with all local disabled people, carers and other people who use support services. */
    ENGAGING_ALL_LOCAL_PEOPLE(Marking.VALUE),
    /** A characteristic: being legally constituted. */
    LEGALLY_CONSTITUTED(Marking.CHARACTERISTIC),
    /**
     * A characteristic: a minimum of 75% of the voting members of the management board drawn from the
     * organisation's constituency. Worked out from the board's counts, never recorded as met by hand.
     */
    VOTING_MEMBERS_FROM_CONSTITUENCY(Marking.CHARACTERISTIC),
    /** A characteristic: demonstrating sustainability. */
    DEMONSTRATING_SUSTAINABILITY(Marking.CHARACTERISTIC),
    /** A characteristic: working with commissioners. */
    WORKING_WITH_COMMISSIONERS(Marking.CHARACTERISTIC);

    /** How the source marks a criterion. */
    public enum Marking {
        /** One of the values an organisation should adhere to. */
        VALUE,
        /** One of the characteristics an organisation should demonstrate. */
        CHARACTERISTIC;

        /**
         * The identifier written in JSON and reports, such as {@code characteristic}.
         *
         * @return the kebab-case identifier, not null
         */
        @JsonValue
        public String id() {
            return EnumIds.id(this);
        }
    }

    private final Marking marking;

    DpuloCriterion(Marking marking) {
        this.marking = marking;
    }

    /**
     * How the source marks this criterion: a value to adhere to or a characteristic to demonstrate.
     *
     * @return the marking, not null
     */
    public Marking marking() {
        return marking;
    }

    /**
     * The identifier written in JSON, such as {@code legally-constituted}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, DpuloCriterion> BY_TEXT = EnumIds.index(DpuloCriterion.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static DpuloCriterion parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, DpuloCriterion.class, text, "DPULO criterion");
    }
}
