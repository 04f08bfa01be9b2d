package org.coproduction.examples.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Derivation;
import org.coproduction.assessment.evidence.ProjectRecord;
import org.coproduction.assessment.evidence.RecordEvidence;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.DimensionResult;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.examples.casestudies.CaseStudies;

/**
 * The case studies assessed with the default TLAP instrument: the answers are data (JSON responses beside this
 * class), each citing the passage of the source document it rests on. Where a source says nothing, the
 * question is left unanswered and the assessment says "not enough evidence" instead of guessing. The rung each
 * case study's record carries is shown beside the assessed one by {@link #recordedBesideAssessed(String)}.
 *
 * <ul>
 * <li>{@code direct-payments-board}: Shropshire Council's Direct Payments Board, co-chaired by an
 * expert by experience and the Director of Adult Social Care (Coproduction Week reflection).</li>
 * <li>{@code inspire-forum}: North Tyneside's Inspire Adult Social Care Improvement Forum
 * (<i>Stronger Together</i>, 2024).</li>
 * <li>{@code learning-disability-carers-forum}: North Tyneside's Learning Disability Carers
 * Forum (<i>Stronger Together</i>, 2024).</li>
 * </ul>
 *
 * <pre>{@code
 * CaseStudyAssessments.assessment("direct-payments-board").summary()
 * }</pre>
 */
public final class CaseStudyAssessments {

    /** The case studies with answers, in the order the demo shows them. */
    public static final List<String> IDS = List.of("direct-payments-board", "inspire-forum",
            "learning-disability-carers-forum");

    /** The project of each case study's record that the answers are about. */
    private static final Map<String, String> ASSESSED_PROJECT = Map.of("direct-payments-board",
            "direct-payments-board", "inspire-forum", "inspire-forum", "learning-disability-carers-forum",
            "ld-carers-forum");

    private CaseStudyAssessments() {
    }

    /**
     * The answers for a case study, as read from its JSON file.
     *
     * @param id  one of {@link #IDS}
     * @return the responses
     * @throws NoSuchElementException if there is no such case study
     * @throws org.coproduction.core.validation.ValidationException if the file is not valid
     */
    public static Responses responses(String id) {
        if (!IDS.contains(id)) {
            throw new NoSuchElementException("No case study \"" + id + "\"; the case studies are " + IDS);
        }
        try (InputStream in = CaseStudyAssessments.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new NoSuchElementException("The answers for case study " + id + " are missing from the jar");
            }
            return CoproductionJson.read(in, Responses.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A case study's assessment with the default TLAP instrument, with its explanation.
     *
     * @param id  one of {@link #IDS}
     * @return the assessment
     * @throws NoSuchElementException if there is no such case study
     */
    public static Assessment assessment(String id) {
        return Assessments.tlapAssessor().assess(responses(id));
    }

    /**
     * What a case study would need to reach the next rung (or, when not placed, the rung above its ceiling).
     *
     * @param id  one of {@link #IDS}
     * @return the gap
     * @throws NoSuchElementException if there is no such case study
     */
    public static Gap gap(String id) {
        return Assessments.tlapAssessor().gap(assessment(id));
    }

    /**
     * The answers the case study's record (from {@link CaseStudies}) supports on its own, each citing the records
     * used; compare them with the answers argued from the source text.
     *
     * @param id  a case study with a record in {@link CaseStudies}
     * @param asOf  the day to read the record as of
     * @return the derived answers and the reasons for the questions left to people
     * @throws NoSuchElementException if there is no such case study record
     */
    public static Derivation fromRecord(String id, LocalDate asOf) {
        return RecordEvidence.tlap(ProjectRecord.from(CaseStudies.read(id), id, asOf));
    }

    /**
     * The rung the case study's record gives the assessed project beside the highest rung the assessment of the
     * same evidence allows, and why they differ. The records' rungs are the library's reading of what each source
     * says of itself; the assessment asks the instrument's questions of the same passages, and its rung is the
     * lowest any core dimension supports, so a source that says nothing of, say, review or recompense holds it
     * back.
     *
     * <pre>{@code
     * CaseStudyAssessments.recordedBesideAssessed("direct-payments-board")
     * // Recorded at Co-production; the assessment of the same evidence allows Co-design at most: ...
     * }</pre>
     *
     * @param id  one of {@link #IDS}
     * @return one sentence, not null
     * @throws NoSuchElementException if there is no such case study
     */
    public static String recordedBesideAssessed(String id) {
        Assessment assessment = assessment(id);
        RungDefinition recorded = Ladders.tlap().rung(CaseStudies.read(id).project(ASSESSED_PROJECT.get(id))
                .orElseThrow().currentRung().id());
        Optional<RungDefinition> allowed = assessment.rung().or(assessment::ceiling);
        StringBuilder text = new StringBuilder("Recorded at " + recorded.name() + "; the assessment of the same "
                + "evidence " + allowed.map(r -> (assessment.isPlaced() ? "places it at " : "allows ") + r.name()
                        + (assessment.isPlaced() ? "" : " at most")).orElse("cannot place it yet"));
        List<String> below = assessment.dimensions().stream().filter(DimensionResult::core)
                .filter(d -> d.supports().filter(r -> r.order() < recorded.order()).isPresent())
                .map(d -> d.dimensionId() + " (" + d.supports().orElseThrow().name() + ")")
                .collect(Collectors.toList());
        List<String> missing = assessment.dimensions().stream().filter(DimensionResult::core)
                .filter(d -> d.supports().isEmpty()).map(DimensionResult::dimensionId).collect(Collectors.toList());
        if (below.isEmpty() && missing.isEmpty()) {
            return text.append(": they agree.").toString();
        }
        text.append(":");
        if (!below.isEmpty()) {
            text.append(" the source's evidence supports less on ").append(String.join(", ", below));
        }
        if (!missing.isEmpty()) {
            text.append(below.isEmpty() ? "" : ";").append(" the source says nothing on ")
                    .append(String.join(", ", missing));
        }
        return text.append(".").toString();
    }

    /**
     * Every case study's assessment, by identifier, in the order of {@link #IDS}.
     *
     * @return the assessments
     */
    public static Map<String, Assessment> all() {
        Map<String, Assessment> all = new LinkedHashMap<>();
        IDS.forEach(id -> all.put(id, assessment(id)));
        return all;
    }
}
