package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.loop.LoopClosureResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction measure loop-closure}: how well a record's "you said, we did" loop closes, from its
 * feedback items, with the library's {@link LoopClosure}.
 */
@Command(name = "loop-closure", mixinStandardHelpOptions = true,
        description = {"How well the \"you said, we did\" loop closes, from the feedback items of a co-production "
                + "record (JSON): the share of items closed (done and reported back, or could not and explained back), "
                + "the share of \"could not\" items explained back, and the nearest-rank median and 90th percentile of "
                + "whole days from raising an item to closing it. Items whose days are known only to the month are "
                + "counted as closed but left out of the days, and counted.",
            "",
            "Example:",
            "  coproduction measure loop-closure examples/samples/council-record.json --project carers-forum"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)", "2:wrong command line",
            "3:unexpected failure"})
final class LoopClosureCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORD", description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--project", paramLabel = "ID", description = "Only the items of this project (default: every item).")
    private String project;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        Input input = inputFiles.read(recordFile);
        CoproductionRecord record = CoproductionCommand.readDocument(input, CoproductionRecord.class);
        if (project != null && record.project(project).isEmpty()) {
            throw new InvalidInputException(input.name() + ": projects: no project \"" + project + "\" in the record");
        }
        List<FeedbackItem> items = record.feedbackItems().stream()
                .filter(item -> project == null || item.projectId().equals(java.util.Optional.of(project))).toList();
        LoopClosure loops = new LoopClosure();
        LoopClosureResult result;
        try {
            items.forEach(loops::add);
            result = loops.result();
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("items", items.size());
            json.put("result", result);
            out.println(CoproductionJson.write(json));
            return 0;
        }
        out.println("Feedback items: " + items.size() + (project == null ? "" : " (project " + project + ")"));
        out.println("Closed (done and reported back, or could not and explained back): " + result.closed());
        out.println("\"Could not\" items explained back: " + result.couldNotExplained());
        out.println("Done with an outcome reported back: " + result.done());
        if (result.medianDaysToClose().isPresent()) {
            out.println("Days to close: median " + result.medianDaysToClose().get() + ", 90th percentile "
                    + result.percentile90DaysToClose().orElseThrow() + " (nearest rank)");
        } else {
            out.println("Days to close: not known (no closed item has exact days)");
        }
        if (result.closedWithoutKnownTime() > 0) {
            out.println("Closed items left out of the days (a day known only to the month or year): "
                    + result.closedWithoutKnownTime());
        }
        return 0;
    }
}
