package org.coproduction.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one input, one line each, reported together once it has been read. The first
 * {@value #SHOWN} are kept and the rest only counted, so that a large file with a mistake on every row is
 * reported in small memory: the message ends with {@code NAME: and N more problems}.
 */
final class Problems {

    /** How many problems are shown; the rest are counted. */
    static final int SHOWN = 100;

    private final String name;
    private final List<String> lines = new ArrayList<>();
    private long more;

    /**
     * No problems yet.
     *
     * @param name  the input's name in messages
     */
    Problems(String name) {
        this.name = name;
    }

    /**
     * Adds a problem.
     *
     * @param line  the whole message line, starting with the input's name
     */
    void add(String line) {
        if (lines.size() < SHOWN) {
            lines.add(line);
        } else {
            more++;
        }
    }

    /**
     * Whether a problem was found.
     *
     * @return true if none was
     */
    boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Stops with every problem found, if any.
     *
     * @throws InvalidInputException one line per problem
     */
    void throwIfAny() {
        if (lines.isEmpty()) {
            return;
        }
        String all = String.join("\n", lines);
        throw new InvalidInputException(more == 0 ? all : all + "\n" + name + ": and " + more + " more problems");
    }
}
