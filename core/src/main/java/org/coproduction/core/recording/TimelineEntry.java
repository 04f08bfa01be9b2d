package org.coproduction.core.recording;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One dated event in a project's timeline: the project starting or ending, a phase starting or ending, an
 * activity, a feedback item raised, an action started or completed, an outcome, a "could not" explained
 * back, or a move on the ladder. See {@link CoproductionRecord#timeline(String)}.
 *
 * <p>Rule: the description and reference are not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TimelineEntry implements WithTimelineEntry {

    /** What kind of event a timeline entry is. */
    public enum Kind {
        /** The project started. */
        PROJECT_STARTED,
        /** The project ended. */
        PROJECT_ENDED,
        /** A phase started. */
        PHASE_STARTED,
        /** A phase ended. */
        PHASE_ENDED,
        /** An activity took place. */
        ACTIVITY,
        /** A feedback item was raised ("you said"). */
        FEEDBACK_RAISED,
        /** An action started ("we did"). */
        ACTION_STARTED,
        /** An action was completed. */
        ACTION_COMPLETED,
        /** An outcome was seen ("which resulted in"). */
        OUTCOME,
        /** A "could not" was explained back to the people who raised it. */
        EXPLAINED_BACK,
        /** The people who raised a feedback item were told of an outcome. */
        TOLD_BACK,
        /** The project moved to another rung of the ladder. */
        RUNG_CHANGED;

        /**
         * The identifier written in JSON, such as {@code feedback-raised}.
         *
         * @return the kebab-case identifier, not null
         */
        @JsonValue
        public String id() {
            return EnumIds.id(this);
        }

        private static final Map<String, Kind> BY_TEXT = EnumIds.index(Kind.class);

        /**
         * Reads a kind from its identifier or constant name, ignoring case.
         *
         * @param text  the text, not null
         * @return the kind, not null
         * @throws IllegalArgumentException if the text names no kind
         */
        @JsonCreator
        public static Kind parse(CharSequence text) {
            return EnumIds.parse(BY_TEXT, Kind.class, text, "timeline entry kind");
        }
    }

    /**
     * When it happened.
     *
     * @return the date, not null
     */
    public abstract PartialDate date();

    /**
     * What kind of event it is.
     *
     * @return the kind, not null
     */
    public abstract Kind kind();

    /**
     * The identifier of what it is about: the project, the activity or the feedback item; for a phase, the
     * phase type.
     *
     * @return the reference, not blank
     */
    public abstract String reference();

    /**
     * A short description.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * An entry.
     *
     * @param date  when, not null
     * @param kind  what kind, not null
     * @param reference  the identifier it is about, not blank
     * @param description  a short description, not blank
     * @return the entry, not null
     */
    public static TimelineEntry of(PartialDate date, Kind kind, String reference, String description) {
        return ImmutableTimelineEntry.builder().date(date).kind(kind).reference(reference).description(description)
                .build();
    }

    @Value.Check
    void check() {
        Violations.of("TimelineEntry").notBlank(reference(), "reference").notBlank(description(), "description")
                .throwIfAny();
    }

    /**
     * The date, kind and reference; the description is left out because for feedback it quotes what a
     * person said, free text that may hold personal details.
     *
     * @return a text without the description, not null
     */
    @Override
    public String toString() {
        return date() + " " + kind().id() + " " + reference();
    }
}
