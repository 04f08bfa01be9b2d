package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.coproduction.core.api.Experimental;

/**
 * One unit that raters rated (a project placed on the ladder, an item, a case) with each rater's rating in
 * the order of the raters; a missing rating is {@code null} (or blank text, read as missing).
 *
 * @param id  the unit's identifier, such as a project code; never a person's name
 * @param ratings  one rating per rater, {@code null} where a rater gave none; the list is copied and
 *     unmodifiable
 */
@Experimental
public record RatedUnit(@JsonProperty("id") String id, @JsonProperty("ratings") List<String> ratings) {

    /**
     * A unit with its ratings; blank ratings are read as missing.
     *
     * @param id  the unit's identifier, not null
     * @param ratings  one rating per rater, {@code null} or blank where missing, not null
     */
    @JsonCreator
    public RatedUnit {
        Objects.requireNonNull(id, "id");
        List<String> copy = new ArrayList<>();
        for (String rating : Objects.requireNonNull(ratings, "ratings")) {
            copy.add(rating == null || rating.isBlank() ? null : rating.trim());
        }
        ratings = Collections.unmodifiableList(copy);
    }

    /**
     * A unit with its ratings; {@code null} or blank where a rater gave none.
     *
     * @param id  the unit's identifier, not null
     * @param ratings  one rating per rater
     * @return the unit, not null
     */
    public static RatedUnit of(String id, String... ratings) {
        List<String> list = new ArrayList<>();
        Collections.addAll(list, ratings);
        return new RatedUnit(id, list);
    }

    /**
     * How many ratings the unit has, not counting missing ones.
     *
     * @return the number of ratings given
     */
    public int given() {
        return (int) ratings.stream().filter(Objects::nonNull).count();
    }
}
