package org.coproduction.assessment.instrument;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The assessment instruments the library ships.
 *
 * <ul>
 * <li>{@link #tlapDefault()}: places a project on the TLAP ladder of co-production. Seven core dimensions follow
 * the rows of "What separates the rungs in practice", the library's own synthesis of the TLAP rung
 * descriptions and of the commitments in North Tyneside Council's <i>Stronger Together</i> (2024); three
 * supporting dimensions (accessibility, reach to seldom-heard groups, involvement in evaluation) come from
 * the commitments in the council documents and are mapped to rungs by the library.</li>
 * <li>{@link #nefSixPrinciples()}: a profile against the New Economics Foundation's six aspects of
 * co-production, named as the Care Act procedures chapter that cites them writes them, each rated on a
 * four-step progress scale that is the library's own wording.</li>
 * </ul>
 *
 * <pre>{@code
 * Instruments.tlapDefault().dimensions()          // who started, stages, decisions, agenda, feedback, ...
 * Instruments.byId("nef-six-principles")
 * }</pre>
 */
@Stable
public final class Instruments {

    /** The identifier of {@link #tlapDefault()}. */
    public static final String TLAP_ID = "tlap-default";
    /** The identifier of {@link #nefSixPrinciples()}. */
    @Experimental
    public static final String NEF_ID = "nef-six-principles";

    private static final Citation SYNTHESIS = Citation.builder()
            .reference("Co-production ladder library, \"What separates the rungs in practice\": the project's own "
                    + "synthesis of the TLAP rung descriptions and the commitments in the council documents")
            .status(SourceStatus.LIBRARY_OWN)
            .note("Wording and rung mapping are the library's own; cite as such.")
            .build();
    private static final Citation NORTH_TYNESIDE = Citation.builder()
            .reference("North Tyneside Council Adult Social Care, Stronger Together: Developing Co-production in "
                    + "Adult Social Care (July 2024, v1.0)")
            .status(SourceStatus.VERIFIED)
            .note("Commitments paraphrased; the mapping of answers to rungs is the library's own.")
            .build();
    private static final Citation CARE_ACT = Citation.builder()
            .reference("A council's Care Act 2014 procedures, chapter on co-production and involving adults who use "
                    + "services (citing TLAP, SCIE, NICE and NEF)")
            .status(SourceStatus.VERIFIED)
            .note("Paraphrased; the mapping of answers to rungs is the library's own.")
            .build();
    private static final Citation USER_LED = Citation.builder()
            .reference("Rich Watts, blog posts on engagement, co-production and Disabled People's User-Led "
                    + "Organisations; North Tyneside Council, Stronger Together (2024), the Inspire forum's recruitment")
            .status(SourceStatus.VERIFIED)
            .note("Paraphrased; the mapping of answers to rungs is the library's own.")
            .build();
    private static final Citation SCOTLAND = Citation.builder()
            .reference("A Project to Support More Effective Involvement of Service Users in Adult Support and "
                    + "Protection Activity, Chapter 5: Conclusions; Care Act 2014 procedures chapter on co-production")
            .status(SourceStatus.VERIFIED)
            .note("Paraphrased; the mapping of answers to rungs is the library's own.")
            .build();
    private static final Citation NEF = Citation.builder()
            .reference("New Economics Foundation, six aspects of co-production, as cited in a council's Care Act "
                    + "2014 procedures chapter on co-production")
            .status(SourceStatus.VERIFIED)
            .note("Principle names as written in the citing document; NEF's own self-assessment scale was not seen.")
            .build();
    private static final Citation NEF_SCALE = Citation.builder()
            .reference("Co-production ladder library, four-step progress scale for the NEF principles")
            .status(SourceStatus.UNVERIFIED)
            .note("NEF's exact scale wording is unverified; this scale is the library's own default.")
            .build();

    private static final Instrument TLAP = buildTlap();
    private static final Instrument NEF_SIX = buildNef();
    private static final List<Instrument> ALL = List.of(TLAP, NEF_SIX);

    private Instruments() {
    }

    /**
     * The default instrument for the TLAP ladder of co-production: ten dimensions (seven core, three
     * supporting), one question each.
     *
     * @return the instrument
     */
    public static Instrument tlapDefault() {
        return TLAP;
    }

    /**
     * The NEF six principles of co-production (assets, capabilities, reciprocity, peer support, blurring
     * roles, facilitating), each rated on the scale not started / early progress / good progress /
     * established; it produces a profile rather than a rung.
     *
     * @return the instrument
     */
    @Experimental
    public static Instrument nefSixPrinciples() {
        return NEF_SIX;
    }

    /**
     * Every shipped instrument.
     *
     * @return the instruments
     */
    public static List<Instrument> all() {
        return ALL;
    }

    /**
     * A shipped instrument by identifier.
     *
     * @param id  {@code tlap-default} or {@code nef-six-principles}
     * @return the instrument
     * @throws NoSuchElementException if the library ships no such instrument, naming those it does
     */
    public static Instrument byId(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new NoSuchElementException(
                "No instrument \"" + id + "\"; the library ships " + ALL.stream().map(Instrument::id)
                        .collect(Collectors.joining(", "))));
    }

    private static Dimension dimension(String id, String name, boolean core, String question, Citation source,
            AnswerOption... options) {
        return Dimension.builder().id(id).name(name).core(core)
                .addQuestion(Question.builder().id(id).text(question).source(source).addAllOptions(Arrays.asList(options))
                        .build())
                .build();
    }

    private static AnswerOption option(String id, String supports, String text) {
        return AnswerOption.of(id, text, supports);
    }

    private static Instrument buildTlap() {
        return Instrument.builder()
                .id(TLAP_ID)
                .name("Where are we on the ladder of co-production? (TLAP)")
                .kind(InstrumentKind.PLACEMENT)
                .ladder(Ladders.tlap())
                .source(SYNTHESIS)
                .addDimension(dimension("started", "Who started the work", true,
                        "Who started this piece of work?", SYNTHESIS,
                        option("staff", "consultation", "Staff, without asking people first"),
                        option("staff-shaped-by-feedback", "engagement", "Staff, shaped by feedback from people"),
                        option("peoples-priorities", "co-design", "It grew from priorities people raised"),
                        option("jointly-or-led-by-people", "co-production",
                                "People with lived experience and staff together, or people with lived experience led it")))
                .addDimension(dimension("stages", "Stages where people are involved", true,
                        "At which stages are people with lived experience involved: idea, design, delivery, review, "
                                + "evaluation?", SYNTHESIS,
                        option("audience-only", "coercion", "None: they attend as an audience and are not asked"),
                        option("told-after", "informing", "They are told after the decisions are made"),
                        option("asked-on-draft", "consultation", "They are asked for views on a draft"),
                        option("early-ad-hoc", "engagement", "Views are gathered early and along the way, but ad hoc"),
                        option("design", "co-design", "They help design it"),
                        option("idea-to-evaluation", "co-production",
                                "From the idea through design and delivery to review and evaluation")))
                .addDimension(dimension("decisions", "Who takes decisions", true,
                        "Who takes the decisions?", SYNTHESIS,
                        option("views-not-considered", "coercion", "Staff alone; people's views are not considered"),
                        option("staff-alone", "informing", "Staff alone, and people are told afterwards"),
                        option("staff-after-views", "consultation", "Staff, after hearing people's views"),
                        option("staff-some-influence", "engagement",
                                "Staff, with some influence from people, as far as staff allow"),
                        option("shared-design", "co-design", "Shared on design; staff decide on delivery"),
                        option("shared-including-strategy", "co-production",
                                "Shared, including strategic decisions and how the service is delivered")))
                .addDimension(dimension("agenda", "Who sets the agenda", true,
                        "Who sets the agenda of meetings and the work plan?", SYNTHESIS,
                        option("staff", "engagement", "Staff"),
                        option("jointly", "co-design", "Staff and people with lived experience together"),
                        option("jointly-co-chaired", "co-production",
                                "Together, and meetings are co-chaired by a person with lived experience")))
                .addDimension(dimension("feedback", "Information and feedback (you said, we did)", true,
                        "How does information flow, and are people's views acted on and reported back?", SYNTHESIS,
                        option("none", "coercion", "Views are not asked for"),
                        option("one-way", "informing", "One way: people are told, and nothing comes back"),
                        option("sometimes", "consultation", "Views are sometimes asked for; people rarely hear what happened"),
                        option("reported-back", "engagement", "Views are reported back to the people who gave them"),
                        option("you-said-we-did", "co-design",
                                "You said, we did: people hear what was done with each view, or openly why it could not be done"),
                        option("closed-and-reviewed-together", "co-production",
                                "The loop is closed, and what came of it is reviewed together")))
                .addDimension(dimension("recompense", "Recompense and practical support", true,
                        "What recompense and practical support do people get for their time?", SYNTHESIS,
                        option("none", "consultation", "None"),
                        option("expenses", "engagement", "Expenses are paid"),
                        option("time-paid", "engagement", "Time is paid (with or without expenses), without practical support"),
                        option("time-expenses-support", "co-design", "Time is paid, with expenses and practical support"),
                        option("time-expenses-support-training", "co-production",
                                "Time is paid, with expenses, practical support and training")))
                .addDimension(dimension("continuity", "Continuity of relationships", true,
                        "Is involvement one-off or ongoing?", SYNTHESIS,
                        option("one-off", "consultation", "One-off"),
                        option("repeated", "engagement", "Repeated from time to time"),
                        option("project-long", "co-design", "For the length of the project"),
                        option("ongoing", "co-production", "An ongoing relationship")))
                .addDimension(dimension("access", "Accessibility of materials and meetings", false,
                        "How accessible are materials and meetings?", NORTH_TYNESIDE,
                        option("not-adapted", "consultation", "Materials and meetings are not adapted"),
                        option("on-request", "engagement", "Adapted when someone asks"),
                        option("needs-met", "co-design",
                                "Access needs are asked about at the start and met; Easy Read and other formats are offered"),
                        option("needs-met-variety", "co-production",
                                "Access needs are met, and people choose from a variety of ways to take part, with support")))
                .addDimension(dimension("reach", "Reach to seldom-heard groups", false,
                        "Who is reached?", USER_LED,
                        option("already-known", "consultation", "Only people already known to the service"),
                        option("open-invitation", "engagement", "Anyone who answers an open invitation"),
                        option("targeted", "co-design", "Targeted approaches reach people who are in no existing group"),
                        option("networks-throughout", "co-production",
                                "Community networks and user-led organisations keep seldom-heard groups involved throughout")))
                .addDimension(dimension("evaluation", "Involvement in evaluation", false,
                        "How are people with lived experience involved in evaluating the work?", SCOTLAND,
                        option("not-involved", "informing", "They are not involved"),
                        option("surveyed", "consultation", "They are surveyed"),
                        option("feedback-used", "engagement", "Their feedback is part of the evaluation"),
                        option("define-success", "co-design", "They help decide what success looks like"),
                        option("evaluate-together", "co-production",
                                "They evaluate alongside staff, for example with evaluation diaries or in review and "
                                        + "performance management")))
                .putPlainSummary("coercion", "People come along, but nobody asks what they think.")
                .putPlainSummary("educating", "People learn how services work, but nobody asks what they think.")
                .putPlainSummary("informing", "People are told about decisions after staff have made them.")
                .putPlainSummary("consultation", "People are asked what they think, but staff decide alone.")
                .putPlainSummary("engagement",
                        "People's views shape ideas, but decisions are still made by staff alone.")
                .putPlainSummary("co-design", "People design the work with staff, but staff carry it out alone.")
                .putPlainSummary("co-production", "People and staff work as equals, from the first idea to the end.")
                .build();
    }

    private static Instrument buildNef() {
        Ladder scale = Ladder.builder()
                .id("nef-progress")
                .name("Progress on a principle of co-production")
                .source(NEF_SCALE)
                .addRung(scaleStep("not-started", "Not started", 1, "We have not started work on this."))
                .addRung(scaleStep("early-progress", "Early progress", 2, "We have made a start in some places."))
                .addRung(scaleStep("good-progress", "Good progress", 3, "This happens in most of our work."))
                .addRung(scaleStep("established", "Established", 4, "This is how we always work."))
                .build();
        Instrument.Builder nef = Instrument.builder()
                .id(NEF_ID)
                .name("NEF six principles of co-production (progress profile)")
                .kind(InstrumentKind.PROFILE)
                .ladder(scale)
                .source(NEF);
        principle(nef, "assets", "Recognising people as assets",
                "How far do we recognise people as assets, not as passive recipients of services?");
        principle(nef, "capabilities", "Building on people's capabilities",
                "How far do we build on what people can do, and help them grow it?");
        principle(nef, "reciprocity", "Developing two-way reciprocal relationships",
                "How far are relationships two-way, with something in it for everyone?");
        principle(nef, "peer-support", "Encouraging peer support networks",
                "How far do we support peer networks alongside professionals?");
        principle(nef, "blurring-roles", "Blurring boundaries between delivering and receiving services",
                "How far are the boundaries between delivering and receiving services blurred?");
        principle(nef, "facilitating", "Facilitating not delivering to",
                "How far do staff facilitate rather than deliver?");
        return nef.build();
    }

    private static RungDefinition scaleStep(String id, String name, int order, String meaning) {
        return RungDefinition.builder().id(id).name(name).order(order).meaning(meaning).build();
    }

    private static void principle(Instrument.Builder nef, String id, String name, String question) {
        nef.addDimension(Dimension.builder().id(id).name(name)
                .addQuestion(Question.builder().id(id).text(question).source(NEF)
                        .addOption(AnswerOption.builder().id("not-started").text("Not started").supports("not-started")
                                .source(NEF_SCALE).build())
                        .addOption(AnswerOption.builder().id("early-progress").text("Early progress")
                                .supports("early-progress").source(NEF_SCALE).build())
                        .addOption(AnswerOption.builder().id("good-progress").text("Good progress")
                                .supports("good-progress").source(NEF_SCALE).build())
                        .addOption(AnswerOption.builder().id("established").text("Established").supports("established")
                                .source(NEF_SCALE).build())
                        .build())
                .build());
    }
}
