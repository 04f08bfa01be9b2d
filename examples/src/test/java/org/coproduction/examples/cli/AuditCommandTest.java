package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.AuditAnswer;
import org.coproduction.assessment.audit.AuditItem;
import org.coproduction.assessment.audit.AuditResponses;
import org.coproduction.assessment.audit.AuditResult;
import org.coproduction.assessment.audit.Audits;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coproduction audit}: the profile of a group's scores, as text and JSON, and its refusals. */
class AuditCommandTest {

    @TempDir
    Path folder;

    /**
     * Scores for the Coproduction Assessment: each value's four items scored 4, 3, 2, 3 and 4 in turn, so the
     * values score 16, 12, 8, 12 and 16 and the total is 64, in the band 60 to 79; reciprocity is weakest.
     */
    private Path scores(String name, boolean every) throws IOException {
        Audit audit = Audits.coproductionAssessment();
        int[] byArea = {4, 3, 2, 3, 4};
        AuditResponses.Builder b = AuditResponses.builder().auditId(audit.id()).subject("adult-social-care");
        for (int a = 0; a < byArea.length; a++) {
            for (AuditItem item : audit.areas().get(a).items()) {
                if (every || !item.id().equals("respect-4")) {
                    b.addAnswer(AuditAnswer.of(item.id(), byArea[a]));
                }
            }
        }
        return Files.writeString(folder.resolve(name), CoproductionJson.write(b.build()));
    }

    @Test
    void textNamesTheTotalTheBandAndTheWeakestValue() throws IOException {
        CommandRun r = CommandRun.of("", "audit", scores("scores.json", true).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("total 64, on a possible 20 to 100. That is in the band 60 to 79, \"on the way\"."),
                r.out());
        assertTrue(r.out().contains("Weakest area: Reciprocity 8 (possible 4 to 20)."), r.out());
        assertTrue(r.out().contains("  Reciprocity: 8 (possible 4 to 20), weakest"), r.out());
        assertTrue(r.out().contains("(library-own)"), "the statements are marked as the library's: " + r.out());
    }

    @Test
    void jsonIsTheLibrarysResult() throws IOException {
        Path file = scores("scores.json", true);
        CommandRun r = CommandRun.of("", "audit", "--audit", "coproduction-assessment", "-f", "json", file.toString());
        assertEquals(0, r.code(), r.err());
        AuditResponses read = CoproductionJson.read(Files.readString(file), AuditResponses.class);
        assertEquals(Audits.coproductionAssessment().score(read), CoproductionJson.read(r.out(), AuditResult.class));
    }

    @Test
    void anUnscoredItemIsRefusedUnlessSoFar() throws IOException {
        Path file = scores("partial.json", false);
        CommandRun refused = CommandRun.of("", "audit", file.toString());
        assertEquals(1, refused.code());
        assertEquals(1, refused.errorLines().size(), refused.err());
        assertTrue(refused.err().startsWith(file + ": answers: must score item respect-4"), refused.err());
        CommandRun soFar = CommandRun.of("", "audit", "--so-far", file.toString());
        assertEquals(0, soFar.code(), soFar.err());
        assertTrue(soFar.out().contains("    not scored: respect-4"), soFar.out());
    }

    @Test
    void aScoreOffTheScaleAndAnUnknownAuditAreOneLineEach() throws IOException {
        String bad = Files.readString(scores("scores.json", true)).replaceFirst("\"score\" : 4", "\"score\" : 6");
        CommandRun r = CommandRun.of(bad, "audit");
        assertEquals(1, r.code());
        assertEquals(List.of("<stdin>: answers[0].score: must be 1 to 5 on the scale of audit coproduction-assessment, "
                + "was 6"), r.errorLines());
        CommandRun unknown = CommandRun.of(bad, "audit", "--audit", "nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("--audit: No audit \"nope\"; the library ships wales-coproduction-audit, "
                + "coproduction-assessment"), unknown.err());
    }

    @Test
    void helpSaysWhatItDoes() {
        CommandRun r = CommandRun.of("", "audit", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: coproduction audit"), r.out());
        assertTrue(r.out().contains("--so-far"), r.out());
    }
}
