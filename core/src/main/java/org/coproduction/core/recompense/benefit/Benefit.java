package org.coproduction.core.recompense.benefit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * The UK benefits whose earnings rules payment for involvement can affect, with the period each is tested
 * over (domain notes §4): ESA and Carer's Allowance per week, Universal Credit per monthly assessment
 * period.
 */
@Experimental
public enum Benefit {
    /** Employment and Support Allowance, permitted work higher limit: fewer than 16 hours and earnings up to the weekly limit. */
    ESA_PERMITTED_WORK("ESA permitted-work limit", true),
    /** Carer's Allowance weekly earnings limit: a cliff edge, £1 over loses that week's allowance. */
    CARERS_ALLOWANCE("Carer's Allowance earnings limit", true),
    /** Universal Credit work allowance for a claimant whose award includes the housing element; taper above it. */
    UNIVERSAL_CREDIT_WITH_HOUSING("Universal Credit work allowance (with housing element)", false),
    /** Universal Credit work allowance for a claimant without the housing element; taper above it. */
    UNIVERSAL_CREDIT_WITHOUT_HOUSING("Universal Credit work allowance (no housing element)", false);

    private final String label;
    private final boolean weekly;

    Benefit(String label, boolean weekly) {
        this.label = label;
        this.weekly = weekly;
    }

    /**
     * The limit's name in words, such as "Carer's Allowance earnings limit".
     *
     * @return the name, not null
     */
    public String label() {
        return label;
    }

    /**
     * Whether the limit is tested per week (ESA, Carer's Allowance) rather than per monthly assessment period
     * (Universal Credit).
     *
     * @return true for a weekly limit
     */
    public boolean isWeekly() {
        return weekly;
    }

    /**
     * The benefit as written in JSON, such as {@code carers-allowance}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a benefit from its identifier or constant name.
     *
     * @param text  the text, not null
     * @return the benefit, not null
     * @throws IllegalArgumentException listing the allowed values if the text names none
     */
    @JsonCreator
    public static Benefit parse(String text) {
        return EnumIds.parse(Benefit.class, text, "benefit");
    }
}
