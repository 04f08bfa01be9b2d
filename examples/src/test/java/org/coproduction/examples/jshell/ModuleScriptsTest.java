package org.coproduction.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The README's assessment and recompense sessions, run as JShell scripts so that they cannot rot. */
class ModuleScriptsTest {

    @Test
    void assessmentPlacesTheForumAndShowsTheGap() throws Exception {
        String output = JShellScripts.run("assessment.jsh");
        // Weakest link: "decisions" (staff, some influence) and "recompense" (expenses only) support
        // engagement on the TLAP instrument's options; every other core answer supports co-design or above.
        assertTrue(output.contains("carers-forum (joint): Engagement"), output);
        assertTrue(output.contains("You are at engagement."), output);
        assertTrue(output.contains("Held back by: [decisions, recompense]"), output);
        assertTrue(output.contains("Step: Who takes decisions"), output);
    }

    @Test
    void recompenseExplainsEveryLine() throws Exception {
        String output = JShellScripts.run("recompense.jsh");
        // By hand: 100 + 30 = 130 minutes, rounded up to 150 (half hours); 2.5 h × £27.50 = £68.75.
        assertTrue(output.contains("rounded up to 2 h 30 min at £27.50 an hour = £68.75."), output);
        assertTrue(output.contains("Payment for time (counts as earnings): £68.75"), output);
        assertTrue(output.contains("Expenses repaid (not earnings): £12.40"), output);
    }
}
