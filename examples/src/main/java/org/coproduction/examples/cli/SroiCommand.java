package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.examples.cli.output.OutcomeImpact;
import org.coproduction.examples.cli.output.SroiReport;
import org.coproduction.measures.sroi.SroiAnalysis;
import org.coproduction.measures.sroi.SroiOutcome;
import org.coproduction.measures.sroi.SroiResult;
import org.coproduction.measures.sroi.YearValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction measure sroi}: the social return on investment of an analysis written as JSON (the library's
 * {@link SroiAnalysis}), with each step shown: each outcome's impact after deadweight, displacement and attribution,
 * its drop-off year by year, the discounting, the present value and the ratio.
 */
@Command(name = "sroi", mixinStandardHelpOptions = true,
        description = {"Social return on investment (SROI) of an analysis (JSON, as the library writes an "
                + "SroiAnalysis): for each outcome, quantity × financial proxy × (1 − deadweight) × (1 − displacement) "
                + "× (1 − attribution) in the first year, keeping (1 − drop-off) of it each later year for its "
                + "duration; each year's total discounted by the analysis's schedule (year 1 by one period); the "
                + "present value, the net present value, the ratio (present value ÷ inputs) and the payback period.",
            "Method: A guide to Social Return on Investment (Office of the Third Sector, 2009; updated 2012); "
                + "the drop-off and payback formulas follow secondary sources and are unverified.",
            "",
            "Example:",
            "  coproduction measure sroi examples/samples/sroi.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)", "2:wrong command line",
            "3:unexpected failure"})
final class SroiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ANALYSIS", description = "The SROI analysis (JSON), or - for standard input.")
    private String file;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        Input input = inputFiles.read(file);
        SroiAnalysis analysis = CoproductionCommand.readDocument(input, SroiAnalysis.class);
        SroiReport report = report(analysis);
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            out.println(CoproductionJson.write(report));
            return 0;
        }
        out.println(report.explanation());
        return 0;
    }

    /**
     * The analysis's result with every step explained.
     *
     * @param analysis  the analysis
     * @return the report, not null
     */
    static SroiReport report(SroiAnalysis analysis) {
        SroiResult result = analysis.result();
        int scale = analysis.currency().getDefaultFractionDigits();
        RoundingMode rounding = analysis.rounding();
        String unit = analysis.currency().getCurrencyCode() + " ";
        List<OutcomeImpact> outcomes = new ArrayList<>();
        StringBuilder text = new StringBuilder("SROI analysis " + analysis.id() + "\n");
        text.append("Inputs (year 0, not discounted): ").append(unit).append(result.inputs().toPlainString()).append('\n');
        text.append("Outcomes:\n");
        for (SroiOutcome o : analysis.outcomes()) {
            BigDecimal first = o.firstYearImpact().setScale(scale, rounding);
            List<BigDecimal> byYear = new ArrayList<>();
            for (int year = 1; year <= o.durationYears(); year++) {
                byYear.add(o.impactInYear(year).setScale(scale, rounding));
            }
            String steps = o.id() + " (" + o.description() + "): " + o.quantity().toPlainString() + " × " + unit
                    + o.financialProxy().toPlainString() + " a year × (1 − deadweight " + plain(o.deadweight())
                    + ") × (1 − displacement " + plain(o.displacement()) + ") × (1 − attribution "
                    + plain(o.attribution()) + ") = " + unit + first.toPlainString() + " in year 1"
                    + (o.durationYears() == 1 ? "; lasts 1 year"
                            : "; drop-off " + plain(o.dropOff()) + " a year after the first, for " + o.durationYears()
                                    + " years: " + String.join(", ", byYear.stream().map(BigDecimal::toPlainString)
                                            .toList()));
            outcomes.add(new OutcomeImpact(o.id(), o.description(), o.quantity(), o.financialProxy(), o.deadweight(),
                    o.displacement(), o.attribution(), o.dropOff(), o.durationYears(), first, byYear, steps));
            text.append("  ").append(steps).append('\n');
        }
        text.append("Discounting (").append(analysis.discountSchedule()).append("), year 1 discounted by one period:\n");
        for (YearValue year : result.years()) {
            text.append("  year ").append(year.year()).append(": ").append(unit).append(year.value().toPlainString())
                    .append(" × ").append(year.discountFactor().toPlainString()).append(" = ").append(unit)
                    .append(year.presentValue().toPlainString()).append('\n');
        }
        text.append("Present value ").append(unit).append(result.presentValue().toPlainString())
                .append("; net present value (present value − inputs) ").append(unit)
                .append(result.netPresentValue().toPlainString()).append('\n');
        text.append("SROI ratio (present value ÷ inputs) ").append(result.ratio().toPlainString()).append(" : 1, ")
                .append(unit).append(result.ratio().setScale(2, rounding).toPlainString())
                .append(" of social value for every ").append(unit).append("1 invested; net ratio ")
                .append(result.netRatio().toPlainString()).append('\n');
        text.append(result.paybackMonths().map(m -> "Payback: " + m.toPlainString()
                + " months (inputs ÷ first-year impact ÷ 12)").orElse("Payback: none (no impact in the first year)"));
        return new SroiReport(analysis.id(), outcomes, result, text.toString());
    }

    private static String plain(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString();
    }
}
