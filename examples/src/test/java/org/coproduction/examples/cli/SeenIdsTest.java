package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compact set of ids against a HashMap, the plain way to remember where each id was first seen. */
class SeenIdsTest {

    @Test
    void findsEachRepeatAndItsFirstLineAsAHashMapDoes() {
        SeenIds seen = new SeenIds();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(16);
        for (int line = 1; line <= 300_000; line++) {
            // Ids of different lengths and scripts, a third of them repeats, so the table grows many times.
            String id = switch (random.nextInt(3)) {
                case 0 -> "P" + random.nextInt(200_000);
                case 1 -> "projet-é-" + random.nextInt(100_000);
                default -> "項目" + Long.toString(random.nextLong(), 36);
            };
            Integer first = expected.putIfAbsent(id, line);
            assertEquals(first == null ? 0 : first, seen.add(id, line), id);
        }
        assertEquals(expected.size(), seen.size());
    }

    @Test
    void idsOfEveryLengthAreKept() {
        SeenIds seen = new SeenIds();
        // Lengths either side of the one-byte length (127, 128) and of the ids kept apart (1024, 1025).
        for (int length : new int[] {1, 127, 128, 1024, 1025, 300_000}) {
            assertEquals(0, seen.add("x".repeat(length), length), "length " + length);
            assertEquals(0, seen.add("y".repeat(length - 1) + "z", length), "length " + length);
        }
        for (int length : new int[] {1, 127, 128, 1024, 1025, 300_000}) {
            assertEquals(length, seen.add("x".repeat(length), 1), "length " + length);
        }
        assertEquals(12, seen.size());
    }

    @Test
    void anIdLongerThanABlockIsKept() {
        SeenIds seen = new SeenIds();
        String longId = "x".repeat(3 << 20);
        assertEquals(0, seen.add("short", 1));
        assertEquals(0, seen.add(longId, 2));
        assertEquals(0, seen.add("after", 3));
        assertEquals(2, seen.add(longId, 4));
        assertEquals(1, seen.add("short", 5));
        assertEquals(0, seen.add(longId + "y", 6));
    }
}
