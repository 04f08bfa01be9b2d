package org.coproduction.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.participant.AttributeProfile;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.participant.DemographicCount;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Participant;
import org.coproduction.measures.chart.HtmlReport;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.participation.ChannelReach;
import org.coproduction.measures.participation.RecruitmentReach;
import org.coproduction.measures.participation.RecruitmentReachResult;
import org.coproduction.measures.representation.PopulationGroup;
import org.coproduction.measures.representation.ReferencePopulation;
import org.coproduction.measures.representation.Representation;

/**
 * The annual report's account of reach, in its "Who took part" section: how people came to be involved, and
 * how the people who took part compare with the local population, each published without picking anyone out.
 */
final class Reach {

    /**
     * The rule counts of people compared with the population are published under: fewer than 3 not shown, the
     * rest rounded to the nearest 5, as NHS England's ASCOF pipeline publishes counts (the measures notes,
     * "Disclosure control"). Rounding lets a count stay the same when one person leaves, which a profile needs
     * before it shows an attribute.
     */
    static final DisclosureControl POPULATION_RULE = DisclosureRule.fewerThan(3).withRoundingBase(5);

    /** A group is under-represented below this share of its population share, as {@link Representation}. */
    private static final double UNDER_REPRESENTED = Representation.DEFAULT_THRESHOLD;

    private Reach() {
    }

    /**
     * The people who took part against the local population, by one attribute, with counts published only
     * as {@link DemographicProfile} allows: a group whose share cannot be shown is said to be not shown.
     */
    static HtmlReport againstPopulation(HtmlReport page, List<Participant> people, DemographicAttribute attribute,
            ReferencePopulation reference) {
        String by = attribute.id().replace('-', ' ');
        List<String> groups = reference.groups().stream().map(PopulationGroup::group).toList();
        DemographicProfile profile = DemographicProfile.of(people, POPULATION_RULE, Map.of(attribute, groups));
        Optional<AttributeProfile> shown = profile.attribute(attribute).filter(a -> !a.withheld());
        if (profile.participants().isEmpty() || shown.isEmpty()) {
            return page.paragraph("We do not show who took part by " + by + " for this period. With so few people, "
                    + "or where one person more or fewer would change the figures, they could show who someone is.");
        }
        long total = profile.participants().get();
        List<List<String>> rows = new ArrayList<>();
        List<String> fewer = new ArrayList<>();
        for (PopulationGroup group : reference.groups()) {
            Optional<Long> count = shown.get().cells().stream()
                    .filter(c -> c.category().equals(Optional.of(group.group()))).findFirst()
                    .flatMap(DemographicCount::count);
            String share = count.map(n -> AnnualReport.percent((double) n / total)).orElse("not shown");
            rows.add(List.of(group.group(), count.map(AnnualReport::numberForPeople).orElse("not shown"), share,
                    AnnualReport.percent(group.share())));
            if (count.isPresent() && (double) count.get() / total < UNDER_REPRESENTED * group.share()) {
                fewer.add(group.group());
            }
        }
        for (DemographicCount other : shown.get().cells()) {
            if (other.category().isEmpty() || !groups.contains(other.category().get())) {
                rows.add(List.of(AnnualReport.capital(other.category().orElse("other")),
                        other.count().map(AnnualReport::numberForPeople).orElse("not shown"),
                        other.count().map(n -> AnnualReport.percent((double) n / total)).orElse("not shown"), "not in the figures"));
            }
        }
        page = page.table("People who took part with the local population, by " + by + " (rounded to the nearest 5)",
                List.of(AnnualReport.capital(by), "People who took part", "Share of people who took part", "Share of local population"),
                rows);
        String compared = fewer.isEmpty()
                ? "No group shown took part at less than four-fifths of its share of the local population."
                : "Fewer people took part than the local population would suggest from: " + AnnualReport.joinWords(fewer) + ".";
        return page.paragraph(compared + " We count the " + AnnualReport.numberForPeople(people.size()) + " people who use care "
                + "and support or care for someone, not staff. We round counts to the nearest 5 and do not show counts below 3, so that no one can be "
                + "picked out." + reference.source().map(source -> " Population figures: " + source + ".").orElse(""));
    }

    /**
     * How the people who took part came to be involved, and how many of those from each route were new to
     * involvement: the reach Inspire's lessons ask councils to look at (see {@link RecruitmentReach}).
     */
    static HtmlReport routes(HtmlReport page, List<Participant> people) {
        RecruitmentReach reach = new RecruitmentReach();
        people.forEach(reach::add);
        RecruitmentReachResult result = reach.result();
        if (result.channels().isEmpty()) {
            return page;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ChannelReach channel : result.channels()) {
            org.coproduction.measures.indicator.Share answered = channel.newToInvolvement();
            String newPeople = answered.denominator() == 0 ? "not recorded"
                    : AnnualReport.suppressed(answered.numerator()) + (answered.denominator() == channel.recruited() ? ""
                            : " (of " + AnnualReport.suppressed(answered.denominator()) + " who said)");
            rows.add(List.of(AnnualReport.capital(channel.channel().id().replace('-', ' ')), AnnualReport.suppressed(channel.recruited()), newPeople));
        }
        page = page.table("How the people who took part came to be involved, and how many were new to involvement",
                List.of("Route", "People", "New to involvement"), rows);
        String notRecorded = result.channelNotRecorded() == 0 ? ""
                : " For " + AnnualReport.suppressed(result.channelNotRecorded()) + " people the route is not recorded.";
        return page.paragraph("\"New to involvement\" means not already part of a peer support, campaigning, "
                + "advocacy or involvement group. Routes with more new people reached people who are not usually "
                + "heard." + notRecorded);
    }
}
