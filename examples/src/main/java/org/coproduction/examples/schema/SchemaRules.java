package org.coproduction.examples.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.ParticipantRole;

/**
 * The rules of the value types that a JSON Schema can carry, field by field: identifier and text patterns,
 * bounds, lengths of lists, closed sets of codes. Each is a rule the type's own check enforces (its
 * {@code @Value.Check}); a test breaks every rule listed here in a real document and requires both the schema
 * and the library to refuse it, so the table cannot claim a rule the library does not keep.
 *
 * <p>Rules that depend on other values (cross-references, one date not before another, an amount's decimal
 * places in its currency) cannot be said in a schema; docs/json.md lists them as checked by the library only.
 */
final class SchemaRules {

    /**
     * The identifier rule of projects, participants, activities and feedback items: 1 to 64 letters, digits or
     * {@code . _ : -}, starting with a letter or digit (the library's {@code Ids}).
     */
    static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /**
     * The characters Java counts as white space ({@code Character.isWhitespace}), which {@code String.isBlank}
     * ignores; written out because a pattern's {@code \s} differs between regular-expression dialects (it
     * includes the no-break space in JavaScript, not in Java).
     */
    private static final String WHITE_SPACE = "\\t-\\r\\u001c-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000";

    /** Text that is not blank: at least one character that is not white space. */
    static final String NOT_BLANK = "[^" + WHITE_SPACE + "]";

    /** Text without white space, such as a ladder rung's id. */
    static final String NO_SPACES = "^[^" + WHITE_SPACE + "]+$";

    /** A date known to the year, the month or the day, or the word {@code unknown} (the library's PartialDate). */
    static ObjectNode partialDate() {
        ObjectNode schema = object().put("type", "string").put("description",
                "A date known to the year (2023), the month (2023-10) or the day (2023-10-12), or the word unknown.");
        ArrayNode forms = schema.putArray("anyOf");
        forms.addObject().put("pattern", "^[0-9]{4}$");
        forms.addObject().put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
        forms.addObject().put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        forms.addObject().put("const", "unknown");
        return schema;
    }

    private static final Map<String, ObjectNode> RULES = rules();

    private SchemaRules() {
    }

    /**
     * The rule keywords of one field, to add to the schema the generator made from its Java type.
     *
     * @param type  the value type's simple name, such as {@code Attendance}
     * @param field  the JSON property, such as {@code minutes}
     * @return the keywords, if the field has rules a schema can carry
     */
    static Optional<ObjectNode> of(String type, String field) {
        return Optional.ofNullable(RULES.get(type + "." + field)).map(ObjectNode::deepCopy);
    }

    /**
     * Every field with rules, as {@code Type.field}.
     *
     * @return the keys, not null
     */
    static java.util.Set<String> fields() {
        return java.util.Collections.unmodifiableSet(RULES.keySet());
    }

    /**
     * Adds rule keywords to a field's schema. The generator offers a list field twice, as the list and as its
     * elements: keywords under {@code items} go on the elements, the rest on the list; keywords for a map's
     * values ({@code additionalProperties}) are merged into the map's value schema.
     *
     * @param schema  the field's schema (or its elements'), changed in place
     * @param rules  the keywords from {@link #of}
     * @param elements  whether {@code schema} is the schema of the list's elements
     */
    static void apply(ObjectNode schema, ObjectNode rules, boolean elements) {
        if (elements) {
            if (rules.get("items") instanceof ObjectNode each) {
                schema.setAll(each);
            }
            return;
        }
        rules.fields().forEachRemaining(entry -> {
            if (entry.getKey().equals("items")) {
                return;
            }
            JsonNode existing = schema.get(entry.getKey());
            if (existing instanceof ObjectNode target && entry.getValue() instanceof ObjectNode more) {
                target.setAll(more);
            } else {
                schema.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static Map<String, ObjectNode> rules() {
        Map<String, ObjectNode> r = new HashMap<>();
        // Ladders and crosswalks
        put(r, "Ladder", notBlank(), "id", "name");
        put(r, "Ladder", minItems(2), "rungs");
        put(r, "RungDefinition", object().put("type", "string").put("pattern", NO_SPACES), "id");
        put(r, "RungDefinition", notBlank(), "name");
        put(r, "RungDefinition", minimum(1), "order");
        put(r, "RungGroup", notBlank(), "id", "name");
        put(r, "CrosswalkEntry", notBlank(), "from", "reasoning");
        put(r, "CrosswalkEntry", uniqueItems(), "to");
        put(r, "Citation", notBlank(), "reference");
        // Records: projects, participants, activities, feedback
        put(r, "CoproductionRecord", id(), "id");
        put(r, "CoproductionRecord", notBlank(), "title");
        put(r, "CoproductionRecord", items(notBlank()), "notes");
        put(r, "Project", id(), "id", "parentId");
        put(r, "Project", notBlank(), "title", "purpose", "serviceArea");
        put(r, "Project", items(notBlank()), "aims", "notes");
        put(r, "Governance", items(id()).put("uniqueItems", true), "chairs", "votingMembers", "advisers");
        put(r, "TermsOfReference", notBlank(), "purpose", "frequencyAndDuration", "evaluation");
        put(r, "TermsOfReference", items(notBlank()), "aims", "methods", "practicalArrangements", "groundRules");
        put(r, "RungChange", notBlank(), "reason");
        put(r, "Evidence", notBlank(), "description");
        put(r, "Constraint", notBlank(), "description");
        put(r, "Baseline", notBlank(), "measure", "unit", "source");
        put(r, "Phase", notBlank(), "note");
        put(r, "Participant", id(), "id");
        put(r, "Participant", minItems(1), "roles");
        put(r, "Participant", notBlank(), "organisation");
        put(r, "Consent", notBlank(), "scope");
        put(r, "Consent", object().put("const", true), "confirmedNotCoerced");
        put(r, "Demographics", notBlank(), "ageBand", "ethnicity", "disability", "sexualOrientation", "genderIdentity",
                "area");
        put(r, "Activity", id(), "id", "projectId");
        put(r, "Activity", notBlank(), "title", "venue");
        put(r, "Activity", items(notBlank()), "notes");
        put(r, "Activity", exclusiveMinimum(0), "durationMinutes");
        put(r, "Attendance", id(), "participantId", "activityId");
        put(r, "Attendance", minimum(0), "minutes", "preparationMinutes", "travelMinutes");
        put(r, "ExpenseClaim", exclusiveMinimum(0), "amount", "miles");
        put(r, "ExpenseClaim", notBlank(), "note");
        put(r, "FeedbackItem", id(), "id", "projectId");
        put(r, "FeedbackItem", items(id()), "raisedBy", "raisedAt");
        put(r, "FeedbackItem", notBlank(), "youSaid", "raisedByGroup");
        put(r, "FeedbackAction", notBlank(), "weDid", "owner");
        put(r, "FeedbackAction", id(), "decidedAt");
        put(r, "FeedbackOutcome", notBlank(), "resultedIn");
        put(r, "CouldNotDo", notBlank(), "because");
        // Recompense policies
        put(r, "RecompensePolicy", notBlank(), "id", "name");
        put(r, "RecompensePolicy", minItems(1), "schedules");
        put(r, "RateSchedule", notBlank(), "version");
        put(r, "RateSchedule", minItems(1), "rules");
        put(r, "RateSchedule", range(0, 1), "travelTimeShare");
        put(r, "RateSchedule", minimum(1), "chairMultiplier", "claimWindowDays");
        put(r, "RateRule", notBlank(), "id", "description", "unpaidReason");
        put(r, "RateRule", minimum(0), "hourlyRate", "flatFee");
        put(r, "RateRule", range(1, 1440), "equivalentMinutes");
        put(r, "RateRule", items(codes(ParticipantRole.values(), ParticipantRole::id)), "roles");
        put(r, "RateRule", items(codes(InvolvementLevel.values(), InvolvementLevel::id)), "involvementLevels");
        put(r, "RateRule", items(codes(ActivityType.values(), ActivityType::id)), "activityTypes");
        put(r, "DurationBand", range(1, 1440), "upToMinutes");
        put(r, "DurationBand", minimum(0), "amount", "hourlyRate");
        put(r, "Caps", minimum(0), "perDay", "perWeek", "perTaxYear");
        put(r, "ExpenseRule", codes(ExpenseCategory.values(), ExpenseCategory::id), "category");
        put(r, "ExpenseRule", notBlank(), "description");
        put(r, "ExpenseRule", minimum(0), "capPerClaim");
        put(r, "ExpenseRule", exclusiveMinimum(0), "ratePerMile");
        put(r, "TimeRounding", range(1, 1440), "incrementMinutes");
        put(r, "TimeRounding", range(0, 1440), "minimumMinutes");
        put(r, "PreparationTime", range(0, 1440), "minutes");
        put(r, "PreparationTime", range(0, 10), "share");
        // Proportionality rules and benefit limits
        put(r, "ProportionalityRules", notBlank(), "id", "name");
        put(r, "GroupSizeRule", minimum(1), "minPeople", "maxPeople");
        put(r, "BenefitLimit", exclusiveMinimum(0), "amount");
        put(r, "BenefitLimit", exclusiveMinimum(0).put("maximum", 168), "hoursBelow");
        put(r, "BenefitLimit", exclusiveMinimum(0).put("maximum", 1), "taper");
        // Instruments and responses
        put(r, "Instrument", notBlank(), "id", "name");
        put(r, "Instrument", minItems(1), "dimensions");
        put(r, "Instrument", object().set("additionalProperties", notBlank()), "plainSummaries");
        put(r, "Dimension", notBlank(), "id", "name");
        put(r, "Dimension", minItems(1), "questions");
        put(r, "Question", notBlank(), "id", "text");
        put(r, "Question", minItems(1), "options");
        put(r, "AnswerOption", notBlank(), "id", "text");
        put(r, "Responses", notBlank(), "instrumentId", "subject");
        put(r, "Answer", notBlank(), "questionId", "optionId", "justification");
        // Audits, their scores and results
        put(r, "Audit", notBlank(), "id", "title", "guidance");
        put(r, "Audit", minItems(1), "areas");
        put(r, "Audit", minimum(0), "lowestScore");
        put(r, "Audit", object().put("maximum", 1000), "highestScore");
        put(r, "AuditArea", notBlank(), "id", "name", "description");
        put(r, "AuditArea", minItems(1), "items");
        put(r, "AuditItem", notBlank(), "id", "text");
        put(r, "ScoreAnchor", notBlank(), "meaning");
        put(r, "AuditBand", notBlank(), "label");
        put(r, "AuditResponses", notBlank(), "auditId", "subject");
        put(r, "AuditAnswer", notBlank(), "itemId");
        put(r, "AuditResult", notBlank(), "auditId", "subject", "explanation");
        put(r, "AreaScore", notBlank(), "areaId", "name");
        put(r, "EvidenceRef", notBlank(), "kind", "reference", "shows");
        return r;
    }

    private static void put(Map<String, ObjectNode> rules, String type, ObjectNode keywords, String... fields) {
        for (String field : fields) {
            if (rules.putIfAbsent(type + "." + field, keywords) != null) {
                throw new IllegalStateException("Two rule entries for " + type + "." + field);
            }
        }
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode id() {
        return object().put("pattern", ID);
    }

    private static ObjectNode notBlank() {
        return object().put("minLength", 1).put("pattern", NOT_BLANK);
    }

    private static ObjectNode minimum(int bound) {
        return object().put("minimum", bound);
    }

    private static ObjectNode exclusiveMinimum(int bound) {
        return object().put("exclusiveMinimum", bound);
    }

    private static ObjectNode range(int low, int high) {
        return object().put("minimum", low).put("maximum", high);
    }

    private static ObjectNode minItems(int count) {
        return object().put("minItems", count);
    }

    private static ObjectNode uniqueItems() {
        return object().put("uniqueItems", true);
    }

    private static ObjectNode items(ObjectNode each) {
        ObjectNode node = object();
        node.set("items", each);
        return node;
    }

    private static <E> ObjectNode codes(E[] values, Function<E, String> id) {
        ObjectNode node = object();
        node.set("enum", texts(Arrays.stream(values).map(id).toArray(String[]::new)));
        return node;
    }

    private static ArrayNode texts(String... values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
