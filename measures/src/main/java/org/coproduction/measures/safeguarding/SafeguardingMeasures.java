package org.coproduction.measures.safeguarding;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.function.Function;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.measures.indicator.Direction;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.indicator.IndicatorKind;
import org.coproduction.measures.indicator.PeriodGrouping;
import org.coproduction.measures.indicator.ShareDefinition;
import org.coproduction.measures.indicator.SharesByPeriod;

/**
 * Accumulators and indicator definitions for the four adult support and protection measures of the ASP
 * participation project (para 5.3). Repeat referrals are counted by {@link RepeatReferrals}.
 *
 * <pre>{@code
 * SharesByPeriod<Referral> self = SafeguardingMeasures.selfReferrals(PeriodGrouping.FINANCIAL_YEAR);
 * referrals.forEach(self::add);
 * self.result().in("2024-25");   // e.g. 12/240 (5.0%)
 * }</pre>
 */
@Experimental
public final class SafeguardingMeasures {

    private static final Citation ASP_REPORT = Citation.builder()
            .reference("Scottish Government, A Project To Support More Effective Involvement Of Service Users in "
                    + "Adult Support and Protection Activity, chapter 5, para 5.3 (Cross and Mackay, 2014)")
            .url("https://www.gov.scot/publications/project-support-more-effective-involvement-service-users-adult-"
                    + "support-protection-activity/pages/7/")
            .status(SourceStatus.VERIFIED)
            .note("The report names the measure; the precise definition is the library's own")
            .build();

    private SafeguardingMeasures() {
    }

    /**
     * Self-referrals as a share of all referrals, period by period ("increases in people self-referring for
     * help from services").
     *
     * @param grouping  how referrals are grouped into periods, not null
     * @return an empty accumulator, not null
     */
    public static SharesByPeriod<Referral> selfReferrals(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, ReferralShares.SELF_REFERRALS);
    }

    /**
     * People who agreed to take part in evaluation as a share of those invited, period by period.
     *
     * @param grouping  how invitations are grouped into periods, not null
     * @return an empty accumulator, not null
     */
    public static SharesByPeriod<EvaluationInvitation> willingnessToTakePart(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, InvitationShares.AGREED_TO_TAKE_PART);
    }

    /**
     * Respondents reporting a better understanding of the process, of those who answered.
     *
     * @param grouping  how responses are grouped into periods, not null
     * @return an empty accumulator, not null
     */
    public static SharesByPeriod<EvaluationFeedback> betterUnderstanding(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, FeedbackShares.UNDERSTANDING);
    }

    /**
     * Respondents reporting a better experience of case conference meetings, of those who answered.
     *
     * @param grouping  how responses are grouped into periods, not null
     * @return an empty accumulator, not null
     */
    public static SharesByPeriod<EvaluationFeedback> betterMeetings(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, FeedbackShares.MEETINGS);
    }

    /**
     * Respondents reporting a better experience of support and protection plans, of those who answered.
     *
     * @param grouping  how responses are grouped into periods, not null
     * @return an empty accumulator, not null
     */
    public static SharesByPeriod<EvaluationFeedback> betterPlans(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, FeedbackShares.PLANS);
    }

    /**
     * Self-referrals of all referrals. Definitions are enums, so that a definition travels with its
     * accumulator (Java serialisation writes the constant's name) and two accumulators can tell they count the
     * same thing.
     */
    private enum ReferralShares implements ShareDefinition<Referral> {
        SELF_REFERRALS;

        @Override
        public LocalDate date(Referral record) {
            return record.received();
        }

        @Override
        public boolean eligible(Referral record) {
            return true;
        }

        @Override
        public boolean counted(Referral record) {
            return record.selfReferral();
        }
    }

    /** Invitations to take part in evaluation that were agreed to, of all invitations. */
    private enum InvitationShares implements ShareDefinition<EvaluationInvitation> {
        AGREED_TO_TAKE_PART;

        @Override
        public LocalDate date(EvaluationInvitation record) {
            return record.invited();
        }

        @Override
        public boolean eligible(EvaluationInvitation record) {
            return true;
        }

        @Override
        public boolean counted(EvaluationInvitation record) {
            return record.agreed();
        }
    }

    /** The shares of evaluation answers: of those who answered an aspect, the share who reported it better. */
    private enum FeedbackShares implements ShareDefinition<EvaluationFeedback> {
        UNDERSTANDING,
        MEETINGS,
        PLANS;

        private Report aspect(EvaluationFeedback f) {
            return this == UNDERSTANDING ? f.understanding() : this == MEETINGS ? f.meetings() : f.plans();
        }

        @Override
        public LocalDate date(EvaluationFeedback record) {
            return record.responded();
        }

        @Override
        public boolean eligible(EvaluationFeedback record) {
            return aspect(record) != Report.NOT_ANSWERED;
        }

        @Override
        public boolean counted(EvaluationFeedback record) {
            return aspect(record) == Report.BETTER;
        }
    }

    /**
     * The indicator definitions of the ASP measures: willingness to take part in evaluation, better
     * understanding, better experience, self-referrals and repeat referrals (by referral and by person).
     *
     * @return the definitions, not null
     */
    public static List<IndicatorDefinition> indicators() {
        return List.of(
                definition("willing-to-take-part-in-evaluation", "People who have experienced ASP willing to take part "
                        + "in evaluation", Direction.HIGHER_IS_BETTER,
                        "People who agreed ÷ people invited to take part in evaluation × 100"),
                definition("better-understanding-of-asp", "Evaluation participants reporting better understanding "
                        + "of the ASP process", Direction.HIGHER_IS_BETTER,
                        "Respondents reporting better understanding ÷ respondents who answered × 100"),
                definition("better-experience-of-case-conferences", "Evaluation participants reporting better "
                        + "experience of case conferences", Direction.HIGHER_IS_BETTER,
                        "Respondents reporting a better experience ÷ respondents who answered × 100"),
                definition("self-referrals", "Referrals that are self-referrals", Direction.HIGHER_IS_BETTER,
                        "Referrals received from the adult themselves ÷ all referrals received × 100"),
                definition("repeat-referrals", "Referrals within 12 months of an earlier referral of the same "
                        + "person", Direction.LOWER_IS_BETTER, "Referrals in the period with an earlier referral of "
                        + "the same person on a different day in the 12 months before ÷ all referrals in the period "
                        + "× 100 (unit: referral)"),
                definition("repeatedly-referred-people", "People referred again within 12 months",
                        Direction.LOWER_IS_BETTER, "People with at least one repeat referral in the period ÷ people "
                        + "referred in the period × 100 (unit: person)"));
    }

    private static IndicatorDefinition definition(String id, String name, Direction direction, String how) {
        return new IndicatorDefinition(id, name, IndicatorKind.PROPORTION, direction, "%", how, Optional.empty(),
                ASP_REPORT);
    }
}
