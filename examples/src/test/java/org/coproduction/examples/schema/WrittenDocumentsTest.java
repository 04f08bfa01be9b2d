package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.testing.AssessmentGenerators;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.examples.casestudies.CaseStudies;
import org.coproduction.examples.cli.DocumentType;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * Every document the library writes is accepted by its committed schema: every preset (ladders, crosswalks,
 * instruments, policies), every case study, every sample under {@code examples/samples}, and generated values
 * of every document type. Checked here by networknt with format assertions on; the same files are written to
 * {@code target/schema-corpus/valid} for ajv, which {@code .ci/run} runs.
 */
class WrittenDocumentsTest {

    /** How many generated values of each document type; the seed is fixed so a failure can be repeated. */
    private static final int GENERATED = 40;

    @Test
    void everyDocumentTheLibraryWritesIsValidAgainstItsSchema() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        int checked = 0;
        SchemaCorpus.clear(true);
        for (Document document : corpus()) {
            SchemaCorpus.write(true, document.type, document.name, document.json);
            Set<ValidationMessage> found = SchemaCorpus.validate(document.type, document.json);
            if (!found.isEmpty()) {
                problems.put(document.type.id() + "/" + document.name, found.toString());
            }
            checked++;
        }
        assertEquals(Map.of(), problems);
        assertTrue(checked > 6 * GENERATED, "checked " + checked);
    }

    @Test
    void theCorpusHoldsEveryPresetCaseStudyAndSample() throws IOException {
        List<String> names = corpus().stream().map(d -> d.type.id() + "/" + d.name).toList();
        // Counted from the presets' own lists, which other tests pin to the published sources.
        long expected = Ladders.all().size() + Crosswalks.all().size() + Instruments.all().size()
                + Recompense.presets().size() + CaseStudies.ids().size() + 2 + (long) DocumentType.values().length * GENERATED;
        assertEquals(expected, names.size());
        assertTrue(names.contains("record/sample-record") && names.contains("responses/sample-responses"), names.toString());
    }

    private record Document(DocumentType type, String name, String json) {
    }

    static List<Document> corpus() throws IOException {
        List<Document> corpus = new ArrayList<>();
        for (Ladder ladder : Ladders.all()) {
            corpus.add(new Document(DocumentType.LADDER, "preset-" + ladder.id(), CoproductionJson.write(ladder)));
        }
        for (Crosswalk crosswalk : Crosswalks.all()) {
            corpus.add(new Document(DocumentType.CROSSWALK, "preset-" + crosswalk.from().id() + "-to-"
                    + crosswalk.to().id(), CoproductionJson.write(crosswalk)));
        }
        for (Instrument instrument : Instruments.all()) {
            corpus.add(new Document(DocumentType.INSTRUMENT, "preset-" + instrument.id(), CoproductionJson.write(instrument)));
        }
        for (RecompensePolicy policy : Recompense.presets()) {
            corpus.add(new Document(DocumentType.POLICY, "preset-" + policy.id(), CoproductionJson.write(policy)));
        }
        for (String id : CaseStudies.ids()) {
            corpus.add(new Document(DocumentType.RECORD, "case-study-" + id, CoproductionJson.write(CaseStudies.byId(id))));
        }
        // The samples as they are committed, not as the library would write them again.
        corpus.add(new Document(DocumentType.RECORD, "sample-record", Files.readString(Path.of("samples", "record.json"))));
        corpus.add(new Document(DocumentType.RESPONSES, "sample-responses",
                Files.readString(Path.of("samples", "responses.json"))));
        SplittableRandom r = new SplittableRandom(20260215);
        for (int i = 0; i < GENERATED; i++) {
            String name = "generated-" + i;
            corpus.add(new Document(DocumentType.LADDER, name, CoproductionJson.write(PolicyGenerators.ladder(r, "ladder-" + i))));
            corpus.add(new Document(DocumentType.CROSSWALK, name, CoproductionJson.write(PolicyGenerators.crosswalk(r))));
            corpus.add(new Document(DocumentType.RECORD, name, CoproductionJson.write(DomainGenerators.record(r))));
            corpus.add(new Document(DocumentType.POLICY, name, CoproductionJson.write(PolicyGenerators.policy(r))));
            Instrument instrument = AssessmentGenerators.instrument(r);
            corpus.add(new Document(DocumentType.INSTRUMENT, name, CoproductionJson.write(instrument)));
            Perspective perspective = Perspective.values()[r.nextInt(Perspective.values().length)];
            LocalDate date = r.nextBoolean() ? null : DomainGenerators.day(r);
            corpus.add(new Document(DocumentType.RESPONSES, name, CoproductionJson.write(
                    AssessmentGenerators.responses(r, instrument, "project-" + i, perspective, date))));
        }
        return corpus;
    }
}
