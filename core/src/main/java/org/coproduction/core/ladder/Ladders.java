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
 * participation view, Arnstein's ladder of citizen participation and the IAP2 spectrum of public
 * participation.
 *
 * <pre>{@code
 * Ladders.tlap().rungIds()     // [coercion, educating, informing, consultation, engagement, co-design, co-production]
 * Ladders.arnstein().top()     // 8. Citizen control
 * Ladders.byId("iap2").size()  // the IAP2 spectrum
 * }</pre>
 *
 * <p>The meanings of the rungs are the library's paraphrases of the sources named in each ladder's
 * citation.
 */
@Stable
public final class Ladders {

    private static final Ladder TLAP = buildTlap();
    private static final Ladder PARTICIPATION = buildParticipation();
    private static final Ladder ARNSTEIN = buildArnstein();
    private static final Ladder IAP2 = buildIap2();
    private static final List<Ladder> ALL = List.of(TLAP, PARTICIPATION, ARNSTEIN, IAP2);

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
     * Every ladder the library ships.
     *
     * @return the ladders, TLAP first, not null
     */
    public static List<Ladder> all() {
        return ALL;
    }

    /**
     * The shipped ladder with an identifier: {@code tlap}, {@code participation}, {@code arnstein} or
     * {@code iap2}.
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

    private static RungDefinition rung(String id, String name, int order, String group, String meaning) {
        return RungDefinition.builder().id(id).name(name).order(order).group(java.util.Optional.ofNullable(group))
                .meaning(meaning).build();
    }
}
