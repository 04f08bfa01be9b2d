package org.coproduction.core.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;

/**
 * One broken rule: where it was broken (the field path), which rule, and the offending value when showing
 * it is safe and helpful.
 *
 * <p>The path uses the same form for objects built in code and documents read from JSON:
 * {@code rungs[2].id} or {@code activities[4].attendance[2].minutes}. The message reads
 * {@code path: rule, was value}, for example {@code attendance[3].minutes: must be ≥ 0, was -30}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Stable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Violation {

    private final String path;
    private final String rule;
    private final String actual;

    private Violation(String path, String rule, String actual) {
        this.path = Objects.requireNonNull(path, "path");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.actual = actual;
    }

    /**
     * A violation without a value to show, for example a missing field.
     *
     * @param path  the field path, {@code ""} for the object as a whole, not null
     * @param rule  the rule that was broken, in words, not null
     * @return the violation, not null
     */
    public static Violation of(String path, String rule) {
        return new Violation(path, rule, null);
    }

    /**
     * A violation with the offending value.
     *
     * @param path  the field path, {@code ""} for the object as a whole, not null
     * @param rule  the rule that was broken, in words, not null
     * @param actual  the offending value; shown with {@link String#valueOf(Object)}, quoted if it is text
     * @return the violation, not null
     */
    public static Violation of(String path, String rule, Object actual) {
        return new Violation(path, rule, show(actual));
    }

    @JsonCreator
    static Violation fromJson(
            @JsonProperty("path") String path,
            @JsonProperty("rule") String rule,
            @JsonProperty("actual") String actual) {
        return new Violation(path, rule, actual);
    }

    private static String show(Object actual) {
        if (actual instanceof CharSequence) {
            return "\"" + actual + "\"";
        }
        return String.valueOf(actual);
    }

    /**
     * The path of the field that broke the rule, such as {@code rungs[2].id}; empty for the whole object.
     *
     * @return the path, not null
     */
    @JsonProperty("path")
    public String path() {
        return path;
    }

    /**
     * The rule that was broken, such as {@code must be unique}.
     *
     * @return the rule, not null
     */
    @JsonProperty("rule")
    public String rule() {
        return rule;
    }

    /**
     * The offending value as shown in the message, if there is one to show.
     *
     * @return the value, not null
     */
    @JsonProperty("actual")
    public Optional<String> actual() {
        return Optional.ofNullable(actual);
    }

    /**
     * This violation moved under a parent path: {@code minutes} under {@code attendance[3]} becomes
     * {@code attendance[3].minutes}.
     *
     * @param parent  the parent path, not null; empty leaves the path unchanged
     * @return the violation with the longer path, not null
     */
    public Violation under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String joined;
        if (path.isEmpty()) {
            joined = parent;
        } else if (path.startsWith("[")) {
            joined = parent + path;
        } else {
            joined = parent + "." + path;
        }
        return new Violation(joined, rule, actual);
    }

    /**
     * The violation as one line: {@code path: rule, was value}.
     *
     * @return the message, not null
     */
    public String message() {
        String where = path.isEmpty() ? "(document)" : path;
        return actual == null ? where + ": " + rule : where + ": " + rule + ", was " + actual;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation
                && path.equals(((Violation) other).path)
                && rule.equals(((Violation) other).rule)
                && Objects.equals(actual, ((Violation) other).actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, rule, actual);
    }

    @Override
    public String toString() {
        return message();
    }
}
