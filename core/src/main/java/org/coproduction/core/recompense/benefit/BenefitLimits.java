package org.coproduction.core.recompense.benefit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A table of benefit earnings limits by tax year, with their sources. {@link #uk()} ships 2024/25 to
 * 2026/27 from the library's domain notes (Table B), each marked as the notes mark it; an organisation can
 * build its own table, for example to add a new year in April. A year the table does not know is not an
 * error: {@link BenefitCheck} warns that its limit should be checked.
 *
 * <pre>{@code
 * BenefitLimits.uk().limit(Benefit.CARERS_ALLOWANCE, TaxYear.parse("2026/27"))   // £204.00 a week
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class BenefitLimits implements WithBenefitLimits {

    private static final Citation ESA = Citation.builder()
            .reference("DWP, Pathways to Work green paper (March 2025), para 122, as quoted by s4me.info; Benefits and "
                    + "Work forum (2025/26 £195.50)")
            .url("https://s4me.info/threads/uk-disability-benefits-uc-esa-and-pip-news-and-updates-2024-and-2025.38319/post-616439")
            .status(SourceStatus.SECONDARY)
            .note("higher limit: fewer than 16 hours a week and earnings up to the limit, net of tax, NI and half of "
                    + "pension contributions; the limit is 16 times the National Living Wage")
            .build();
    private static final Citation CARERS = Citation.builder()
            .reference("Carers in Hertfordshire, Carer's Allowance increases (7 April 2025, £151 to £196); businessfast "
                    + "(£139 to £151 in April 2024)")
            .url("https://carersinherts.org.uk/about-us/latest-news/carers-allowance-increases")
            .status(SourceStatus.SECONDARY)
            .note("weekly, after tax, NI, half of pension contributions and allowable expenses; a cliff edge; the "
                    + "2025/26 limit applies from 7 April 2025")
            .build();
    private static final Citation UC_2025 = Citation.builder()
            .reference("CPAG, Universal credit rates 2025/26 (work allowance £411 with housing, £684 without; "
                    + "taper 55%)")
            .url("https://askcpag.org.uk/?id=-267269").status(SourceStatus.VERIFIED).build();
    private static final Citation UC_2024 = Citation.builder()
            .reference("Housing Systems, UC: LCW permitted earnings (work allowance £404 with housing, 2024/25)")
            .url("https://www.housingsystems.co.uk/Universal-Credit/Situation/Sick-Disability/Limited-Capability-for-Work/Permitted-Earnings")
            .status(SourceStatus.SECONDARY)
            .note("the £673 limit without the housing element for 2024/25 is also secondary")
            .build();
    private static final Citation CARERS_2026 = Citation.builder()
            .reference("Bridgit Care, Carer's Allowance changes April 2026 (£196 to £204); DWP-attributed newswire report"
                    + " (£204 from April 2026)")
            .url("https://bridgit.care/carers-allowance-changes-april-2026/blog")
            .status(SourceStatus.SECONDARY)
            .note("weekly, after tax, NI, half of pension contributions and allowable expenses; a cliff edge; several"
                    + " secondary sources agree")
            .build();
    private static final Citation ESA_2026 = Citation.builder()
            .reference("Derived by the library's domain notes (Table B) as 16 × the National Living Wage of £12.71 from"
                    + " April 2026, the rule the limit has followed; not read in a DWP source")
            .status(SourceStatus.UNVERIFIED)
            .note("about £203.50; the £12.71 wage is itself unverified; check the limit with DWP or Jobcentre Plus")
            .build();
    private static final BigDecimal TAPER = new BigDecimal("0.55");

    private static final BenefitLimits UK = BenefitLimits.builder()
            .addLimit(limit(Benefit.ESA_PERMITTED_WORK, 2024, "183.50", ESA).withHoursBelow(BigDecimal.valueOf(16)))
            .addLimit(limit(Benefit.ESA_PERMITTED_WORK, 2025, "195.50", ESA).withHoursBelow(BigDecimal.valueOf(16)))
            .addLimit(limit(Benefit.ESA_PERMITTED_WORK, 2026, "203.50", ESA_2026).withHoursBelow(BigDecimal.valueOf(16)))
            .addLimit(limit(Benefit.CARERS_ALLOWANCE, 2024, "151.00", CARERS))
            .addLimit(limit(Benefit.CARERS_ALLOWANCE, 2025, "196.00", CARERS))
            .addLimit(limit(Benefit.CARERS_ALLOWANCE, 2026, "204.00", CARERS_2026))
            .addLimit(limit(Benefit.UNIVERSAL_CREDIT_WITH_HOUSING, 2024, "404.00", UC_2024).withTaper(TAPER))
            .addLimit(limit(Benefit.UNIVERSAL_CREDIT_WITH_HOUSING, 2025, "411.00", UC_2025).withTaper(TAPER))
            .addLimit(limit(Benefit.UNIVERSAL_CREDIT_WITHOUT_HOUSING, 2024, "673.00", UC_2024).withTaper(TAPER))
            .addLimit(limit(Benefit.UNIVERSAL_CREDIT_WITHOUT_HOUSING, 2025, "684.00", UC_2025).withTaper(TAPER))
            .build();

    private static BenefitLimit limit(Benefit benefit, int year, String amount, Citation source) {
        return BenefitLimit.builder().benefit(benefit).taxYear(TaxYear.startingIn(year))
                .amount(new BigDecimal(amount)).source(source).build();
    }

    /**
     * The limits, in any order; at most one per benefit and tax year.
     *
     * @return the limits, not null
     */
    public abstract List<BenefitLimit> limits();

    /**
     * The UK limits for 2024/25 to 2026/27: ESA permitted work £183.50 and £195.50 a week with the 16-hour
     * rule [secondary], and about £203.50 for 2026/27 [unverified: derived as 16 times a National Living Wage of
     * £12.71, itself unverified]; Carer's Allowance £151.00, £196.00 and £204.00 a week [secondary]; Universal
     * Credit work allowance £404.00 and £411.00 a month with the housing element, £673.00 and £684.00 without
     * [2024/25 secondary, 2025/26 verified with CPAG], taper 55% [verified]. Universal Credit's 2026/27 work
     * allowances were not found in the library's sources, so that year has none and the check warns that
     * it should be checked.
     *
     * @return the table, not null
     */
    public static BenefitLimits uk() {
        return UK;
    }

    /**
     * A builder for a table of limits.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link BenefitLimits} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableBenefitLimits.Builder {
        Builder() {
        }
    }

    /**
     * The limit of a benefit in a tax year.
     *
     * @param benefit  the benefit, not null
     * @param taxYear  the tax year, not null
     * @return the limit, or empty if the table has none for that year
     */
    public Optional<BenefitLimit> limit(Benefit benefit, TaxYear taxYear) {
        return limits().stream().filter(l -> l.benefit() == benefit && l.taxYear().equals(taxYear)).findFirst();
    }

    @Value.Check
    void check() {
        Violations.of("BenefitLimits")
                .unique(limits(), l -> l.benefit().id() + " " + l.taxYear(), "limits", "benefit and taxYear")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "BenefitLimits (" + limits().size() + " limits)";
    }
}
