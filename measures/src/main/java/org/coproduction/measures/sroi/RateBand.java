package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * A discount rate that applies to a run of years.
 *
 * @param fromYear  the first year the rate applies to, at least 1 (year 1 is the first year after the
 *     investment)
 * @param toYear  the last year it applies to, or empty for every later year
 * @param rate  the annual rate as a fraction, such as 0.035 for 3.5%, from 0 to 1
 */
@Experimental
public record RateBand(int fromYear, Optional<Integer> toYear, BigDecimal rate) {

    /**
     * Checks the band.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public RateBand {
        toYear = Objects.requireNonNullElse(toYear, Optional.empty());
        Violations problems = Violations.of("RateBand")
                .check(fromYear >= 1, "fromYear", "must be at least 1", fromYear)
                .check(rate != null, "rate", "is required");
        if (rate != null) {
            problems.check(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0, "rate",
                    "must be a fraction from 0 to 1 (0.035 for 3.5%)", rate);
        }
        toYear.ifPresent(t -> problems.check(t >= fromYear, "toYear", "must not be before fromYear " + fromYear, t));
        problems.throwIfAny();
    }

    /**
     * A band from one year to another.
     *
     * @param fromYear  the first year, at least 1
     * @param toYear  the last year
     * @param rate  the rate as a fraction, such as {@code "0.035"}
     * @return the band, not null
     */
    public static RateBand of(int fromYear, int toYear, String rate) {
        return new RateBand(fromYear, Optional.of(toYear), new BigDecimal(rate));
    }

    /**
     * A band from one year onwards.
     *
     * @param fromYear  the first year, at least 1
     * @param rate  the rate as a fraction
     * @return the band, not null
     */
    public static RateBand from(int fromYear, String rate) {
        return new RateBand(fromYear, Optional.empty(), new BigDecimal(rate));
    }

    /**
     * Whether the band covers a year.
     *
     * @param year  the year, at least 1
     * @return true if the rate applies in that year
     */
    public boolean covers(int year) {
        return year >= fromYear && toYear.map(t -> year <= t).orElse(true);
    }

    @Override
    public String toString() {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "% in years " + fromYear
                + toYear.map(t -> "–" + t).orElse(" onwards");
    }
}
