package org.coproduction.assessment.audit;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The audit-style instruments the library ships. Each gives a profile with the weakest areas named, not a
 * rung: an audit is not forced onto a ladder.
 *
 * <ul>
 * <li>{@link #walesCoproductionAudit()}: the structure of the Co-production Network for Wales Co-production and
 * Involvement Audit, for organisations. Five principles, three action statements under each (15), each
 * scored 1 to 5; a principle scores 3 to 15 and the total 15 to 75. The network publishes no bands that the
 * library has seen, so the result names none. The audit's own statements were not seen: the 15 statements
 * here are the library's own, written from the principles' descriptions, and so is the wording of a score of
 * 5.</li>
 * <li>{@link #coproductionAssessment()}: the Coproduction Assessment organised by five core values (assets,
 * work, reciprocity, community, respect), four items each, scored 1 (never), 3 (sometimes) or 5 (always), with
 * 2 and 4 between; total 20 to 100 in four bands. The page was read; its attribution of the core values to
 * Edgar Cahn is not verified. The 20 items are the library's own words.</li>
 * </ul>
 *
 * <pre>{@code
 * Audit audit = Audits.byId("coproduction-assessment");
 * AuditResult result = audit.score(responses);
 * result.total();          // Optional[62]
 * result.band();           // 60 to 79: on the way
 * result.weakestAreas();   // [reciprocity]
 * result.explanation();
 * }</pre>
 *
 * <p>Sources: the project's domain notes on ladders, section 7, Audit-style instruments.
 */
@Experimental
public final class Audits {

    /** The identifier of {@link #walesCoproductionAudit()}. */
    public static final String WALES_ID = "wales-coproduction-audit";
    /** The identifier of {@link #coproductionAssessment()}. */
    public static final String COPRODUCTION_ASSESSMENT_ID = "coproduction-assessment";

    private static final Citation WALES = Citation.builder()
            .reference("Co-production Network for Wales, Co-production and Involvement Audit")
            .status(SourceStatus.VERIFIED)
            .note("Structure read: five principles with three action statements each, scored 1 to 5, with the "
                    + "meanings of 1 to 4; no bands seen. The audit's own statements and its wording for 5 were "
                    + "not seen.")
            .build();
    private static final Citation WALES_PRINCIPLES = Citation.builder()
            .reference("Co-production Network for Wales, the five principles of co-production as it lists them")
            .status(SourceStatus.SECONDARY)
            .note("Principle names as secondary summaries give them; descriptions in the library's own words.")
            .build();
    private static final Citation WALES_STATEMENTS = Citation.builder()
            .reference("Co-production ladder library, action statements for the five principles of the "
                    + "Co-production Network for Wales audit")
            .status(SourceStatus.LIBRARY_OWN)
            .note("The audit's own statements were not seen; these statements and the principles' one-line "
                    + "descriptions are the library's rendering, written from the principles' descriptions. Cite as "
                    + "the library's.")
            .build();
    private static final Citation WALES_TOP_SCORE = Citation.builder()
            .reference("Co-production ladder library, wording for a score of 5 on the Wales audit scale")
            .status(SourceStatus.LIBRARY_OWN)
            .note("The audit's wording for 5 was not seen; this is the library's own.")
            .build();
    private static final Citation CORE_VALUES = Citation.builder()
            .reference("Coproduction Assessment, a self-assessment organised by the core values of co-production "
                    + "(assets, work, reciprocity, community, respect)")
            .status(SourceStatus.VERIFIED)
            .note("Structure, anchors and bands read on the publishing page. The page presents the values as "
                    + "Edgar Cahn's; that attribution is not verified.")
            .build();
    private static final Citation CORE_VALUES_ITEMS = Citation.builder()
            .reference("Co-production ladder library, items for the five core values of the Coproduction "
                    + "Assessment")
            .status(SourceStatus.LIBRARY_OWN)
            .note("The items and the values' one-line descriptions are the library's own words, written from the "
                    + "values' names; cite as the library's.")
            .build();

    private static final Audit WALES_AUDIT = buildWales();
    private static final Audit CORE_VALUES_AUDIT = buildCoreValues();
    private static final List<Audit> ALL = List.of(WALES_AUDIT, CORE_VALUES_AUDIT);

    private Audits() {
    }

    /**
     * The Co-production Network for Wales audit structure: five principles (assets, networks, outcomes,
     * reciprocity, people as creators of change), three action statements each, scored 1 (no action yet) to
     * 5; no bands. The statements and the wording of 5 are the library's own.
     *
     * @return the audit
     */
    public static Audit walesCoproductionAudit() {
        return WALES_AUDIT;
    }

    /**
     * The Coproduction Assessment: five core values (assets, work, reciprocity, community, respect), four
     * items each, scored 1 (never), 3 (sometimes) or 5 (always); total 20 to 100 in the bands 20 to 39, 40 to
     * 59, 60 to 79 and 80 to 100. The attribution to Edgar Cahn is not verified; the items are the library's
     * own words.
     *
     * @return the audit
     */
    public static Audit coproductionAssessment() {
        return CORE_VALUES_AUDIT;
    }

    /**
     * Every shipped audit.
     *
     * @return the audits
     */
    public static List<Audit> all() {
        return ALL;
    }

    /**
     * A shipped audit by identifier.
     *
     * @param id  {@code wales-coproduction-audit} or {@code coproduction-assessment}
     * @return the audit
     * @throws NoSuchElementException if the library ships no such audit, naming those it does
     */
    public static Audit byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new NoSuchElementException(
                "No audit \"" + id + "\"; the library ships " + ALL.stream().map(Audit::id)
                        .collect(Collectors.joining(", "))));
    }

    private static AuditArea area(String id, String name, String description, Citation source, String... items) {
        AuditArea.Builder area = AuditArea.builder().id(id).name(name).description(description);
        if (source != null) {
            area.source(source);
        }
        for (int i = 0; i < items.length; i++) {
            area.addItem(AuditItem.of(id + "-" + (i + 1), items[i]));
        }
        return area.build();
    }

    private static Audit buildWales() {
        return Audit.builder()
                .id(WALES_ID)
                .title("Co-production and Involvement Audit (Co-production Network for Wales structure)")
                .source(WALES)
                .statementsSource(WALES_STATEMENTS)
                .guidance("For organisations. Takes about 30 minutes; best done by a group from across the "
                        + "organisation.")
                .addAnchor(ScoreAnchor.of(1, "No action yet"))
                .addAnchor(ScoreAnchor.of(2, "A start made"))
                .addAnchor(ScoreAnchor.of(3, "Progress on several fronts"))
                .addAnchor(ScoreAnchor.of(4, "Doing really well in some areas but not all"))
                .addAnchor(ScoreAnchor.builder().score(5).meaning("Doing really well in all areas")
                        .source(WALES_TOP_SCORE).build())
                .addArea(area("assets", "Assets",
                        "Everyone has skills, knowledge and experience to offer, and the work builds on them.",
                        WALES_PRINCIPLES,
                        "We find out what skills, knowledge and lived experience people bring, and use them in our work.",
                        "We treat people who use our services, and their carers, as partners with something to "
                                + "offer, not as passive recipients.",
                        "Our plans start from what people and communities already have, not only from what they lack."))
                .addArea(area("networks", "Networks",
                        "People are connected with each other and with organisations beyond one service.",
                        WALES_PRINCIPLES,
                        "We help people connect with each other and with community groups beyond our own services.",
                        "We work as partners with other organisations, community groups and user-led organisations.",
                        "We support peer networks in which people share what they know and support each other."))
                .addArea(area("outcomes", "Outcomes",
                        "The work is judged by the difference it makes to what matters to people.",
                        WALES_PRINCIPLES,
                        "We agree with people what a good outcome is for them, and plan the work around it.",
                        "We measure success by the difference made to people's lives, not only by what we delivered.",
                        "People help to judge whether the outcomes were achieved."))
                .addArea(area("reciprocity", "Reciprocity (exchanges)",
                        "Everyone gives and everyone gets something back.",
                        WALES_PRINCIPLES,
                        "People who give their time and expertise get something back that they value, such as "
                                + "payment, training or new skills.",
                        "Staff and the people we work with learn from each other; expertise flows both ways.",
                        "We recognise what people contribute and tell them what came of it."))
                .addArea(area("people-as-creators-of-change", "People as creators of change",
                        "People are supported to make change happen, not only to comment on it.",
                        WALES_PRINCIPLES,
                        "People who use services help decide what changes, not only comment on plans.",
                        "People lead, or share the lead on, pieces of work, with the support they need.",
                        "Staff see their role as enabling people to make change, not doing it for them."))
                .build();
    }

    private static Audit buildCoreValues() {
        return Audit.builder()
                .id(COPRODUCTION_ASSESSMENT_ID)
                .title("Coproduction Assessment (five core values)")
                .source(CORE_VALUES)
                .statementsSource(CORE_VALUES_ITEMS)
                .addAnchor(ScoreAnchor.of(1, "Never"))
                .addAnchor(ScoreAnchor.of(3, "Sometimes"))
                .addAnchor(ScoreAnchor.of(5, "Always"))
                .addArea(area("assets", "Assets", "Every person has something to contribute.", null,
                        "We treat every person as having something to contribute.",
                        "We ask people what they are good at and what they care about.",
                        "People's skills and experience are used in our work, not only their needs recorded.",
                        "We look for the strengths of people who are often overlooked."))
                .addArea(area("work", "Work",
                        "The unpaid work people do, caring and building community, is valued as real work.", null,
                        "We value the unpaid work people do, such as caring and supporting neighbours.",
                        "The contributions people make to our work are recognised and rewarded.",
                        "Roles open to people without professional qualifications are real roles, not token ones.",
                        "People's contributions are counted beside staff contributions when we report what was done."))
                .addArea(area("reciprocity", "Reciprocity", "Help flows both ways.", null,
                        "When we help someone, we also ask what they would like to offer, if they wish.",
                        "People can both give and receive help through our work.",
                        "Relationships between staff and the people we work with are two-way.",
                        "People who help others are helped in return."))
                .addArea(area("community", "Community",
                        "People are part of networks that support them beyond any one service.", null,
                        "We help people build relationships beyond our service.",
                        "We work with the networks and groups people already belong to.",
                        "People support each other through our work, not only through staff.",
                        "Our work makes the local community stronger."))
                .addArea(area("respect", "Respect", "Every person is heard and taken seriously.", null,
                        "People are listened to and taken seriously, whatever their background.",
                        "People have a real say in decisions that affect them.",
                        "We treat people as equal partners and respect their choices.",
                        "We explain our decisions to people, including why something cannot be done."))
                .addBand(AuditBand.of(20, 39, "it's not there"))
                .addBand(AuditBand.of(40, 59, "starting out"))
                .addBand(AuditBand.of(60, 79, "on the way"))
                .addBand(AuditBand.of(80, 100, "going strong"))
                .build();
    }
}
