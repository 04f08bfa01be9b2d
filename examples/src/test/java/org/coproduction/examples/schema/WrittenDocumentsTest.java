package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.Audits;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
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
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.proportionality.ProportionalityRules;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.benefit.BenefitLimits;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.agreement.PairTable;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.agreement.Weighting;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
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
        // The command-line tool's outputs are written by the commands' tests (CommandOutputSchemas).
        SchemaCorpus.clear(true, EnumSet.complementOf(EnumSet.copyOf(COMMAND_OUTPUTS)));
        for (Document document : corpus()) {
            SchemaCorpus.write(true, document.type, document.name, document.json);
            Set<ValidationMessage> found = SchemaCorpus.validate(document.type, document.json);
            if (!found.isEmpty()) {
                problems.put(document.type.id() + "/" + document.name, found.toString());
            }
            checked++;
        }
        assertEquals(Map.of(), problems);
        assertTrue(checked > (DocumentType.values().length - COMMAND_OUTPUTS.size()) * GENERATED, "checked " + checked);
    }

    @Test
    void theCorpusHoldsEveryPresetCaseStudyAndSample() throws IOException {
        List<String> names = corpus().stream().map(d -> d.type.id() + "/" + d.name).toList();
        // Counted from the presets' own lists, which other tests pin to the published sources.
        long expected = Ladders.all().size() + Crosswalks.all().size() + Instruments.all().size()
                + Audits.all().size() + Recompense.presets().size() + CaseStudies.ids().size() + 3 + 2;
        for (DocumentType type : DocumentType.values()) {
            long ofType = names.stream().filter(n -> n.startsWith(type.id() + "/generated-")).count();
            assertEquals(type == DocumentType.PAYMENT_STATEMENT || COMMAND_OUTPUTS.contains(type) ? 0 : GENERATED, ofType,
                    type.id());
        }
        long statements = names.stream().filter(n -> n.startsWith("payment-statement/")).count();
        assertEquals(expected + (DocumentType.values().length - 1L - COMMAND_OUTPUTS.size()) * GENERATED + statements,
                names.size());
        assertTrue(names.contains("record/sample-record") && names.contains("responses/sample-responses"), names.toString());
    }

    /**
     * The command-line tool's own output documents: their JSON is checked against the committed schemas by the
     * commands' tests (CommandOutputSchemas), on the tool's real output rather than generated values.
     */
    static final Set<DocumentType> COMMAND_OUTPUTS = Set.of(DocumentType.ASCS_MEASURES,
            DocumentType.REPRESENTATION_REPORT, DocumentType.PUBLISHED_TABLE, DocumentType.SROI_REPORT);

    record Document(DocumentType type, String name, String json) {
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
        for (Audit audit : Audits.all()) {
            corpus.add(new Document(DocumentType.AUDIT, "preset-" + audit.id(), CoproductionJson.write(audit)));
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
        corpus.add(new Document(DocumentType.RECORD, "sample-record-complete", completeRecord()));
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
        corpus.addAll(councilRules(r));
        corpus.addAll(outputs(r));
        corpus.addAll(audits(r));
        return corpus;
    }

    /**
     * Audits, scores and results: generated audits (every fourth a shipped one instead), scores for them with
     * items sometimes left out, and the results worked out from those scores.
     */
    private static List<Document> audits(SplittableRandom r) {
        List<Document> corpus = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            String name = "generated-" + i;
            Audit generated = AssessmentGenerators.audit(r);
            corpus.add(new Document(DocumentType.AUDIT, name, CoproductionJson.write(generated)));
            Audit audit = i % 4 == 0 ? Audits.all().get(i / 4 % Audits.all().size()) : generated;
            Perspective perspective = Perspective.values()[r.nextInt(Perspective.values().length)];
            LocalDate date = r.nextBoolean() ? null : DomainGenerators.day(r);
            var responses = AssessmentGenerators.auditResponses(r, audit, "organisation-" + i, perspective, date,
                    r.nextBoolean());
            corpus.add(new Document(DocumentType.AUDIT_RESPONSES, name, CoproductionJson.write(responses)));
            corpus.add(new Document(DocumentType.AUDIT_RESULT, name, CoproductionJson.write(audit.scoreSoFar(responses))));
        }
        return corpus;
    }

    /**
     * The sample record with the fields the generators leave out filled in (every demographic attribute, a
     * mileage claim with miles and a note), read and written by the library. The values are placeholders.
     */
    private static String completeRecord() throws IOException {
        ObjectNode record = (ObjectNode) CoproductionJson.mapper().readTree(Files.readString(Path.of("samples", "record.json")));
        ((ObjectNode) record.get("participants").get(0)).putObject("demographics").put("ageBand", "65-74")
                .put("ethnicity", "category A").put("disability", "category B").put("sexualOrientation", "category C")
                .put("genderIdentity", "category D").put("area", "north").put("carer", true);
        ((ArrayNode) record.get("activities").get(0).get("attendance").get(0).get("expenses")).addObject()
                .put("category", "mileage").put("amount", new BigDecimal("4.50")).put("currency", "GBP")
                .put("miles", new BigDecimal("10")).put("note", "to the library and back").put("receiptAttached", false);
        return CoproductionJson.write(CoproductionJson.read(record.toString(), CoproductionRecord.class));
    }

    /** Proportionality rules and benefit limits: the presets and generated ones. */
    private static List<Document> councilRules(SplittableRandom r) {
        List<Document> corpus = new ArrayList<>();
        corpus.add(new Document(DocumentType.PROPORTIONALITY_RULES, "preset-illustrative",
                CoproductionJson.write(ProportionalityRules.illustrative())));
        corpus.add(new Document(DocumentType.BENEFIT_LIMITS, "preset-uk", CoproductionJson.write(BenefitLimits.uk())));
        for (int i = 0; i < GENERATED; i++) {
            corpus.add(new Document(DocumentType.PROPORTIONALITY_RULES, "generated-" + i,
                    CoproductionJson.write(PolicyGenerators.proportionalityRules(r))));
            corpus.add(new Document(DocumentType.BENEFIT_LIMITS, "generated-" + i,
                    CoproductionJson.write(PolicyGenerators.benefitLimits(r))));
        }
        return corpus;
    }

    /**
     * Outputs integrators consume, computed by the library: assessments of generated answers to generated and
     * preset instruments, payment statements of the case studies' participants under every preset policy,
     * agreement between raters and confidence intervals of every method from generated counts.
     */
    private static List<Document> outputs(SplittableRandom r) {
        List<Document> corpus = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            Instrument instrument = i % 4 == 0 ? Instruments.tlapDefault() : AssessmentGenerators.instrument(r);
            while (instrument.kind() != InstrumentKind.PLACEMENT) {
                instrument = AssessmentGenerators.instrument(r); // a profile instrument gives a profile, not a placement
            }
            Perspective perspective = Perspective.values()[r.nextInt(Perspective.values().length)];
            LocalDate date = r.nextBoolean() ? null : DomainGenerators.day(r);
            Assessment assessment = Assessor.of(instrument).assess(
                    AssessmentGenerators.responses(r, instrument, "project-" + i, perspective, date));
            corpus.add(new Document(DocumentType.ASSESSMENT, "generated-" + i, CoproductionJson.write(assessment)));
        }
        int statements = 0;
        for (RecompensePolicy policy : Recompense.presets()) {
            for (CoproductionRecord record : CaseStudies.all()) {
                for (Participant participant : record.participants()) {
                    try {
                        PaymentStatement statement = Recompense.statement(policy, participant, record.activities(),
                                LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31));
                        corpus.add(new Document(DocumentType.PAYMENT_STATEMENT, "case-study-" + record.id() + "-"
                                + participant.id() + "-" + policy.id(), CoproductionJson.write(statement)));
                        statements++;
                    } catch (ValidationException notPayable) {
                        // A case study's activity outside the policy's schedules: no statement to check.
                    }
                }
            }
        }
        assertTrue(statements >= 10, "only " + statements + " payment statements");
        Scale scale = Scale.ordinal("low", "middle", "high");
        for (int i = 0; i < GENERATED; i++) {
            long[][] counts = new long[3][3];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    counts[a][b] = (a == b ? 1 : 0) + r.nextInt(20);
                }
            }
            PairTable table = PairTable.of(scale, counts, r.nextInt(3));
            Weighting weighting = Weighting.values()[r.nextInt(3)];
            corpus.add(new Document(DocumentType.AGREEMENT, "generated-" + i, CoproductionJson.write(table.cohenKappa(weighting))));
            corpus.add(new Document(DocumentType.AGREEMENT_INTERVAL, "generated-" + i,
                    CoproductionJson.write(table.cohenKappaInterval(weighting))));
            long trials = 1 + r.nextInt(500);
            long successes = r.nextInt((int) trials + 1);
            ConfidenceInterval interval = switch (i % 5) {
                case 0 -> Intervals.wilson(successes, trials);
                case 1 -> Intervals.newcombe(successes, trials, r.nextInt((int) trials + 1), trials);
                case 2 -> Intervals.poissonRate(successes, 1 + r.nextInt(1000));
                case 3 -> Intervals.mean(r.nextDouble(), r.nextDouble() * 10, r.nextDouble() * 100);
                default -> Intervals.newcombePaired(r.nextInt(50), r.nextInt(50), r.nextInt(50), r.nextInt(50) + 1);
            };
            corpus.add(new Document(DocumentType.CONFIDENCE_INTERVAL, "generated-" + i, CoproductionJson.write(interval)));
        }
        return corpus;
    }
}
