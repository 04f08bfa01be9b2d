package org.coproduction.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.LadderRung;
import org.coproduction.core.ladder.Ladders;

/**
 * The library's demo: prints the ladders side by side with the crosswalk between them.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo, printing to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        printLadders(System.out);
    }

    /**
     * Prints the TLAP ladder with the corresponding rungs of Arnstein's ladder and the IAP2 spectrum.
     *
     * @param out  where to print, not null
     */
    static void printLadders(PrintStream out) {
        Ladder tlap = Ladders.tlap();
        Crosswalk toArnstein = Crosswalks.tlapToArnstein();
        Crosswalk toIap2 = Crosswalks.tlapToIap2();
        String format = "%-3s %-14s %-11s %-26s %-12s%n";
        out.println("The ladders side by side (TLAP, with the library's own crosswalk to Arnstein and IAP2)");
        out.println();
        out.printf(format, "", "TLAP", "Band", "Arnstein (1969)", "IAP2");
        out.printf(format, "", "----", "----", "---------------", "----");
        List<LadderRung> rungs = tlap.rungs();
        for (int i = rungs.size() - 1; i >= 0; i--) {
            LadderRung rung = rungs.get(i);
            out.printf(format, rung.order() + ".", rung.name(),
                    tlap.groupOf(rung).map(g -> g.name()).orElse(""),
                    names(toArnstein.map(rung.id())), names(toIap2.map(rung.id())));
        }
        out.println();
        out.println("Not yet on the participation ladder: coercion and educating (\"doing to\").");
        out.println("Sources: " + tlap.source() + "; " + Ladders.arnstein().source() + "; " + Ladders.iap2().source());
        out.println("Crosswalk: " + toArnstein.source());
    }

    private static String names(List<LadderRung> rungs) {
        return rungs.isEmpty() ? "-" : rungs.stream().map(LadderRung::name).collect(Collectors.joining(", "));
    }
}
