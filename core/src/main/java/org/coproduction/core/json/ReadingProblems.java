package org.coproduction.core.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.validation.Violation;

/**
 * The problems found while one document is bound, collected so that a document with several mistakes
 * is reported with all of them in one {@link org.coproduction.core.validation.ValidationException}.
 *
 * <p>A value that could not be bound is left out and its path remembered, so that the complaints it
 * causes further up (the object it belonged to now lacks a required field, the list it was in holds a
 * gap) are not reported as mistakes of their own. An unknown field close to a known one is reported as a
 * probable misspelling ("did you mean {@code minutes}?"), and the missing field it stood for is named in
 * the same problem rather than in a second one.
 */
final class ReadingProblems {

    /** The most problems collected; reading stops after it. */
    static final int MAX_PROBLEMS = 100;

    /** The most places of {@code null} values remembered, to say "was null" of a missing required field. */
    private static final int MAX_NULLS_REMEMBERED = 1_000;

    private final List<Object> found = new ArrayList<>();
    private final Set<String> failedPaths = new HashSet<>();
    private final Set<String> nullPaths = new HashSet<>();
    private int count;

    /** A field the document holds that its object does not have. */
    private static final class UnknownField {
        final String path;
        final String parent;
        final String suggestion;
        final List<String> known;

        UnknownField(String path, String parent, String suggestion, List<String> known) {
            this.path = path;
            this.parent = parent;
            this.suggestion = suggestion;
            this.known = known;
        }
    }

    /**
     * Whether any problem has been found.
     *
     * @return true if there is at least one
     */
    boolean any() {
        return count > 0;
    }

    /**
     * Whether as many problems as are collected have been found.
     *
     * @return true if reading should stop
     */
    boolean full() {
        return count >= MAX_PROBLEMS;
    }

    /**
     * A value at the path could not be bound; the violations say why (with paths from the document's root).
     *
     * @param path  the value's path
     * @param violations  what is wrong with it
     */
    void valueFailed(String path, List<Violation> violations) {
        for (Violation v : violations) {
            if (!causedByEarlierFailure(v.path())) {
                found.add(v);
                count++;
            }
        }
        failedPaths.add(path);
    }

    /**
     * An object could not be built: its own rules (or its builder) refused it. Complaints about values that
     * already failed, or about their absence, are left out.
     *
     * @param path  the object's path
     * @param violations  the object's problems, with paths from the document's root
     */
    void objectFailed(String path, List<Violation> violations) {
        valueFailed(path, violations);
    }

    /**
     * The document holds a field its object does not have.
     *
     * @param parent  the object's path
     * @param name  the field's name
     * @param known  the object's fields
     * @param personal  whether the object holds personal data, so that the name is not repeated
     */
    void unknownField(String parent, String name, Collection<String> known, boolean personal) {
        String path = parent.isEmpty() ? name : parent + "." + name;
        count++;
        if (personal) {
            found.add(Violation.of(parent, "holds a field that is not known (its name is not shown: it may be "
                    + "personal data)"));
            return;
        }
        List<String> sorted = known.stream().sorted().collect(Collectors.toList());
        found.add(new UnknownField(path, parent, closest(name, sorted), sorted));
    }

    /**
     * Whether another place of a {@code null} value is remembered (a thousand are).
     *
     * @return true if it is
     */
    boolean remembersMoreNulls() {
        return nullPaths.size() < MAX_NULLS_REMEMBERED;
    }

    /**
     * The document wrote {@code null} at the path.
     *
     * @param path  the path
     */
    void nullAt(String path) {
        if (nullPaths.size() < MAX_NULLS_REMEMBERED) {
            nullPaths.add(path);
        }
    }

    /**
     * Every problem, in the order found: a missing required field that an unknown field probably meant is
     * named in that field's problem; a missing field that was written as {@code null} says so.
     *
     * @return the violations, not null
     */
    List<Violation> violations() {
        Set<String> meant = new HashSet<>();
        for (Object problem : found) {
            if (problem instanceof UnknownField && ((UnknownField) problem).suggestion != null) {
                UnknownField unknown = (UnknownField) problem;
                meant.add(join(unknown.parent, unknown.suggestion));
            }
        }
        Set<String> missingMeant = new HashSet<>();
        for (Object problem : found) {
            if (problem instanceof Violation && isMissing((Violation) problem) && meant.contains(((Violation) problem).path())) {
                missingMeant.add(((Violation) problem).path());
            }
        }
        List<Violation> all = new ArrayList<>();
        for (Object problem : found) {
            if (problem instanceof UnknownField) {
                all.add(describe((UnknownField) problem, missingMeant));
            } else {
                Violation v = (Violation) problem;
                if (isMissing(v) && missingMeant.contains(v.path())) {
                    continue;
                }
                all.add(isMissing(v) && nullPaths.contains(v.path())
                        ? Violation.of(v.path(), "is required", new CheckedParser.Shown("null")) : v);
            }
        }
        return all;
    }

    private static Violation describe(UnknownField unknown, Set<String> missingMeant) {
        if (unknown.suggestion == null) {
            return Violation.of(unknown.path, "is not a known field"
                    + (unknown.known.isEmpty() ? "" : "; known fields are " + unknown.known));
        }
        boolean required = missingMeant.contains(join(unknown.parent, unknown.suggestion));
        return Violation.of(unknown.path, "is not a known field; did you mean `" + unknown.suggestion + "`"
                + (required ? ", which is required" : "") + "?");
    }

    private static boolean isMissing(Violation v) {
        return v.rule().equals("is required") && v.actual().isEmpty();
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Whether a problem at the path is a consequence of a value at or below it that already failed. */
    private boolean causedByEarlierFailure(String path) {
        for (String failed : failedPaths) {
            if (failed.equals(path) || path.isEmpty() || failed.startsWith(path)
                    && (failed.charAt(path.length()) == '.' || failed.charAt(path.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The known field a misspelt name most probably meant: the same ignoring case, or at most two letters
     * added, removed, changed or swapped (one for short names); null if none is that close.
     */
    static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            int allowed = Math.min(name.length(), candidate.length()) <= 4 ? 1 : 2;
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Edits (insert, delete, change, swap of neighbours) between two names. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
