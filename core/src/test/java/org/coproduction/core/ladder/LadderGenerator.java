package org.coproduction.core.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/** Draws valid ladders of 2 to 9 rungs, with or without contiguous groups, and with non-ASCII text. */
final class LadderGenerator {

    private static final String[] WORDS = {"told", "asked", "heard", "shaped", "shared", "led", "owned", "Mitwirkung",
        "cyd-gynhyrchu", "共同", "dîner", "ÆØÅ"};

    private LadderGenerator() {
    }

    static Ladder ladder(SplittableRandom random) {
        int size = 2 + random.nextInt(8);
        boolean grouped = random.nextBoolean();
        Ladder.Builder ladder = Ladder.builder()
                .id("ladder-" + random.nextInt(1000))
                .name(text(random) + " ladder")
                .source(Citation.builder().reference(text(random) + " council, " + (1969 + random.nextInt(60)))
                        .status(SourceStatus.values()[random.nextInt(SourceStatus.values().length)])
                        .build());
        int groupCount = grouped ? 1 + random.nextInt(size) : 0;
        for (int g = 0; g < groupCount; g++) {
            ladder.addGroup(RungGroup.of("g" + g, text(random)));
        }
        // Split the rungs into groupCount non-empty runs, bottom first.
        int[] groupOf = new int[size];
        int group = 0;
        for (int i = 0; i < size; i++) {
            int remainingRungs = size - i;
            int remainingGroups = groupCount - group - 1;
            if (grouped && i > 0 && remainingGroups > 0 && (remainingRungs == remainingGroups || random.nextBoolean())) {
                group++;
            }
            groupOf[i] = group;
        }
        for (int i = 0; i < size; i++) {
            RungDefinition.Builder rung = RungDefinition.builder()
                    .id("r" + i + "-" + WORDS[random.nextInt(WORDS.length)])
                    .name(text(random))
                    .order(i + 1)
                    .meaning(text(random) + " " + text(random));
            if (grouped) {
                rung.group("g" + groupOf[i]);
            }
            ladder.addRung(rung.build());
        }
        return ladder.build();
    }

    /** A crosswalk between two ladders whose entries map each rung to any subset of the other's rungs. */
    static List<CrosswalkEntry> anyEntries(SplittableRandom random, Ladder from, Ladder to) {
        List<CrosswalkEntry> entries = new ArrayList<>();
        for (RungDefinition rung : from.rungs()) {
            List<String> targets = new ArrayList<>();
            for (RungDefinition target : to.rungs()) {
                if (random.nextInt(to.rungs().size()) == 0) {
                    targets.add(target.id());
                }
            }
            entries.add(ImmutableCrosswalkEntry.builder().from(rung.id()).addAllTo(targets).reasoning("drawn").build());
        }
        return entries;
    }

    /** A crosswalk that keeps order: each rung maps to a window that never moves down. */
    static List<CrosswalkEntry> orderedEntries(SplittableRandom random, Ladder from, Ladder to) {
        List<CrosswalkEntry> entries = new ArrayList<>();
        int low = 0;
        int high = 0;
        int n = to.rungs().size();
        for (RungDefinition rung : from.rungs()) {
            low = Math.min(n - 1, low + random.nextInt(2));
            high = Math.min(n - 1, Math.max(high, low + random.nextInt(2)));
            List<String> targets = new ArrayList<>();
            for (int i = low; i <= high; i++) {
                targets.add(to.rungs().get(i).id());
            }
            entries.add(ImmutableCrosswalkEntry.builder().from(rung.id()).addAllTo(targets).reasoning("ordered").build());
        }
        return entries;
    }

    private static String text(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
