package org.coproduction.examples.cli;

import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.AuditResponses;
import org.coproduction.assessment.audit.AuditResult;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.proportionality.ProportionalityRules;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.benefit.BenefitLimits;
import org.coproduction.measures.agreement.Agreement;
import org.coproduction.measures.agreement.AgreementInterval;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.value.EnumIds;
import org.coproduction.examples.cli.output.AscsMeasures;
import org.coproduction.examples.cli.output.RepresentationReport;
import org.coproduction.examples.cli.output.SroiReport;
import org.coproduction.measures.disclosure.PublishedTable;

/**
 * The JSON documents the command-line tool reads, validates and describes with a schema: those a council
 * writes or reads (rules, records, answers) and the outputs integrators consume (assessments, payment
 * statements, agreement and interval results).
 */
public enum DocumentType {
    /** A ladder of participation ({@link Ladder}). */
    LADDER(Ladder.class, "a ladder of participation"),
    /** A crosswalk between two ladders ({@link Crosswalk}). */
    CROSSWALK(Crosswalk.class, "a crosswalk between two ladders"),
    /** A co-production record: projects, participants, activities with attendance, feedback ({@link CoproductionRecord}). */
    RECORD(CoproductionRecord.class, "a co-production record (projects, participants, activities, feedback)"),
    /** A recompense policy with its dated rate schedules ({@link RecompensePolicy}). */
    POLICY(RecompensePolicy.class, "a recompense policy with its dated rate schedules"),
    /** An assessment instrument: dimensions, questions and the rung each answer supports ({@link Instrument}). */
    INSTRUMENT(Instrument.class, "an assessment instrument (dimensions, questions, answer options)"),
    /** One set of answers to an instrument about one project ({@link Responses}). */
    RESPONSES(Responses.class, "answers to an assessment instrument about one project"),
    /** An audit: statements in areas, scored on a scale, with bands where published ({@link Audit}). */
    AUDIT(Audit.class, "an audit (areas of statements scored on a scale, bands where published)"),
    /** Scores for an audit about one organisation, team or project ({@link AuditResponses}). */
    AUDIT_RESPONSES(AuditResponses.class, "scores for an audit about one organisation, team or project"),
    /** How many people to involve for a decision's scope and impact ({@link ProportionalityRules}). */
    PROPORTIONALITY_RULES(ProportionalityRules.class, "proportionality rules: how many people to involve"),
    /** Earnings limits of benefits by tax year, for warnings on payment statements ({@link BenefitLimits}). */
    BENEFIT_LIMITS(BenefitLimits.class, "benefit earnings limits by tax year"),
    /** Output: where a project stands on the ladder, with its explanation ({@link Assessment}). */
    ASSESSMENT(Assessment.class, "an assessment: a project's placement on the ladder, explained (output)"),
    /** Output: an audit's totals, band and weakest areas, with its explanation ({@link AuditResult}). */
    AUDIT_RESULT(AuditResult.class, "an audit result: totals, band and weakest areas, explained (output)"),
    /** Output: one participant's payments for a period, line by line ({@link PaymentStatement}). */
    PAYMENT_STATEMENT(PaymentStatement.class, "a payment statement, explained line by line (output)"),
    /** Output: a kappa or alpha coefficient of agreement between raters ({@link Agreement}). */
    AGREEMENT(Agreement.class, "agreement between raters: kappa or alpha (output)"),
    /** Output: an agreement coefficient with its confidence interval ({@link AgreementInterval}). */
    AGREEMENT_INTERVAL(AgreementInterval.class, "an agreement coefficient with its confidence interval (output)"),
    /** Output: an estimate with its confidence interval and method ({@link ConfidenceInterval}). */
    CONFIDENCE_INTERVAL(ConfidenceInterval.class, "an estimate with its confidence interval (output)"),
    /** Output of {@code measure ascs}: the ASCOF measures of survey responses with their intervals ({@link AscsMeasures}). */
    ASCS_MEASURES(AscsMeasures.class, "Adult Social Care Survey outcome measures with their intervals (output)"),
    /** Output of {@code measure representation}: participants against a population, suppressed ({@link RepresentationReport}). */
    REPRESENTATION_REPORT(RepresentationReport.class,
            "representation of participants against a population, with suppression applied (output)"),
    /** Output of {@code suppress}: a table of counts as it may be published ({@link PublishedTable}). */
    PUBLISHED_TABLE(PublishedTable.class, "a table of counts after small-number suppression (output)"),
    /** Output of {@code measure sroi}: a social return on investment with its steps ({@link SroiReport}). */
    SROI_REPORT(SroiReport.class, "a social return on investment, explained step by step (output)");

    private final Class<?> javaType;
    private final String description;

    DocumentType(Class<?> javaType, String description) {
        this.javaType = javaType;
        this.description = description;
    }

    /**
     * The library type a document of this kind is read into.
     *
     * @return the type, not null
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * What a document of this kind holds, in words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * The name used on the command line, such as {@code ladder}.
     *
     * @return the name, not null
     */
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a document type from its command-line name.
     *
     * @param text  the name, such as {@code ladder}, not null
     * @return the type, not null
     * @throws IllegalArgumentException if no document type has this name, listing those that do
     */
    public static DocumentType parse(String text) {
        return EnumIds.find(DocumentType.class, text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown document type \"" + text + "\"; expected one of " + EnumIds.allowed(DocumentType.class)));
    }
}
