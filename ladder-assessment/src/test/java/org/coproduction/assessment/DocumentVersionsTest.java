package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Versioned assessment documents: the fixtures under {@code versions/v0} have no {@code schemaVersion}
 * (the format before documents were versioned), those under {@code versions/v1} are as version 1 writes
 * them; both read to the value they were written from.
 */
class DocumentVersionsTest {

    /** Answers to the first three TLAP questions, one with evidence and a justification. */
    static Responses forumResponses() {
        List<Question> questions = Instruments.tlapDefault().questions();
        return Responses.builder().instrumentId(Instruments.TLAP_ID).subject("forum").perspective(Perspective.JOINT)
                .date(LocalDate.of(2025, 3, 4))
                .addAnswer(Answer.builder().questionId(questions.get(0).id())
                        .optionId(questions.get(0).options().get(0).id())
                        .addEvidence(EvidenceRef.of("minutes", "forum-2025-02", "agenda set by members"))
                        .justification("agreed at the February meeting").build())
                .addAnswer(Answer.of(questions.get(1).id(), questions.get(1).options().get(1).id()))
                .addAnswer(Answer.of(questions.get(2).id(), questions.get(2).options().get(0).id()))
                .build();
    }

    private static String fixture(int version, String name) {
        String path = "/org/coproduction/assessment/versions/v" + version + "/" + name;
        try (InputStream in = DocumentVersionsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void everyVersionReadsToTheSameValue(int version) {
        assertEquals(Instruments.tlapDefault(), CoproductionJson.read(fixture(version, "instrument-tlap.json"), Instrument.class));
        assertEquals(forumResponses(), CoproductionJson.read(fixture(version, "responses.json"), Responses.class));
    }

    @Test
    void fixturesHaveTheVersionTheirFolderSays() {
        for (String name : List.of("instrument-tlap.json", "responses.json")) {
            assertFalse(fixture(0, name).contains("schemaVersion"), name);
            assertTrue(fixture(1, name).startsWith("{\n  \"schemaVersion\" : 1,"), name);
        }
    }

    @Test
    void newerResponsesAreRefused() {
        String newer = fixture(1, "responses.json").replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 7,");
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(newer, Responses.class));
        assertEquals("schemaVersion: must be at most 1 (this library reads documents up to version 1), was 7",
                e.violations().get(0).message());
    }
}
