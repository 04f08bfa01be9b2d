package org.coproduction.core.ladder;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A council's own wording of one rung of a {@link Ladder}, kept beside the ladder's source wording with
 * its own attribution.
 *
 * <p>Councils that use the TLAP ladder word its rungs differently: Norfolk and Wirral describe co-design
 * as genuine influence without seeing it through, West Northamptonshire as not being involved in
 * strategic decision-making. The rung's meaning on the ladder stays as the ladder's source gives it; a
 * council's wording is added beside it, never in its place (see {@link Ladder#wordingsOf(String)}).
 *
 * <pre>{@code
 * CouncilWording ours = CouncilWording.builder()
 *     .rung("co-design").council("Anytown Council").name("Designing together")
 *     .source(Citation.of("Anytown Council, Involvement Strategy 2025", SourceStatus.VERIFIED))
 *     .build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class CouncilWording implements WithCouncilWording {

    /**
     * The identifier of the rung the council words, such as {@code co-design}.
     *
     * @return the rung identifier, not blank
     */
    public abstract String rung();

    /**
     * The council whose wording this is, such as "Norfolk County Council".
     *
     * @return the council, not blank
     */
    public abstract String council();

    /**
     * The council's own label for the rung, when it names the rung differently.
     *
     * @return the label, or empty
     */
    public abstract Optional<String> name();

    /**
     * The council's own description of the rung, in its words.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> meaning();

    /**
     * Where the council's wording is published.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * A builder for a council's wording.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link CouncilWording} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCouncilWording.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("CouncilWording")
                .notBlank(rung(), "rung")
                .notBlank(council(), "council")
                .check(name().isPresent() || meaning().isPresent(), "name",
                        "or meaning is required (a wording must word the rung)")
                .check(name().map(n -> !n.isBlank()).orElse(true), "name", "must not be blank when given")
                .check(meaning().map(n -> !n.isBlank()).orElse(true), "meaning", "must not be blank when given")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return council() + " on " + rung() + ": " + name().orElse("") + (name().isPresent() && meaning().isPresent()
                ? " - " : "") + meaning().orElse("");
    }
}
