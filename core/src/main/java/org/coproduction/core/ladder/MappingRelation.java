package org.coproduction.core.ladder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;

/**
 * How closely a rung of one ladder matches the rungs a {@link CrosswalkEntry} maps it to, in the terms of
 * the SKOS mapping relations (W3C Simple Knowledge Organization System: {@code skos:exactMatch},
 * {@code closeMatch}, {@code broadMatch}, {@code narrowMatch}, {@code relatedMatch}).
 *
 * <p>Ladders differ in scope (the IAP2 spectrum treats every level as a legitimate choice; Hart and Shier
 * wrote about children), so a link between two rungs is rarely "the same": the relation says how far a
 * reader may carry a placement across. As in SKOS, {@link #BROAD_MATCH} means the rungs mapped to are
 * broader than the rung mapped from, and {@link #NARROW_MATCH} that they are narrower.
 */
@Stable
public enum MappingRelation {
    /** The rungs mean the same thing and can be used interchangeably ({@code skos:exactMatch}). */
    EXACT_MATCH("exactMatch"),
    /** The rungs are close enough to read one as the other in most uses, but not the same ({@code skos:closeMatch}). */
    CLOSE_MATCH("closeMatch"),
    /** The rungs mapped to are broader: the rung mapped from is one case of them ({@code skos:broadMatch}). */
    BROAD_MATCH("broadMatch"),
    /** The rungs mapped to are narrower: they are one case of the rung mapped from ({@code skos:narrowMatch}). */
    NARROW_MATCH("narrowMatch"),
    /** The rungs are related but neither the same nor one a case of the other ({@code skos:relatedMatch}). */
    RELATED_MATCH("relatedMatch");

    private final String skosName;

    MappingRelation(String skosName) {
        this.skosName = skosName;
    }

    /**
     * The relation as written in JSON: {@code exact-match}, {@code close-match}, {@code broad-match},
     * {@code narrow-match} or {@code related-match}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The SKOS property this relation stands for, such as {@code skos:closeMatch}.
     *
     * @return the prefixed SKOS property name, not null
     */
    public String skosProperty() {
        return "skos:" + skosName;
    }

    /**
     * Reads a relation from its identifier or constant name, ignoring case.
     *
     * @param text  the text, such as {@code close-match}, not null
     * @return the relation, not null
     * @throws IllegalArgumentException if the text names no relation
     */
    @JsonCreator
    public static MappingRelation parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MappingRelation relation : values()) {
            if (relation.name().equals(key)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("Unknown mapping relation \"" + text + "\"; expected one of "
                + Arrays.stream(values()).map(MappingRelation::id).collect(Collectors.joining(", ")));
    }
}
