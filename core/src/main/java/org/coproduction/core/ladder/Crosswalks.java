package org.coproduction.core.ladder;

import java.util.List;
import java.util.NoSuchElementException;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The crosswalks the library ships between the TLAP ladder, Arnstein's ladder and the IAP2 spectrum, in
 * both directions: TLAP and Arnstein, TLAP and IAP2, and Arnstein and IAP2.
 *
 * <p>These are the library's own reasoned mapping, not a published table, and their citations say so
 * ({@link SourceStatus#LIBRARY_OWN}). Arnstein's upper rungs describe citizens holding power over a
 * programme, which TLAP's co-production (an equal relationship) does not require: so TLAP co-production
 * maps to Arnstein's partnership, while Arnstein's delegated power and citizen control map to
 * co-production as the nearest TLAP rung. IAP2's empower likewise maps to co-production as the nearest
 * rung.
 *
 * <p>Every link says how closely the rungs match, in SKOS terms ({@link MappingRelation}): the TLAP
 * crosswalks from the reasoning given with each entry ("nearest rung" is a related match, not a close
 * one), the Arnstein and IAP2 crosswalks following the rung meanings in the library's ladders (Arnstein's rung names
 * verified, meanings secondary; IAP2 secondary) and the project's synthesis table in
 * {@code shared/domain/ladders.md}, section 7, itself marked library-own. No pair is an exact match:
 * Arnstein ranks rungs by citizens' power, while IAP2 treats every level as a legitimate choice of public
 * impact. Arnstein's manipulation and therapy have no IAP2 level.
 *
 * <pre>{@code
 * Crosswalks.tlapToArnstein().map(Rung.ENGAGEMENT)   // [5. Placation]
 * Crosswalks.between(Ladders.iap2(), Ladders.tlap()).map("involve")  // [5. Engagement]
 * Crosswalks.arnsteinToIap2().entry("placation").match()             // Optional[RELATED_MATCH]
 * }</pre>
 */
@Stable
public final class Crosswalks {

    private static final Citation OWN = Citation.builder()
            .reference("Co-production ladder library: its own reasoned mapping from the rung meanings of TLAP, "
                    + "Arnstein (1969) and the IAP2 spectrum")
            .status(SourceStatus.LIBRARY_OWN)
            .note("Not a published table.")
            .build();

    private static final Crosswalk TLAP_TO_ARNSTEIN = Crosswalk.builder()
            .from(Ladders.tlap()).to(Ladders.arnstein()).source(OWN)
            .addEntry(CrosswalkEntry.of("coercion", MappingRelation.CLOSE_MATCH,
                    "People are passive recipients, as in manipulation.", "manipulation"))
            .addEntry(CrosswalkEntry.of("educating", MappingRelation.RELATED_MATCH,
                    "People's understanding is to be adjusted, as in therapy.", "therapy"))
            .addEntry(CrosswalkEntry.of("informing", MappingRelation.CLOSE_MATCH,
                    "Both describe a one-way flow of information.", "informing"))
            .addEntry(CrosswalkEntry.of("consultation", MappingRelation.CLOSE_MATCH,
                    "Both ask for views with no assurance of influence.", "consultation"))
            .addEntry(CrosswalkEntry.of("engagement", MappingRelation.RELATED_MATCH,
                    "Some influence, but those responsible keep the right to decide, as in placation.", "placation"))
            .addEntry(CrosswalkEntry.of("co-design", MappingRelation.BROAD_MATCH,
                    "Design decisions are shared, as in partnership; partnership is broader, sharing planning and "
                            + "decisions beyond design.", "partnership"))
            .addEntry(CrosswalkEntry.of("co-production", MappingRelation.CLOSE_MATCH,
                    "An equal relationship is partnership; TLAP does not require citizens to hold power over a programme.",
                    "partnership"))
            .build();

    private static final Crosswalk ARNSTEIN_TO_TLAP = Crosswalk.builder()
            .from(Ladders.arnstein()).to(Ladders.tlap()).source(OWN)
            .addEntry(CrosswalkEntry.of("manipulation", MappingRelation.CLOSE_MATCH,
                    "Participation as public relations: people are passive.", "coercion"))
            .addEntry(CrosswalkEntry.of("therapy", MappingRelation.RELATED_MATCH,
                    "Views are something to be adjusted, as in educating.", "educating"))
            .addEntry(CrosswalkEntry.of("informing", MappingRelation.CLOSE_MATCH,
                    "Both describe a one-way flow of information.", "informing"))
            .addEntry(CrosswalkEntry.of("consultation", MappingRelation.CLOSE_MATCH,
                    "Both ask for views with no assurance of influence.", "consultation"))
            .addEntry(CrosswalkEntry.of("placation", MappingRelation.RELATED_MATCH,
                    "Advisory influence only as far as those responsible allow, as in engagement.", "engagement"))
            .addEntry(CrosswalkEntry.of("partnership", MappingRelation.CLOSE_MATCH,
                    "Shared planning and decisions: co-design when delivery stays with staff, co-production when "
                            + "it is shared too.", "co-design", "co-production"))
            .addEntry(CrosswalkEntry.of("delegated-power", MappingRelation.RELATED_MATCH,
                    "Citizens holding authority goes beyond an equal relationship; co-production is the nearest rung.",
                    "co-production"))
            .addEntry(CrosswalkEntry.of("citizen-control", MappingRelation.RELATED_MATCH,
                    "Citizens governing a programme goes beyond an equal relationship; co-production is the nearest rung.",
                    "co-production"))
            .build();

    private static final Crosswalk TLAP_TO_IAP2 = Crosswalk.builder()
            .from(Ladders.tlap()).to(Ladders.iap2()).source(OWN)
            .addEntry(CrosswalkEntry.of("coercion", "The IAP2 spectrum starts at inform; it has no \"doing to\" level."))
            .addEntry(CrosswalkEntry.of("educating", "The IAP2 spectrum starts at inform; it has no \"doing to\" level."))
            .addEntry(CrosswalkEntry.of("informing", MappingRelation.CLOSE_MATCH,
                    "Both give people information about services and decisions.", "inform"))
            .addEntry(CrosswalkEntry.of("consultation", MappingRelation.CLOSE_MATCH,
                    "Both ask for feedback on options or decisions.", "consult"))
            .addEntry(CrosswalkEntry.of("engagement", MappingRelation.CLOSE_MATCH,
                    "Views are gathered throughout and considered.", "involve"))
            .addEntry(CrosswalkEntry.of("co-design", MappingRelation.CLOSE_MATCH,
                    "People are partners in shaping the solution.", "collaborate"))
            .addEntry(CrosswalkEntry.of("co-production", MappingRelation.RELATED_MATCH,
                    "Decisions are shared as equals; empower, where the public decides, is the nearest level.", "empower"))
            .build();

    private static final Crosswalk IAP2_TO_TLAP = Crosswalk.builder()
            .from(Ladders.iap2()).to(Ladders.tlap()).source(OWN)
            .addEntry(CrosswalkEntry.of("inform", MappingRelation.CLOSE_MATCH,
                    "Both give people information about services and decisions.", "informing"))
            .addEntry(CrosswalkEntry.of("consult", MappingRelation.CLOSE_MATCH,
                    "Both ask for feedback on options or decisions.", "consultation"))
            .addEntry(CrosswalkEntry.of("involve", MappingRelation.CLOSE_MATCH,
                    "Views are gathered throughout and considered.", "engagement"))
            .addEntry(CrosswalkEntry.of("collaborate", MappingRelation.CLOSE_MATCH,
                    "People are partners in shaping the solution.", "co-design"))
            .addEntry(CrosswalkEntry.of("empower", MappingRelation.RELATED_MATCH,
                    "The public deciding goes beyond an equal relationship; co-production is the nearest rung.",
                    "co-production"))
            .build();

    private static final Citation ARNSTEIN_IAP2_OWN = Citation.builder()
            .reference("Co-production ladder library: its own reasoned mapping from the rung meanings of Arnstein "
                    + "(1969) and the IAP2 spectrum, with SKOS mapping relations")
            .status(SourceStatus.LIBRARY_OWN)
            .note("Not a published table. Follows the project's synthesis of ladders (library-own); Arnstein's "
                    + "rung meanings and the IAP2 wording are from secondary summaries.")
            .build();

    private static final Crosswalk ARNSTEIN_TO_IAP2 = Crosswalk.builder()
            .from(Ladders.arnstein()).to(Ladders.iap2()).source(ARNSTEIN_IAP2_OWN)
            .addEntry(CrosswalkEntry.of("manipulation",
                    "The IAP2 spectrum starts at inform; it has no level for non-participation."))
            .addEntry(CrosswalkEntry.of("therapy",
                    "The IAP2 spectrum starts at inform; it has no level for non-participation."))
            .addEntry(CrosswalkEntry.of("informing", MappingRelation.CLOSE_MATCH,
                    "Both are a one-way flow of information to the public. Close, not exact: Arnstein counts it as "
                            + "tokenism, often too late to influence, while IAP2 treats informing as a legitimate goal.",
                    "inform"))
            .addEntry(CrosswalkEntry.of("consultation", MappingRelation.CLOSE_MATCH,
                    "Both ask for the public's views. Close, not exact: Arnstein's consultation gives no assurance "
                            + "views are taken into account, while IAP2's consult promises to report how input "
                            + "influenced the decision.", "consult"))
            .addEntry(CrosswalkEntry.of("placation", MappingRelation.RELATED_MATCH,
                    "In both the public advises and those in power decide. Only related: placation is a few "
                            + "people given seats or advisory roles, involve is working with the public throughout.",
                    "involve"))
            .addEntry(CrosswalkEntry.of("partnership", MappingRelation.CLOSE_MATCH,
                    "Both share planning and decisions with the public as partners.", "collaborate"))
            .addEntry(CrosswalkEntry.of("delegated-power", MappingRelation.CLOSE_MATCH,
                    "Citizens holding a majority or full authority over a plan is close to the public holding "
                            + "final decision-making.", "empower"))
            .addEntry(CrosswalkEntry.of("citizen-control", MappingRelation.BROAD_MATCH,
                    "Citizens governing and managing a programme is one case of the public deciding, with running "
                            + "it besides: empower is the broader level.", "empower"))
            .build();

    private static final Crosswalk IAP2_TO_ARNSTEIN = Crosswalk.builder()
            .from(Ladders.iap2()).to(Ladders.arnstein()).source(ARNSTEIN_IAP2_OWN)
            .addEntry(CrosswalkEntry.of("inform", MappingRelation.CLOSE_MATCH,
                    "Both are a one-way flow of information to the public. Close, not exact: Arnstein counts it as "
                            + "tokenism, while IAP2 treats informing as a legitimate goal.", "informing"))
            .addEntry(CrosswalkEntry.of("consult", MappingRelation.CLOSE_MATCH,
                    "Both ask for the public's views. Close, not exact: IAP2's consult promises to report how input "
                            + "influenced the decision, which Arnstein's consultation does not assure.",
                    "consultation"))
            .addEntry(CrosswalkEntry.of("involve", MappingRelation.RELATED_MATCH,
                    "In both the public advises and those in power decide. Only related: involve is working with "
                            + "the public throughout, placation is a few people given seats or advisory roles.",
                    "placation"))
            .addEntry(CrosswalkEntry.of("collaborate", MappingRelation.CLOSE_MATCH,
                    "Both share planning and decisions with the public as partners.", "partnership"))
            .addEntry(CrosswalkEntry.of("empower", MappingRelation.CLOSE_MATCH,
                    "The public holding final decision-making is close to Arnstein's two top rungs taken together: "
                            + "citizens holding authority over a plan, up to governing a programme.",
                    "delegated-power", "citizen-control"))
            .build();

    private static final List<Crosswalk> ALL = List.of(TLAP_TO_ARNSTEIN, ARNSTEIN_TO_TLAP, TLAP_TO_IAP2, IAP2_TO_TLAP,
            ARNSTEIN_TO_IAP2, IAP2_TO_ARNSTEIN);

    private Crosswalks() {
    }

    /**
     * From the TLAP ladder to Arnstein's ladder.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk tlapToArnstein() {
        return TLAP_TO_ARNSTEIN;
    }

    /**
     * From Arnstein's ladder to the TLAP ladder.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk arnsteinToTlap() {
        return ARNSTEIN_TO_TLAP;
    }

    /**
     * From the TLAP ladder to the IAP2 spectrum.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk tlapToIap2() {
        return TLAP_TO_IAP2;
    }

    /**
     * From the IAP2 spectrum to the TLAP ladder.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk iap2ToTlap() {
        return IAP2_TO_TLAP;
    }

    /**
     * From Arnstein's ladder to the IAP2 spectrum, each link with its SKOS mapping relation.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk arnsteinToIap2() {
        return ARNSTEIN_TO_IAP2;
    }

    /**
     * From the IAP2 spectrum to Arnstein's ladder, each link with its SKOS mapping relation.
     *
     * @return the crosswalk, not null
     */
    public static Crosswalk iap2ToArnstein() {
        return IAP2_TO_ARNSTEIN;
    }

    /**
     * Every crosswalk the library ships.
     *
     * @return the crosswalks, not null
     */
    public static List<Crosswalk> all() {
        return ALL;
    }

    /**
     * The shipped crosswalk between two ladders.
     *
     * @param from  the ladder to map from, not null
     * @param to  the ladder to map to, not null
     * @return the crosswalk, not null
     * @throws NoSuchElementException if the library ships none between these ladders
     */
    public static Crosswalk between(Ladder from, Ladder to) {
        return ALL.stream()
                .filter(c -> c.from().id().equals(from.id()) && c.to().id().equals(to.id()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No shipped crosswalk from " + from.id() + " to " + to.id()
                        + "; the shipped crosswalks are tlap<->arnstein, tlap<->iap2 and arnstein<->iap2"));
    }
}
