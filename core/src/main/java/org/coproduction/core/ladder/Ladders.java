package org.coproduction.core.ladder;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The ladders the library ships: the TLAP ladder of co-production (the default), its five-rung
 * participation view, Arnstein's ladder of citizen participation, the IAP2 spectrum of public
 * participation, Wilcox's five stances of participation, Hart's ladder of children's participation and
 * Shier's pathways to participation.
 *
 * <pre>{@code
 * Ladders.tlap().rungIds()     // [coercion, educating, informing, consultation, engagement, co-design, co-production]
 * Ladders.arnstein().top()     // 8. Citizen control
 * Ladders.byId("iap2").size()  // the IAP2 spectrum
 * }</pre>
 *
 * <p>The meanings of the rungs are the library's paraphrases of the sources named in each ladder's
 * citation, and each citation says how far the source was checked ({@link SourceStatus}). Hart's and
 * Shier's ladders were written about children and young people; their descriptions say so, and a
 * placement on them is a reading by analogy when the people are adults who use care and support.
 */
@Stable
public final class Ladders {

    private static final Ladder TLAP = buildTlap();
    private static final Ladder PARTICIPATION = buildParticipation();
    private static final Ladder ARNSTEIN = buildArnstein();
    private static final Ladder IAP2 = buildIap2();
    private static final Ladder TLAP_WORDED = buildTlapWorded();
    private static final Ladder WILCOX = buildWilcox();
    private static final Ladder HART = buildHart();
    private static final Ladder SHIER = buildShier();
    private static final List<Ladder> ALL = List.of(TLAP, PARTICIPATION, ARNSTEIN, IAP2, WILCOX, HART, SHIER);

    private Ladders() {
    }

    /**
     * The Think Local Act Personal ladder of co-production: seven rungs in three bands, the library's
     * default. Its rungs are the {@link Rung} constants, with the same identifiers.
     *
     * @return the ladder, not null
     */
    public static Ladder tlap() {
        return TLAP;
    }

    /**
     * The participation ladder councils name: the TLAP ladder from informing to co-production, five
     * rungs. A project on coercion or educating is not yet on it.
     *
     * @return the ladder, not null
     */
    public static Ladder participation() {
        return PARTICIPATION;
    }

    /**
     * Arnstein's ladder of citizen participation (1969): eight rungs in three groups, from manipulation to
     * citizen control.
     *
     * @return the ladder, not null
     */
    public static Ladder arnstein() {
        return ARNSTEIN;
    }

    /**
     * The IAP2 spectrum of public participation: five levels of increasing public impact, inform to
     * empower.
     *
     * @return the ladder, not null
     */
    public static Ladder iap2() {
        return IAP2;
    }

    /**
     * Wilcox's five stances of participation (1994), from information to supporting independent community
     * initiatives. Source: Wilcox, D. (1994) <i>Guide to Effective Participation</i>, as summarised in the
     * project's domain notes ({@code shared/domain/ladders.md}, section 7), marked verified there. Wilcox's
     * four process phases (initiation, preparation, participation, continuation) are not rungs and are
     * named only in the citation's note.
     *
     * @return the ladder, not null
     */
    public static Ladder wilcox() {
        return WILCOX;
    }

    /**
     * Hart's ladder of children's participation (1992): eight rungs, three of non-participation and five of
     * participation. Source: Hart, R. (1992), as summarised in the project's domain notes ({@code shared/domain/ladders.md}, section 7), where it is
     * marked secondary, with the wording of rungs 5 and 6 unverified; the citation says so. It describes
     * children's participation, not adults'.
     *
     * @return the ladder, not null
     */
    public static Ladder hart() {
        return HART;
    }

    /**
     * Shier's pathways to participation (2001): five levels, from being listened to to sharing power and
     * responsibility for decisions. Source: Shier, H. (2001) "Pathways to Participation", as summarised in
     * the project's domain notes ({@code shared/domain/ladders.md}, section 7), marked verified there.
     * Shier's three stages of commitment at each level (openings, opportunities, obligations) and his 15
     * questions are not encoded; his warning against using the model to score points is kept in the
     * citation's note. It was written about children and young people.
     *
     * @return the ladder, not null
     */
    public static Ladder shier() {
        return SHIER;
    }

    /**
     * The TLAP ladder with the councils' own wordings of its rungs that the project's domain notes record
     * ({@code shared/domain/ladders.md}, section 7, "Rung wording differs by council", marked verified):
     * co-design as Norfolk County Council and Wirral Council word it, and as West Northamptonshire Council
     * does. The rungs and their meanings are those of {@link #tlap()}; only the wordings are added. Not in
     * {@link #all()}: it is the same ladder, worded by councils.
     *
     * @return the ladder, with identifier {@code tlap}, not null
     */
    public static Ladder tlapWithCouncilWordings() {
        return TLAP_WORDED;
    }

    /**
     * Every ladder the library ships.
     *
     * @return the ladders, TLAP first, not null
     */
    public static List<Ladder> all() {
        return ALL;
    }

    /**
     * The shipped ladder with an identifier: {@code tlap}, {@code participation}, {@code arnstein},
     * {@code iap2}, {@code wilcox}, {@code hart} or {@code shier}.
     *
     * @param id  the identifier, not null
     * @return the ladder, not null
     * @throws NoSuchElementException if no shipped ladder has this identifier
     */
    public static Ladder byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new NoSuchElementException(
                "No shipped ladder \"" + id + "\"; the shipped ladders are "
                        + ALL.stream().map(Ladder::id).collect(Collectors.joining(", "))));
    }

    private static Ladder buildTlap() {
        Ladder.Builder ladder = Ladder.builder()
                .id("tlap")
                .name("Think Local Act Personal ladder of co-production")
                .source(Rung.CO_DESIGN.source());
        Arrays.stream(Band.values()).forEach(b -> ladder.addGroup(RungGroup.of(b.id(), b.displayName())));
        for (Rung rung : Rung.values()) {
            ladder.addRung(rung(rung.id(), rung.displayName(), rung.order(), rung.band().id(), rung.meaning()));
        }
        return ladder.build();
    }

    private static Ladder buildParticipation() {
        Ladder.Builder ladder = Ladder.builder()
                .id("participation")
                .name("Participation ladder (TLAP, informing to co-production)")
                .source(Citation.builder()
                        .reference("Think Local Act Personal ladder of co-production, rungs 3 to 7, as named by councils")
                        .url("https://www.thinklocalactpersonal.org.uk/")
                        .status(SourceStatus.VERIFIED)
                        .note("The participation view leaves out coercion and educating (\"doing to\").")
                        .build())
                .addGroup(RungGroup.of(Band.DOING_FOR.id(), Band.DOING_FOR.displayName()))
                .addGroup(RungGroup.of(Band.DOING_WITH.id(), Band.DOING_WITH.displayName()));
        for (Rung rung : Rung.values()) {
            if (rung.isParticipatory()) {
                ladder.addRung(rung(rung.id(), rung.displayName(), rung.order() - 2, rung.band().id(), rung.meaning()));
            }
        }
        return ladder.build();
    }

    private static Ladder buildArnstein() {
        String non = "nonparticipation";
        String token = "tokenism";
        String power = "citizen-power";
        return Ladder.builder()
                .id("arnstein")
                .name("Arnstein's ladder of citizen participation")
                .source(Citation.builder()
                        .reference("Arnstein, S. R. (1969) A ladder of citizen participation. Journal of the American "
                                + "Institute of Planners, 35(4), 216-224")
                        .status(SourceStatus.VERIFIED)
                        .note("Rung and group names verified; meanings are the library's paraphrase of common summaries "
                                + "(secondary).")
                        .build())
                .addGroup(RungGroup.of(non, "Nonparticipation"))
                .addGroup(RungGroup.of(token, "Degrees of tokenism"))
                .addGroup(RungGroup.of(power, "Degrees of citizen power"))
                .addRung(rung("manipulation", "Manipulation", 1, non,
                        "People are placed on bodies to be educated or to rubber-stamp; participation as public relations."))
                .addRung(rung("therapy", "Therapy", 2, non,
                        "Powerholders treat people's views as something to be cured or adjusted."))
                .addRung(rung("informing", "Informing", 3, token,
                        "A one-way flow of information about rights and options, often too late to have influence."))
                .addRung(rung("consultation", "Consultation", 4, token,
                        "Views are asked for with no assurance that they will be taken into account."))
                .addRung(rung("placation", "Placation", 5, token,
                        "A few people get seats or advisory roles, but powerholders keep the right to decide."))
                .addRung(rung("partnership", "Partnership", 6, power,
                        "Power is redistributed through negotiation; planning and decisions are shared."))
                .addRung(rung("delegated-power", "Delegated power", 7, power,
                        "Citizens hold a majority or full authority over a plan or programme."))
                .addRung(rung("citizen-control", "Citizen control", 8, power,
                        "Citizens govern a programme or institution and manage it fully."))
                .build();
    }

    private static Ladder buildIap2() {
        return Ladder.builder()
                .id("iap2")
                .name("IAP2 spectrum of public participation")
                .source(Citation.builder()
                        .reference("International Association for Public Participation, IAP2 Spectrum of Public Participation")
                        .url("https://www.iap2.org/")
                        .status(SourceStatus.SECONDARY)
                        .note("Widely reproduced; check the current IAP2 wording before quoting. Goals and promises "
                                + "are the library's paraphrase.")
                        .build())
                .addRung(rung("inform", "Inform", 1, null,
                        "Give balanced, objective information to help people understand the problem and options. "
                                + "Promise: we will keep you informed."))
                .addRung(rung("consult", "Consult", 2, null,
                        "Get feedback on analysis, options or decisions. Promise: we will listen, acknowledge concerns "
                                + "and report how your input influenced the decision."))
                .addRung(rung("involve", "Involve", 3, null,
                        "Work with the public throughout so that concerns are understood and considered. Promise: your "
                                + "concerns will be reflected in the alternatives."))
                .addRung(rung("collaborate", "Collaborate", 4, null,
                        "Partner with the public in each aspect of the decision, including the preferred solution. "
                                + "Promise: we will look to you for advice and include it as far as possible."))
                .addRung(rung("empower", "Empower", 5, null,
                        "Place final decision-making in the hands of the public. Promise: we will implement what you decide."))
                .build();
    }

    private static Ladder buildTlapWorded() {
        String influence = "genuine influence but not involved in seeing it through";
        return TLAP.withCouncilWordings(
                CouncilWording.builder().rung(Rung.CO_DESIGN.id()).council("Norfolk County Council").meaning(influence)
                        .source(Citation.builder().reference("Norfolk County Council, What do we mean by co-production?")
                                .status(SourceStatus.VERIFIED)
                                .note("Wording as the project's domain notes quote it.").build())
                        .build(),
                CouncilWording.builder().rung(Rung.CO_DESIGN.id()).council("Wirral Council").meaning(influence)
                        .source(Citation.builder().reference("Wirral Council, Adult Social Care Co-production Strategy "
                                        + "2024-2029, The Interaction Ladder")
                                .status(SourceStatus.VERIFIED)
                                .note("Wording as the project's domain notes quote it.").build())
                        .build(),
                CouncilWording.builder().rung(Rung.CO_DESIGN.id()).council("West Northamptonshire Council")
                        .meaning("not involved in strategic decision-making")
                        .source(Citation.builder().reference("West Northamptonshire Council")
                                .status(SourceStatus.VERIFIED)
                                .note("Marked verified in the project's domain notes, which quote the wording but do "
                                        + "not name the council's document.").build())
                        .build());
    }

    private static Ladder buildWilcox() {
        return Ladder.builder()
                .id("wilcox")
                .name("Wilcox's stances of participation")
                .source(Citation.builder()
                        .reference("Wilcox, D. (1994) Guide to Effective Participation")
                        .status(SourceStatus.VERIFIED)
                        .note("Five stances, low to high. Wilcox also names four process phases (initiation, "
                                + "preparation, participation, continuation), which are not rungs. The sources the library "
                                + "read give the stances' names only: the meanings are the library's plain reading of "
                                + "each name.")
                        .build())
                .addRung(rung("information", "Information", 1, null,
                        "People are told about plans or decisions."))
                .addRung(rung("consultation", "Consultation", 2, null,
                        "People are asked for their views."))
                .addRung(rung("deciding-together", "Deciding together", 3, null,
                        "People and those responsible make decisions jointly."))
                .addRung(rung("acting-together", "Acting together", 4, null,
                        "People and those responsible decide together and carry out what they decided together."))
                .addRung(rung("supporting-independent-initiatives", "Supporting independent community initiatives", 5,
                        null, "Those responsible support initiatives that communities start and run themselves."))
                .build();
    }

    private static Ladder buildHart() {
        String non = "non-participation";
        String part = "participation";
        return Ladder.builder()
                .id("hart")
                .name("Hart's ladder of children's participation")
                .source(Citation.builder()
                        .reference("Hart, R. (1992) The ladder of children's participation")
                        .status(SourceStatus.SECONDARY)
                        .note("About children's participation, not adults'. Rung names from secondary summaries; "
                                + "the wording of rungs 5 (consulted and informed) and 6 (adult-initiated, shared "
                                + "decisions with children) is unverified. The meanings are the library's plain reading of "
                                + "each rung's name and group.")
                        .build())
                .addGroup(RungGroup.of(non, "Non-participation"))
                .addGroup(RungGroup.of(part, "Participation"))
                .addRung(rung("manipulation", "Manipulation", 1, non,
                        "Non-participation: children are used by adults rather than taking part."))
                .addRung(rung("decoration", "Decoration", 2, non,
                        "Non-participation: children are present as decoration, not as participants."))
                .addRung(rung("tokenism", "Tokenism", 3, non,
                        "Non-participation: children seem to be given a voice, as a token."))
                .addRung(rung("assigned-but-informed", "Assigned but informed", 4, part,
                        "Children are given a part by adults, and are informed about it."))
                .addRung(rung("consulted-and-informed", "Consulted and informed", 5, part,
                        "Children are consulted and kept informed (wording unverified)."))
                .addRung(rung("adult-initiated-shared-decisions", "Adult-initiated, shared decisions with children", 6,
                        part, "Adults start the work and share decisions with children (wording unverified)."))
                .addRung(rung("child-initiated-and-directed", "Child-initiated and directed", 7, part,
                        "Children start and direct the work."))
                .addRung(rung("child-initiated-shared-decisions", "Child-initiated, shared decisions with adults", 8,
                        part, "Children start the work and share decisions with adults."))
                .build();
    }

    private static Ladder buildShier() {
        return Ladder.builder()
                .id("shier")
                .name("Shier's pathways to participation")
                .source(Citation.builder()
                        .reference("Shier, H. (2001) Pathways to Participation")
                        .status(SourceStatus.VERIFIED)
                        .note("Written about children and young people. At each level, three stages of commitment "
                                + "(openings, opportunities, obligations) give 15 questions for finding the current "
                                + "position and the next step; they are not encoded here. Shier warns against using "
                                + "the model as a point-scoring exercise. The meanings are the library's plain reading of "
                                + "each level's name.")
                        .build())
                .addRung(rung("listened-to", "People are listened to", 1, null,
                        "People's views are listened to."))
                .addRung(rung("supported-to-express-views", "People are supported to express their views", 2, null,
                        "People are given support to express their views."))
                .addRung(rung("views-taken-into-account", "People's views are taken into account", 3, null,
                        "People's views are taken into account when decisions are made."))
                .addRung(rung("involved-in-decision-making", "People are involved in decision-making processes", 4, null,
                        "People take part in the processes by which decisions are made."))
                .addRung(rung("share-power-and-responsibility", "People share power and responsibility for decisions",
                        5, null, "People share power over decisions and responsibility for them."))
                .build();
    }

    private static RungDefinition rung(String id, String name, int order, String group, String meaning) {
        return RungDefinition.builder().id(id).name(name).order(order).group(java.util.Optional.ofNullable(group))
                .meaning(meaning).build();
    }
}
