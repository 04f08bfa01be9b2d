package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code coproduction ladders}: the shipped ladders and crosswalks. */
@Command(name = "ladders", mixinStandardHelpOptions = true,
        description = "Show the shipped ladders (tlap, participation, arnstein, iap2, wilcox, hart, shier) and their crosswalks.")
final class LaddersCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LADDER", description = "One ladder's id; all ladders when left out.")
    private String ladderId;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (ladderId != null) {
            Ladder ladder;
            try {
                ladder = Ladders.byId(ladderId);
            } catch (java.util.NoSuchElementException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            out.println(format.isJson() ? CoproductionJson.write(ladder) : describe(ladder));
            return 0;
        }
        if (format.isJson()) {
            out.println(CoproductionJson.write(Ladders.all()));
            return 0;
        }
        Ladders.all().forEach(l -> out.println(describe(l)));
        out.println("Crosswalks (the library's own mapping):");
        for (Crosswalk c : Crosswalks.all()) {
            out.println("  " + c.from().id() + " -> " + c.to().id() + ": "
                    + c.entries().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return 0;
    }

    private static String describe(Ladder ladder) {
        StringBuilder text = new StringBuilder(ladder.name()).append(" (").append(ladder.id()).append(")\n");
        for (int i = ladder.rungs().size() - 1; i >= 0; i--) {
            RungDefinition rung = ladder.rungs().get(i);
            text.append(String.format("  %d. %-16s %s%n", rung.order(), rung.name(),
                    ladder.groupOf(rung).map(g -> "[" + g.name() + "]").orElse("")));
        }
        return text.append("  Source: ").append(ladder.source()).append('\n').toString();
    }
}
