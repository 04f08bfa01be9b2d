package org.coproduction.measures.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How dated records are grouped into reporting periods, with the label each period gets. Labels of one
 * grouping sort in time order as text.
 *
 * <p>The financial year is the UK public-sector year from 1 April to 31 March, labelled as published
 * statistics label it ("2024-25"), as in the ASCOF and the Safeguarding Adults Collection.
 */
@Stable
public enum PeriodGrouping {
    /** Calendar months, labelled like {@code 2024-07}. */
    MONTH,
    /** Calendar quarters, labelled like {@code 2024-Q3}. */
    QUARTER,
    /** Financial years from 1 April to 31 March, labelled like {@code 2024-25}. */
    FINANCIAL_YEAR,
    /** Calendar years, labelled like {@code 2024}. */
    CALENDAR_YEAR;

    /**
     * The label of the period a date falls in.
     *
     * @param date  the date, not null
     * @return the label, such as {@code 2024-25}, not null
     */
    public String label(LocalDate date) {
        switch (this) {
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER:
                return String.format(Locale.ROOT, "%04d-Q%d", date.getYear(), (date.getMonthValue() + 2) / 3);
            case FINANCIAL_YEAR:
                int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
                return String.format(Locale.ROOT, "%04d-%02d", start, (start + 1) % 100);
            default:
                return String.format(Locale.ROOT, "%04d", date.getYear());
        }
    }

    /**
     * The grouping as written in JSON, such as {@code financial-year}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a grouping from its identifier or constant name, ignoring case.
     *
     * @param text  the text, such as {@code financial-year}, not null
     * @return the grouping, not null
     * @throws IllegalArgumentException if the text names no grouping
     */
    @JsonCreator
    public static PeriodGrouping parse(CharSequence text) {
        return EnumIds.parse(PeriodGrouping.class, text, "period grouping");
    }
}
