package org.coproduction.examples.embedding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small case-management-style service that embeds the library the recommended way.
 *
 * <ul>
 *   <li>It keeps its <em>own</em> records ({@link Group}, {@link Member}, {@link Session}): the library's types
 *       are made from them when a question is asked, through the public builders, so the service's storage
 *       never depends on the library's classes.</li>
 *   <li>The {@link Assessor} and the {@link RecompensePolicy} are built once, at start-up, and held in final
 *       fields. Both are immutable, so every request thread shares them without locking; building them per
 *       request would repeat the instrument's and the policy's checks for nothing.</li>
 *   <li>Requests and responses are JSON strings. A response is {@code {"ok": true, "result": …}} or
 *       {@code {"ok": false, "errors": ["path: rule", …]}}: bad input never escapes as an exception.</li>
 *   <li>It logs through SLF4J, with ids only (the library's values never put names in their text either).</li>
 * </ul>
 *
 * <p>Requests (all fields required unless marked optional):
 * <ul>
 *   <li>{@link #addMember}: {@code {"group", "member", "kind": "carer"|"person"|"worker", "consentedOn",
 *       "payment": "payment"|"voucher"|"declined"|"donation" (optional; never for workers)}}</li>
 *   <li>{@link #logSession}: {@code {"group", "session", "date", "kind" (an activity type such as workshop),
 *       "rung", "online", "attendees": [{"member", "minutes", "preparationMinutes"}]}}</li>
 *   <li>{@link #paymentStatement}: {@code {"group", "member", "from", "to"}} → the statement</li>
 *   <li>{@link #assess}: {@code {"group", "answers": {"dimension": "option", …}, "target" (optional)}} → the
 *       assessment and the gap</li>
 * </ul>
 */
public final class CaseManagementService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseManagementService.class);

    private final Assessor assessor;
    private final RecompensePolicy policy;
    private final ObjectMapper json = CoproductionJson.mapper();
    private final ConcurrentMap<String, Group> groups = new ConcurrentHashMap<>();

    /** A person in a group, as the service stores them. */
    public record Member(String member, String kind, LocalDate consentedOn, String payment) {
    }

    /** One person's time at a session, as the service stores it. */
    public record Attendee(String member, Integer minutes, Integer preparationMinutes) {
    }

    /** A session a group held, as the service stores it. */
    public record Session(String group, String session, LocalDate date, String kind, String rung, Boolean online,
            List<Attendee> attendees) {
    }

    /** A group's members, sessions and latest self-assessment answers; replaced whole on every change. */
    public record Group(String id, Map<String, Member> members, List<Session> sessions, Map<String, String> answers) {
    }

    private record MemberRequest(String group, String member, String kind, LocalDate consentedOn, String payment) {
    }

    private record StatementRequest(String group, String member, LocalDate from, LocalDate to) {
    }

    private record AssessRequest(String group, Map<String, String> answers, String target) {
    }

    /** A request the service refuses, with one line per problem. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    /**
     * A service paying by the given policy and assessing with the given instrument. Call once at start-up.
     *
     * @param policy  the council's recompense policy, not null
     * @param assessor  the assessor for the council's instrument, not null
     */
    public CaseManagementService(RecompensePolicy policy, Assessor assessor) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        LOG.info("Started with policy {} and instrument {}", policy.id(), assessor.instrument().id());
    }

    /**
     * A service paying by the NIHR-style hourly preset and assessing with the TLAP instrument.
     *
     * @return the service, not null
     */
    public static CaseManagementService withDefaults() {
        return new CaseManagementService(Recompense.nihr(), Assessments.tlapAssessor());
    }

    /**
     * Adds or replaces a member of a group (the group is created with its first member).
     *
     * @param request  a JSON member request, see the class description
     * @return {@code {"ok": true, "result": {"group", "member"}}} or the errors
     */
    public String addMember(String request) {
        return handle("addMember", () -> {
            MemberRequest r = read(request, MemberRequest.class);
            List<String> problems = new ArrayList<>();
            required(problems, r.group(), "group");
            required(problems, r.member(), "member");
            required(problems, r.kind(), "kind");
            required(problems, r.consentedOn(), "consentedOn");
            refuseIfAny(problems);
            Member member = new Member(r.member(), r.kind(), r.consentedOn(), r.payment());
            participant(member, r.group());
            groups.merge(r.group(), new Group(r.group(), Map.of(member.member(), member), List.of(), Map.of()),
                    (old, added) -> new Group(old.id(), with(old.members(), member.member(), member), old.sessions(),
                            old.answers()));
            LOG.info("Group {}: member {} added", r.group(), r.member());
            ObjectNode result = json.createObjectNode().put("group", r.group()).put("member", r.member());
            return result;
        });
    }

    /**
     * Records a session with its attendance. Every attendee must already be a member of the group.
     *
     * @param request  a JSON session request, see the class description
     * @return {@code {"ok": true, "result": {"group", "session", "attendees"}}} or the errors
     */
    public String logSession(String request) {
        return handle("logSession", () -> {
            Session s = read(request, Session.class);
            List<String> problems = new ArrayList<>();
            required(problems, s.group(), "group");
            required(problems, s.session(), "session");
            required(problems, s.date(), "date");
            required(problems, s.kind(), "kind");
            required(problems, s.rung(), "rung");
            required(problems, s.online(), "online");
            required(problems, s.attendees(), "attendees");
            refuseIfAny(problems);
            Group group = group(s.group());
            for (int i = 0; i < s.attendees().size(); i++) {
                Attendee a = s.attendees().get(i);
                if (a.member() == null || !group.members().containsKey(a.member())) {
                    problems.add("attendees[" + i + "].member: must be a member of group " + s.group());
                }
                required(problems, a.minutes(), "attendees[" + i + "].minutes");
            }
            refuseIfAny(problems);
            activity(s);
            groups.computeIfPresent(s.group(), (id, old) -> {
                List<Session> sessions = new ArrayList<>(old.sessions());
                sessions.removeIf(existing -> existing.session().equals(s.session()));
                sessions.add(s);
                return new Group(id, old.members(), List.copyOf(sessions), old.answers());
            });
            LOG.info("Group {}: session {} on {} logged with {} attendees", s.group(), s.session(), s.date(),
                    s.attendees().size());
            return json.createObjectNode().put("group", s.group()).put("session", s.session())
                    .put("attendees", s.attendees().size());
        });
    }

    /**
     * A member's payment statement for a period, under the service's policy.
     *
     * @param request  a JSON statement request, see the class description
     * @return {@code {"ok": true, "result": <statement>}} or the errors
     */
    public String paymentStatement(String request) {
        return handle("paymentStatement", () -> {
            StatementRequest r = read(request, StatementRequest.class);
            List<String> problems = new ArrayList<>();
            required(problems, r.group(), "group");
            required(problems, r.member(), "member");
            required(problems, r.from(), "from");
            required(problems, r.to(), "to");
            refuseIfAny(problems);
            Group group = group(r.group());
            // The member is not named: text that is not a member's id may be a name typed in its place.
            Member member = Optional.ofNullable(group.members().get(r.member())).orElseThrow(() ->
                    new Refused(List.of("member: is not a member of group " + r.group())));
            List<Activity> activities = group.sessions().stream().map(CaseManagementService::activity).toList();
            PaymentStatement statement = Recompense.statement(policy, participant(member, group.id()), activities,
                    r.from(), r.to());
            LOG.info("Group {}: statement for {} from {} to {}: {} lines", r.group(), r.member(), r.from(), r.to(),
                    statement.lines().size());
            return json.valueToTree(statement);
        });
    }

    /**
     * Places a group on the ladder from its answers (one option id per dimension of the instrument), and says
     * what it would take to reach the next rung or the target. The answers are kept as the group's latest.
     *
     * @param request  a JSON assessment request, see the class description
     * @return {@code {"ok": true, "result": {"assessment", "gap"}}} or the errors
     */
    public String assess(String request) {
        return handle("assess", () -> {
            AssessRequest r = read(request, AssessRequest.class);
            List<String> problems = new ArrayList<>();
            required(problems, r.group(), "group");
            required(problems, r.answers(), "answers");
            refuseIfAny(problems);
            group(r.group());
            Instrument instrument = assessor.instrument();
            var responses = Responses.builder().instrumentId(instrument.id()).subject(r.group());
            for (Map.Entry<String, String> entry : r.answers().entrySet()) {
                Optional<Dimension> dimension = instrument.dimensions().stream()
                        .filter(d -> d.id().equals(entry.getKey())).findFirst();
                if (dimension.isEmpty() || dimension.get().questions().size() != 1) {
                    problems.add("answers." + entry.getKey() + ": not a dimension of " + instrument.id()
                            + " with one question");
                    continue;
                }
                responses.addAnswer(Answer.of(dimension.get().questions().get(0).id(), entry.getValue()));
            }
            refuseIfAny(problems);
            Assessment assessment = assessor.assess(responses.build());
            Gap gap = r.target() == null ? assessor.gap(assessment) : assessor.gap(assessment, r.target());
            groups.computeIfPresent(r.group(), (id, old) -> new Group(id, old.members(), old.sessions(),
                    Map.copyOf(r.answers())));
            LOG.info("Group {}: assessed at {}", r.group(), assessment.rung().map(x -> x.id()).orElse("no placement"));
            ObjectNode result = json.createObjectNode();
            result.set("assessment", json.valueToTree(assessment));
            result.set("gap", json.valueToTree(gap));
            return result;
        });
    }

    /** The work of one request, returning its result as a JSON tree. */
    @FunctionalInterface
    private interface Work {
        com.fasterxml.jackson.databind.JsonNode run();
    }

    private String handle(String name, Work work) {
        ObjectNode response = json.createObjectNode();
        try {
            response.put("ok", true).set("result", work.run());
        } catch (Refused e) {
            return refused(name, e.problems);
        } catch (ValidationException e) {
            return refused(name, e.violations().stream().map(Violation::message).toList());
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return refused(name, List.of(e.getMessage()));
        }
        return response.toString();
    }

    private String refused(String name, List<String> problems) {
        LOG.warn("{} refused: {}", name, problems);
        ObjectNode response = json.createObjectNode().put("ok", false);
        ArrayNode errors = response.putArray("errors");
        problems.forEach(errors::add);
        return response.toString();
    }

    private <T> T read(String request, Class<T> type) {
        if (request == null || request.isBlank()) {
            throw new Refused(List.of("request: must be a JSON object"));
        }
        try {
            return json.readValue(request, type);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            // Jackson's own message quotes the text it could not read ("Unrecognized token 'Jane'", "from String
            // \"Jane Smith\""), and refusals are logged: only messages that quote no value are passed on.
            if (e instanceof UnrecognizedPropertyException || e instanceof JsonEOFException) {
                throw new Refused(List.of("request: " + e.getOriginalMessage().lines().findFirst()
                        .orElse("is not valid JSON") + where));
            }
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                        : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining("."))
                        .replace(".[", "[");
                throw new Refused(List.of(field + ": is not of the expected type" + where
                        + " (the value is not repeated: it may be personal data)"));
            }
            throw new Refused(List.of("request: must be well-formed JSON" + where
                    + " (the text is not repeated: it may be personal data)"));
        }
    }

    private Group group(String id) {
        Group group = groups.get(id);
        if (group == null) {
            throw new Refused(List.of("group: no group \"" + id + "\"; add a member first"));
        }
        return group;
    }

    private static void required(List<String> problems, Object value, String path) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            problems.add(path + ": is required");
        }
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Map.copyOf(copy);
    }

    /** The library's participant for one of the service's members. */
    private static Participant participant(Member member, String group) {
        ParticipantRole role;
        switch (member.kind()) {
            case "carer": role = ParticipantRole.UNPAID_CARER; break;
            case "person": role = ParticipantRole.LIVED_EXPERIENCE; break;
            case "worker": role = ParticipantRole.PRACTITIONER; break;
            default: throw new Refused(List.of("kind: must be carer, person or worker, was " + member.kind()));
        }
        var builder = Participant.builder().id(member.member()).addRoles(role)
                .involvement(role.isStaff() ? InvolvementLevel.LEAD : InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.of(member.consentedOn()), "Membership of group " + group));
        if (member.payment() != null) {
            builder.recompense(RecompensePreference.parse(member.payment()));
        }
        return builder.build();
    }

    /** The library's activity for one of the service's sessions, naming the request field of each problem. */
    private static Activity activity(Session session) {
        List<String> problems = new ArrayList<>();
        ActivityType type = field(problems, "kind", () -> ActivityType.parse(session.kind()));
        Rung rung = field(problems, "rung", () -> Rung.parse(session.rung()));
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < session.attendees().size(); i++) {
            Attendee a = session.attendees().get(i);
            attendance.add(field(problems, "attendees[" + i + "]", () -> Attendance.builder().participantId(a.member())
                    .activityId(session.session()).minutes(a.minutes())
                    .preparationMinutes(a.preparationMinutes() == null ? 0 : a.preparationMinutes()).build()));
        }
        refuseIfAny(problems);
        return Activity.builder().id(session.session()).projectId(session.group()).type(type)
                .date(PartialDate.of(session.date())).rung(rung)
                .setting(session.online() ? Setting.ONLINE : Setting.IN_PERSON).addAllAttendance(attendance).build();
    }

    /** Builds one part of a library value, recording its problems under the request field they came from. */
    private static <T> T field(List<String> problems, String path, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> problems.add(path + "." + v.message()));
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
        }
        return null;
    }
}
