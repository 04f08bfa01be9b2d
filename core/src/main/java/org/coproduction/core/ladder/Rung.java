package org.coproduction.core.ladder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.value.EnumIds;

/**
 * A rung of the Think Local Act Personal (TLAP) ladder of co-production, the library's default ladder,
 * from coercion at the bottom to co-production at the top.
 *
 * <p>The ladder was co-produced with TLAP's National Co-production Advisory Group and first shown in 2016,
 * building on Arnstein (1969). Its seven rungs fall into three {@linkplain Band bands}: "doing to"
 * (coercion, educating), "doing for" (informing, consultation, engagement) and "doing with" (co-design,
 * co-production). The participation ladder councils name runs from {@link #INFORMING} to
 * {@link #CO_PRODUCTION}: a project on the two lowest rungs is not yet on it
 * ({@link #isParticipatory()}).
 *
 * <p>The meanings are the library's paraphrase of the rung descriptions published by Norfolk County
 * Council ("What do we mean by co-production?") and Wirral Council (the Interaction Ladder), which
 * reproduce TLAP's ladder. TLAP asks that reproductions reference its website as the source.
 *
 * <p>Councils cite the ladder as Think Local Act Personal (2021) <i>Ladder of co-production</i> (North
 * Tyneside Council, <i>Stronger Together</i>, 2024, footnote 3), and so does the library.
 *
 * <pre>{@code
 * Rung.CO_DESIGN.next()                      // CO_PRODUCTION
 * Rung.ENGAGEMENT.isAbove(Rung.CONSULTATION) // true
 * Rung.EDUCATING.isParticipatory()           // false: not yet on the participation ladder
 * Rung.parse("co-design").band()             // DOING_WITH
 * }</pre>
 *
 * <p>Other ladders (Arnstein, the IAP2 spectrum, a council's own) are data: see {@link Ladder} and
 * {@link Ladders}; a rung of a ladder held as data is a {@link RungDefinition}, and {@link Ladders#tlap()}
 * holds this same ladder in that form.
 */
@Stable
public enum Rung {
    /** People attend as passive recipients; their views are not asked for and not taken into account. */
    COERCION("Coercion", Band.DOING_TO,
            "People attend as passive recipients of an event about services; their views are not considered."),
    /** People are helped to understand how services are designed and delivered, and nothing more is done. */
    EDUCATING("Educating", Band.DOING_TO,
            "People are helped to understand how services are designed and delivered; nothing more is done."),
    /** Those responsible tell people about services and how they work, perhaps which decisions were made and why. */
    INFORMING("Informing", Band.DOING_FOR,
            "Those responsible tell people about services and how they work, perhaps which decisions were made and why."),
    /** People are asked for views through surveys or meetings; tokenistic if they cannot influence change. */
    CONSULTATION("Consultation", Band.DOING_FOR,
            "People are asked for their views in surveys or meetings; tokenistic if they have no power to change things."),
    /** More chances to give views and some influence on decisions, as far as those responsible allow. */
    ENGAGEMENT("Engagement", Band.DOING_FOR,
            "People have more chances to give views and some influence on decisions, as far as those responsible allow."),
    /** People help design services from their experience and ideas, but do not see it through. */
    CO_DESIGN("Co-design", Band.DOING_WITH,
            "People help design services from their experience and ideas, with real influence, but are not involved in seeing it through."),
    /** An equal relationship from design to delivery, sharing strategic and delivery decisions. */
    CO_PRODUCTION("Co-production", Band.DOING_WITH,
            "People and those responsible work together as equals from design to delivery, sharing strategic and delivery decisions.");

    private static final Rung[] RUNGS = values();

    /** Every spelling {@link #parse} accepts without normalising: identifiers, constant and display names. */
    private static final Map<String, Rung> BY_SPELLING = spellings();

    /** The source of the TLAP ladder, as every rung cites it. */
    private static final Citation SOURCE = Citation.builder()
            .reference("Think Local Act Personal (2021) Ladder of co-production, as cited by North Tyneside Council, "
                    + "Stronger Together (2024); rung descriptions as reproduced by Norfolk County Council and Wirral Council")
            .url("https://www.thinklocalactpersonal.org.uk/")
            .status(SourceStatus.VERIFIED)
            .note("Meanings are the library's paraphrase.")
            .build();

    private final String displayName;
    private final Band band;
    private final String meaning;

    Rung(String displayName, Band band, String meaning) {
        this.displayName = displayName;
        this.band = band;
        this.meaning = meaning;
    }

    /**
     * Obtains a rung from its position on the ladder, 1 (coercion) to 7 (co-production).
     *
     * @param order  the position from the bottom, 1 to 7
     * @return the rung, not null
     * @throws IllegalArgumentException if the position is not 1 to 7
     */
    public static Rung of(int order) {
        if (order < 1 || order > RUNGS.length) {
            throw new IllegalArgumentException("Invalid rung order: must be 1 to " + RUNGS.length + ", was " + order);
        }
        return RUNGS[order - 1];
    }

    /**
     * Reads a rung from its identifier ({@code co-design}), constant name ({@code CO_DESIGN}) or display name
     * ({@code Co-design}), ignoring case.
     *
     * @param text  the text to read, not null
     * @return the rung, not null
     * @throws IllegalArgumentException if the text names no rung, listing the rungs there are
     */
    @JsonCreator
    public static Rung parse(CharSequence text) {
        Rung exact = BY_SPELLING.get(text.toString());
        if (exact != null) {
            return exact;
        }
        return EnumIds.find(Rung.class, text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown rung \"" + text + "\"; the TLAP ladder's rungs are " + EnumIds.allowed(Rung.class)));
    }

    private static Map<String, Rung> spellings() {
        Map<String, Rung> map = new HashMap<>();
        for (Rung rung : values()) {
            map.put(rung.id(), rung);
            map.put(rung.name(), rung);
            map.put(rung.displayName, rung);
        }
        return Map.copyOf(map);
    }

    /**
     * The rung's identifier as written in JSON and in {@link Ladders#tlap()}, such as {@code co-design}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * The rung's name as people write it, such as "Co-design".
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * What the rung means, in one plain sentence.
     *
     * @return the meaning, not null
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Where the rung and its meaning come from.
     *
     * @return the citation, not null
     */
    public Citation source() {
        return SOURCE;
    }

    /**
     * The rung's position from the bottom: 1 for coercion to 7 for co-production.
     *
     * @return the position, 1 to 7
     */
    public int order() {
        return ordinal() + 1;
    }

    /**
     * The band the rung belongs to: doing to, doing for, or doing with.
     *
     * @return the band, not null
     */
    public Band band() {
        return band;
    }

    /**
     * Whether the rung is on the participation ladder councils name, which runs from informing to
     * co-production. Coercion and educating are not yet on it.
     *
     * @return true from informing upwards
     */
    public boolean isParticipatory() {
        return compareTo(INFORMING) >= 0;
    }

    /**
     * Whether this is the top rung, co-production.
     *
     * @return true for co-production only
     */
    public boolean isTop() {
        return this == CO_PRODUCTION;
    }

    /**
     * Whether this is the bottom rung, coercion.
     *
     * @return true for coercion only
     */
    public boolean isBottom() {
        return this == COERCION;
    }

    /**
     * The rung above this one. Unlike {@code DayOfWeek.plus}, this does not wrap around: there is nothing
     * above co-production.
     *
     * @return the next rung up, not null
     * @throws NoSuchElementException if this is co-production, the top rung
     */
    public Rung next() {
        if (isTop()) {
            throw new NoSuchElementException("Co-production is the top rung of the TLAP ladder; there is no rung above it");
        }
        return RUNGS[ordinal() + 1];
    }

    /**
     * The rung below this one. There is nothing below coercion.
     *
     * @return the next rung down, not null
     * @throws NoSuchElementException if this is coercion, the bottom rung
     */
    public Rung previous() {
        if (isBottom()) {
            throw new NoSuchElementException("Coercion is the bottom rung of the TLAP ladder; there is no rung below it");
        }
        return RUNGS[ordinal() - 1];
    }

    /**
     * Whether this rung is higher on the ladder than another.
     *
     * @param other  the rung to compare with, not null
     * @return true if this rung is strictly higher
     */
    public boolean isAbove(Rung other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this rung is lower on the ladder than another.
     *
     * @param other  the rung to compare with, not null
     * @return true if this rung is strictly lower
     */
    public boolean isBelow(Rung other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether this rung is the same as or higher than another: whether a project at this rung has reached
     * the other.
     *
     * @param other  the rung to compare with, not null
     * @return true if this rung is at least as high
     */
    public boolean isAtLeast(Rung other) {
        return compareTo(other) >= 0;
    }

    /**
     * How many rungs separate this rung from another: positive when the other is higher.
     *
     * @param target  the rung to climb to, not null
     * @return the number of steps up (negative for down)
     */
    public int stepsTo(Rung target) {
        return target.ordinal() - ordinal();
    }
}
