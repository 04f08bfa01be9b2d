package org.coproduction.fuzz;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.StatementLine;
import org.coproduction.measures.representation.ReferencePopulation;

/**
 * Every public type the library reads from JSON, as the table {@link AllTypesFuzzTest} fuzzes, and the scan of
 * the compiled library that {@link ReadableTypesTest} checks the table against: in the exported packages of core,
 * ladder assessment and measures, each public class that carries {@link JsonValueType}, or that Jackson reads
 * through an annotation ({@code @JsonSerialize}, {@code @JsonDeserialize}, a {@code @JsonCreator} factory) or as
 * a record, enums, interfaces and generated {@code Immutable…} classes aside; and the statements, which the
 * reader builds through their own builders.
 *
 * <p>A type is named in fuzz inputs and seed files by its {@linkplain #key(Class) key}: its name without the
 * package, nested classes joined with a dot ({@code Participation.State}).
 */
final class ReadableTypes {

    /** The table, in the order of the scan: core, ladder assessment, measures, each by class name. */
    static final List<Class<?>> TABLE = List.of(
            // core
            org.coproduction.core.activity.Activity.class,
            org.coproduction.core.activity.Attendance.class,
            org.coproduction.core.activity.EventRating.class,
            org.coproduction.core.activity.ExpenseClaim.class,
            org.coproduction.core.disclosure.SmallNumberRule.class,
            org.coproduction.core.feedback.CouldNotDo.class,
            org.coproduction.core.feedback.FeedbackAction.class,
            org.coproduction.core.feedback.FeedbackItem.class,
            org.coproduction.core.feedback.FeedbackOutcome.class,
            org.coproduction.core.json.JsonLimits.class,
            org.coproduction.core.ladder.CouncilWording.class,
            org.coproduction.core.ladder.Crosswalk.class,
            org.coproduction.core.ladder.CrosswalkEntry.class,
            org.coproduction.core.ladder.Ladder.class,
            org.coproduction.core.ladder.RungDefinition.class,
            org.coproduction.core.ladder.RungGroup.class,
            org.coproduction.core.money.Money.class,
            org.coproduction.core.participant.AttributeProfile.class,
            org.coproduction.core.participant.Consent.class,
            org.coproduction.core.participant.DemographicCount.class,
            org.coproduction.core.participant.DemographicProfile.class,
            org.coproduction.core.participant.Demographics.class,
            org.coproduction.core.participant.Participant.class,
            org.coproduction.core.participant.TrainingReceived.class,
            org.coproduction.core.participant.UserLedOrganisation.class,
            org.coproduction.core.project.Baseline.class,
            org.coproduction.core.project.Constraint.class,
            org.coproduction.core.project.Evidence.class,
            org.coproduction.core.project.Governance.class,
            org.coproduction.core.project.Phase.class,
            org.coproduction.core.project.Project.class,
            org.coproduction.core.project.RungChange.class,
            org.coproduction.core.project.TermsOfReference.class,
            org.coproduction.core.proportionality.GroupSizeRule.class,
            org.coproduction.core.proportionality.ProportionalityRules.class,
            org.coproduction.core.recompense.Caps.class,
            org.coproduction.core.recompense.DurationBand.class,
            org.coproduction.core.recompense.ExpenseApproval.class,
            org.coproduction.core.recompense.ExpenseRule.class,
            org.coproduction.core.recompense.PaymentStatement.class,
            org.coproduction.core.recompense.PreparationTime.class,
            org.coproduction.core.recompense.RateRule.class,
            org.coproduction.core.recompense.RateSchedule.class,
            org.coproduction.core.recompense.RecompensePolicy.class,
            org.coproduction.core.recompense.StatementLine.class,
            org.coproduction.core.recompense.StatementOptions.class,
            org.coproduction.core.recompense.TaxYear.class,
            org.coproduction.core.recompense.TimeRounding.class,
            org.coproduction.core.recompense.benefit.BenefitCheck.class,
            org.coproduction.core.recompense.benefit.BenefitLimit.class,
            org.coproduction.core.recompense.benefit.BenefitLimits.class,
            org.coproduction.core.recompense.benefit.BenefitWarning.class,
            org.coproduction.core.recording.AccessSummary.class,
            org.coproduction.core.recording.CoproductionRecord.class,
            org.coproduction.core.recording.Involvement.class,
            org.coproduction.core.recording.RungTime.class,
            org.coproduction.core.recording.TimelineEntry.class,
            org.coproduction.core.source.Citation.class,
            org.coproduction.core.source.Finding.class,
            org.coproduction.core.time.PartialDate.class,
            org.coproduction.core.validation.Violation.class,
            // assessment
            org.coproduction.assessment.audit.AreaScore.class,
            org.coproduction.assessment.audit.Audit.class,
            org.coproduction.assessment.audit.AuditAnswer.class,
            org.coproduction.assessment.audit.AuditArea.class,
            org.coproduction.assessment.audit.AuditBand.class,
            org.coproduction.assessment.audit.AuditItem.class,
            org.coproduction.assessment.audit.AuditResponses.class,
            org.coproduction.assessment.audit.AuditResult.class,
            org.coproduction.assessment.audit.ScoreAnchor.class,
            org.coproduction.assessment.evidence.Answer.class,
            org.coproduction.assessment.evidence.EvidenceRef.class,
            org.coproduction.assessment.evidence.Responses.class,
            org.coproduction.assessment.history.DimensionChange.class,
            org.coproduction.assessment.history.Trajectory.class,
            org.coproduction.assessment.history.TrajectoryStep.class,
            org.coproduction.assessment.instrument.AnswerOption.class,
            org.coproduction.assessment.instrument.Dimension.class,
            org.coproduction.assessment.instrument.Instrument.class,
            org.coproduction.assessment.instrument.Question.class,
            org.coproduction.assessment.perspective.DimensionDifference.class,
            org.coproduction.assessment.perspective.PerspectiveComparison.class,
            org.coproduction.assessment.placement.AnswerExplanation.class,
            org.coproduction.assessment.placement.Assessment.class,
            org.coproduction.assessment.placement.DimensionResult.class,
            org.coproduction.assessment.placement.Gap.class,
            org.coproduction.assessment.placement.GapStep.class,
            org.coproduction.assessment.placement.Profile.class,
            // measures
            org.coproduction.measures.agreement.Agreement.class,
            org.coproduction.measures.agreement.AgreementInterval.class,
            org.coproduction.measures.agreement.CoincidenceAccumulator.class,
            org.coproduction.measures.agreement.CoincidenceMatrix.class,
            org.coproduction.measures.agreement.FleissAccumulator.class,
            org.coproduction.measures.agreement.FleissTable.class,
            org.coproduction.measures.agreement.PairTable.class,
            org.coproduction.measures.agreement.PairTableAccumulator.class,
            org.coproduction.measures.agreement.RatedUnit.class,
            org.coproduction.measures.agreement.RatingPair.class,
            org.coproduction.measures.agreement.Ratings.class,
            org.coproduction.measures.agreement.Scale.class,
            org.coproduction.measures.disclosure.CountTable.class,
            org.coproduction.measures.disclosure.CountTableAccumulator.class,
            org.coproduction.measures.disclosure.DisclosureRule.class,
            org.coproduction.measures.disclosure.PublishedCell.class,
            org.coproduction.measures.disclosure.PublishedTable.class,
            org.coproduction.measures.disclosure.TableEntry.class,
            org.coproduction.measures.indicator.IndicatorDefinition.class,
            org.coproduction.measures.indicator.IndicatorStatus.class,
            org.coproduction.measures.indicator.IndicatorTrack.class,
            org.coproduction.measures.indicator.Observation.class,
            org.coproduction.measures.indicator.Share.class,
            org.coproduction.measures.indicator.ShareSeries.class,
            org.coproduction.measures.indicator.Target.class,
            org.coproduction.measures.interval.ConfidenceInterval.class,
            org.coproduction.measures.interval.EventCount.class,
            org.coproduction.measures.interval.McNemarTest.class,
            org.coproduction.measures.interval.MeanAccumulator.class,
            org.coproduction.measures.interval.MeanSummary.class,
            org.coproduction.measures.interval.PairedCount.class,
            org.coproduction.measures.interval.ProportionAccumulator.class,
            org.coproduction.measures.interval.ProportionCount.class,
            org.coproduction.measures.interval.RateAccumulator.class,
            org.coproduction.measures.interval.ZTest.class,
            org.coproduction.measures.loop.LoopClosure.class,
            org.coproduction.measures.loop.LoopClosure.State.class,
            org.coproduction.measures.loop.LoopClosureResult.class,
            org.coproduction.measures.loop.LoopItem.class,
            org.coproduction.measures.participation.AttendanceRecord.class,
            org.coproduction.measures.participation.ChannelReach.class,
            org.coproduction.measures.participation.GovernanceSeat.class,
            org.coproduction.measures.participation.LivedExperienceInGovernance.class,
            org.coproduction.measures.participation.Participation.class,
            org.coproduction.measures.participation.Participation.Person.class,
            org.coproduction.measures.participation.Participation.State.class,
            org.coproduction.measures.participation.ParticipationResult.class,
            org.coproduction.measures.participation.RecruitmentReachResult.class,
            org.coproduction.measures.representation.GroupCountAccumulator.class,
            org.coproduction.measures.representation.GroupCounts.class,
            org.coproduction.measures.representation.GroupRepresentation.class,
            org.coproduction.measures.representation.PopulationGroup.class,
            org.coproduction.measures.representation.ReferencePopulation.class,
            org.coproduction.measures.representation.RepresentationResult.class,
            org.coproduction.measures.safeguarding.EvaluationFeedback.class,
            org.coproduction.measures.safeguarding.EvaluationInvitation.class,
            org.coproduction.measures.safeguarding.Referral.class,
            org.coproduction.measures.safeguarding.RepeatReferralResult.class,
            org.coproduction.measures.safeguarding.RepeatReferrals.class,
            org.coproduction.measures.safeguarding.RepeatReferrals.State.class,
            org.coproduction.measures.sroi.DiscountSchedule.class,
            org.coproduction.measures.sroi.RateBand.class,
            org.coproduction.measures.sroi.SensitivityRow.class,
            org.coproduction.measures.sroi.SroiAnalysis.class,
            org.coproduction.measures.sroi.SroiInput.class,
            org.coproduction.measures.sroi.SroiOutcome.class,
            org.coproduction.measures.sroi.SroiResult.class,
            org.coproduction.measures.sroi.YearValue.class,
            org.coproduction.measures.survey.AscsAccumulator.class,
            org.coproduction.measures.survey.AscsResponse.class,
            org.coproduction.measures.survey.AscsResult.class,
            org.coproduction.measures.survey.EventFeedbackResult.class,
            org.coproduction.measures.survey.QualityOfLifeScore.class,
            org.coproduction.measures.survey.WeightedShare.class,
            org.coproduction.measures.table.GroupShares.class
    );

    /** Read through their own builders (see {@code StatementBuilders} in core), which the scan cannot see. */
    private static final List<Class<?>> READ_THROUGH_BUILDERS = List.of(PaymentStatement.class, StatementLine.class);

    /** One class of each library module that is read from JSON, to find where the module was loaded from. */
    private static final List<Class<?>> MODULE_ANCHORS =
            List.of(CoproductionJson.class, Instrument.class, ReferencePopulation.class);

    private ReadableTypes() {
    }

    /**
     * The name of a type in fuzz inputs and seed files.
     *
     * @param type  a table type
     * @return its name without the package, such as {@code Ladder} or {@code Participation.State}
     */
    static String key(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    /**
     * The table type with a key.
     *
     * @param key  a key, as {@link #key(Class)} gives it
     * @return the type, or empty if none has that key
     */
    static Optional<Class<?>> byKey(String key) {
        for (Class<?> type : TABLE) {
            // A plain loop of equals, which the fuzzer sees and so learns the keys.
            if (key(type).equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The readable types found in the compiled library on the class path.
     *
     * @return the class names, sorted
     */
    static Set<String> scan() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : Exported.CLASSES) {
            if (isReadable(c.reflect(), c)) {
                found.add(c.getName());
            }
        }
        READ_THROUGH_BUILDERS.forEach(type -> found.add(type.getName()));
        return found;
    }

    /**
     * The public enums of the library's exported packages, whose ids appear in documents.
     *
     * @return the enums, sorted by class name
     */
    static List<Class<?>> enums() {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : Exported.CLASSES) {
            if (c.isEnum()) {
                names.add(c.getName());
            }
        }
        return names.stream().map(ReadableTypes::load).collect(Collectors.toList());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isReadable(Class<?> type, JavaClass bytecode) {
        if (type.isEnum() || type.isInterface() || type.isAnnotation() || !Modifier.isPublic(type.getModifiers())
                || type.getSimpleName().startsWith("Immutable")) {
            return false;
        }
        // @JsonValueType is kept in the class file only, so it is read from the bytecode.
        return bytecode.isAnnotatedWith(JsonValueType.class) || type.isRecord()
                || type.isAnnotationPresent(JsonSerialize.class) || type.isAnnotationPresent(JsonDeserialize.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonCreator.class));
    }

    /** The public classes of the modules' exported packages, imported once: importing takes seconds. */
    private static final class Exported {
        static final List<JavaClass> CLASSES = importAll();

        private static List<JavaClass> importAll() {
            List<JavaClass> classes = new java.util.ArrayList<>();
            for (Class<?> anchor : MODULE_ANCHORS) {
                Path location = locationOf(anchor);
                Set<String> exported = exportedPackages(location);
                for (JavaClass c : importClasses(location)) {
                    if (exported.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)) {
                        classes.add(c);
                    }
                }
            }
            return List.copyOf(classes);
        }
    }

    private static Iterable<JavaClass> importClasses(Path location) {
        if (Files.isDirectory(location)) {
            return new ClassFileImporter().importPath(location);
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return new ClassFileImporter().importJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> exportedPackages(Path location) {
        ModuleReference module = ModuleFinder.of(location).findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No module descriptor in " + location));
        return module.descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
