package org.coproduction.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.StatementLine;

/**
 * How payment statements and their lines are read: through their own builders, whose setters carry the
 * field names, so a statement read from JSON is checked exactly like one built in code.
 */
final class StatementMixIns {

    private StatementMixIns() {
    }

    /** A statement is read through {@link PaymentStatement.Builder}. */
    @JsonDeserialize(builder = PaymentStatement.Builder.class)
    abstract static class Statement {
    }

    /** A line is read through {@link StatementLine.Builder}. */
    @JsonDeserialize(builder = StatementLine.Builder.class)
    abstract static class Line {
    }

    /** The builders' setters are named after the fields, without a {@code with} prefix. */
    @JsonPOJOBuilder(withPrefix = "")
    abstract static class Builder {
    }
}
