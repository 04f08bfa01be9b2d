package org.coproduction.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code examples/jshell/ladders.jsh}, the README's five-line session, against the TLAP and Arnstein tables. */
class LaddersScriptTest {

    @Test
    void theFiveLineSessionShowsTheLadder() throws Exception {
        String output = JShellScripts.run("ladders.jsh");
        assertTrue(output.contains("Think Local Act Personal ladder of co-production: Coercion < Educating < Informing "
                + "< Consultation < Engagement < Co-design < Co-production"), output);
        assertTrue(output.contains("CO_PRODUCTION is above CO_DESIGN: true"), output);
        assertTrue(output.contains("Educating is on the participation ladder: false"), output);
        assertTrue(output.contains("Engagement on Arnstein's ladder: [5. Placation]"), output);
        assertTrue(output.contains("Band of co-design: Doing with"), output);
    }
}
