package org.coproduction.assessment.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static final Citation OWN = Citation.of("Anytown Council, Involvement Standard 2025", SourceStatus.VERIFIED);

    @Test
    void theDefaultInstrumentCoversEveryDimensionTheIssueAsksFor() {
        Instrument tlap = Instruments.tlapDefault();
        // The dimensions named in the brief, in order: who started; stages; decisions; agenda; information and
        // "you said, we did"; recompense; continuity; accessibility; reach; evaluation.
        assertEquals(List.of("started", "stages", "decisions", "agenda", "feedback", "recompense", "continuity",
                "access", "reach", "evaluation"), tlap.dimensions().stream().map(Dimension::id).collect(Collectors.toList()));
        // The seven rows of "What separates the rungs in practice" are core; the other three only inform.
        assertEquals(Set.of("started", "stages", "decisions", "agenda", "feedback", "recompense", "continuity"),
                tlap.dimensions().stream().filter(Dimension::core).map(Dimension::id).collect(Collectors.toSet()));
        assertEquals("tlap", tlap.ladder().id());
        assertEquals(InstrumentKind.PLACEMENT, tlap.kind());
    }

    @Test
    void everyWordingHasASourceAndTheSynthesisIsCitedAsTheLibrarysOwn() {
        for (Question q : Instruments.tlapDefault().questions()) {
            for (AnswerOption o : q.options()) {
                assertFalse(q.sourceOf(o).reference().isBlank(), q.id() + "/" + o.id());
            }
        }
        Question decisions = Instruments.tlapDefault().question("decisions");
        assertEquals(SourceStatus.LIBRARY_OWN, decisions.source().status());
        assertTrue(decisions.source().reference().contains("What separates the rungs in practice"));
    }

    @Test
    void stagesQuestionMatchesTheSynthesisTable() {
        // ladders.md section 5, row "stages involved": told after decisions = informing, asked on a draft =
        // consultation, views gathered early but ad hoc = engagement, design = co-design, design to evaluation =
        // co-production.
        Question stages = Instruments.tlapDefault().question("stages");
        assertEquals("informing", stages.option("told-after").orElseThrow().supports());
        assertEquals("consultation", stages.option("asked-on-draft").orElseThrow().supports());
        assertEquals("engagement", stages.option("early-ad-hoc").orElseThrow().supports());
        assertEquals("co-design", stages.option("design").orElseThrow().supports());
        assertEquals("co-production", stages.option("idea-to-evaluation").orElseThrow().supports());
    }

    @Test
    void theNefInstrumentIsAProfileOfTheSixPrinciplesWithTheScaleMarkedUnverified() {
        Instrument nef = Instruments.nefSixPrinciples();
        assertEquals(InstrumentKind.PROFILE, nef.kind());
        assertEquals(List.of("assets", "capabilities", "reciprocity", "peer-support", "blurring-roles", "facilitating"),
                nef.dimensions().stream().map(Dimension::id).collect(Collectors.toList()));
        assertEquals(List.of("not-started", "early-progress", "good-progress", "established"), nef.ladder().rungIds());
        assertEquals(SourceStatus.UNVERIFIED, nef.ladder().source().status());
    }

    @Test
    void anInstrumentWithEveryKindOfMistakeIsRejectedWithEveryProblemNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Instrument.builder()
                .id("bad").name("Bad").kind(InstrumentKind.PLACEMENT).ladder(Ladders.tlap()).source(OWN)
                .addDimension(Dimension.builder().id("who").name("Who").addQuestion(Question.builder().id("q1")
                        .text("Who?").source(OWN)
                        .addOption(AnswerOption.of("a", "Staff", "consultation"))
                        .addOption(AnswerOption.of("a", "Together", "citizen-control"))
                        .build()).build())
                .addDimension(Dimension.builder().id("who").name("Who again").build())
                .addDimension(Dimension.builder().id("how").name("How").addQuestion(Question.builder().id("q1")
                        .text("How?").source(OWN).addOption(AnswerOption.of("x", "Well", "co-design")).build()).build())
                .build());
        List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
        assertEquals(List.of("dimensions[1].id", "dimensions[0].questions[0].options[1].id",
                "dimensions[0].questions[0].options[1].supports", "dimensions[1].questions",
                "dimensions[2].questions[0].id"), paths, e.getMessage());
        assertTrue(e.getMessage().contains("citizen-control"), e.getMessage());
    }

    @Test
    void aCouncilInstrumentLoadsFromJsonAndABadOneIsRejectedWithJsonPaths() throws Exception {
        // The ladder is nested inside the instrument document, so it is written without a schema version.
        String json = "{\"id\":\"anytown\",\"name\":\"Anytown check\",\"kind\":\"placement\","
                + "\"ladder\":" + CoproductionJson.mapper().writeValueAsString(Ladders.participation()) + ","
                + "\"source\":{\"reference\":\"Anytown Council\",\"status\":\"verified\"},"
                + "\"dimensions\":[{\"id\":\"voice\",\"name\":\"Voice\",\"questions\":[{\"id\":\"voice\","
                + "\"text\":\"Are views heard?\",\"source\":{\"reference\":\"Anytown Council\",\"status\":\"verified\"},"
                + "\"options\":[{\"id\":\"no\",\"text\":\"No\",\"supports\":\"informing\"},"
                + "{\"id\":\"yes\",\"text\":\"Yes\",\"supports\":\"engagement\"}]}]}],\"plainSummaries\":{}}";
        Instrument loaded = CoproductionJson.read(json, Instrument.class);
        assertEquals(2, loaded.question("voice").options().size());
        assertTrue(loaded.dimension("voice").core());

        String bad = json.replace("\"supports\":\"engagement\"", "\"supports\":\"coercion\"");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(bad, Instrument.class));
        assertTrue(e.getMessage().contains("dimensions[0].questions[0].options[1].supports"), e.getMessage());
        assertTrue(e.getMessage().contains("must name a rung of ladder participation"), e.getMessage());
    }

    @Test
    void shippedInstrumentsRoundTripThroughJson() {
        JsonRoundTrip.assertRoundTrip(Instruments.tlapDefault(), Instrument.class);
        JsonRoundTrip.assertRoundTrip(Instruments.nefSixPrinciples(), Instrument.class);
    }

    @Test
    void plainSummariesMustBeForRungsOfTheLadder() {
        ValidationException e = assertThrows(ValidationException.class, () -> Instrument.builder()
                .from(Instruments.tlapDefault()).putPlainSummary("citizen-control", "People run it.").build());
        assertEquals("plainSummaries.citizen-control", e.violations().get(0).path());
    }
}
