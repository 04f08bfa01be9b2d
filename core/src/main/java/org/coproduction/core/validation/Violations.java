package org.coproduction.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.coproduction.core.api.Stable;

/**
 * Collects the violations of one object so that every problem is reported at once, then throws a
 * {@link ValidationException} if there were any. Value types use it in their validation method.
 *
 * <pre>{@code
 * Violations problems = Violations.of("Ladder");
 * problems.check(rungs().size() >= 2, "rungs", "must have at least 2 rungs", rungs().size());
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>Instances are mutable and meant for one validation pass on one thread.
 */
@Stable
public final class Violations {

    private final String subject;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /**
     * A new, empty collector.
     *
     * @param subject  what is being checked, such as {@code Ladder}, not null
     * @return the collector, not null
     */
    public static Violations of(String subject) {
        return new Violations(subject);
    }

    /**
     * Records a violation if the condition does not hold.
     *
     * @param holds  whether the rule holds
     * @param path  the field path, not null
     * @param rule  the rule in words, not null
     * @param actual  the offending value to show
     * @return this collector, not null
     */
    public Violations check(boolean holds, String path, String rule, Object actual) {
        if (!holds) {
            found.add(Violation.of(path, rule, actual));
        }
        return this;
    }

    /**
     * Records a violation without a value to show if the condition does not hold.
     *
     * @param holds  whether the rule holds
     * @param path  the field path, not null
     * @param rule  the rule in words, not null
     * @return this collector, not null
     */
    public Violations check(boolean holds, String path, String rule) {
        if (!holds) {
            found.add(Violation.of(path, rule));
        }
        return this;
    }

    /**
     * Records a violation when text is blank.
     *
     * @param text  the text to check, not null
     * @param path  the field path, not null
     * @return this collector, not null
     */
    public Violations notBlank(String text, String path) {
        return check(!text.isBlank(), path, "must not be blank", text);
    }

    /**
     * Records a violation for every element whose key repeats an earlier element's key.
     *
     * @param <T>  the element type
     * @param elements  the elements in order, not null
     * @param key  how to get each element's key, not null
     * @param listPath  the path of the list, such as {@code rungs}, not null
     * @param keyName  the name of the key field, such as {@code id}, not null
     * @return this collector, not null
     */
    public <T> Violations unique(List<T> elements, Function<T, ?> key, String listPath, String keyName) {
        Map<Object, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Object k = key.apply(elements.get(i));
            Integer earlier = firstSeen.putIfAbsent(k, i);
            if (earlier != null) {
                found.add(Violation.of(listPath + "[" + i + "]." + keyName,
                        "must be unique (same as " + listPath + "[" + earlier + "])", k));
            }
        }
        return this;
    }

    /**
     * Records a violation that was found elsewhere, such as by a nested check.
     *
     * @param violation  the violation, not null
     * @return this collector, not null
     */
    public Violations add(Violation violation) {
        found.add(Objects.requireNonNull(violation, "violation"));
        return this;
    }

    /**
     * Records violations that were found elsewhere.
     *
     * @param violations  the violations, not null
     * @return this collector, not null
     */
    public Violations addAll(Collection<Violation> violations) {
        violations.forEach(this::add);
        return this;
    }

    /**
     * Whether any violation has been recorded.
     *
     * @return true if at least one rule was broken
     */
    public boolean any() {
        return !found.isEmpty();
    }

    /**
     * The violations recorded so far.
     *
     * @return a copy of the violations, not null
     */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /**
     * Throws a {@link ValidationException} listing every recorded violation, if there is one.
     *
     * @throws ValidationException if any rule was broken
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(subject, found);
        }
    }
}
