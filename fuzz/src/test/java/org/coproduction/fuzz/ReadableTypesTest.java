package org.coproduction.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The table of {@link AllTypesFuzzTest} is every readable type, and each has a seed it reads: a new type the
 * library reads from JSON fails here until it is in the table with a seed (see the README, "Seeds").
 */
class ReadableTypesTest {

    @Test
    void theTableIsEveryTypeTheLibraryReads() {
        Set<String> table = ReadableTypes.TABLE.stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ReadableTypes.scan(), table, "the readable types found in the compiled library");
        assertEquals(ReadableTypes.TABLE.size(), table.size(), "a type listed twice");
    }

    @Test
    void keysNameOneTypeEach() {
        Set<String> keys = ReadableTypes.TABLE.stream().map(ReadableTypes::key).collect(Collectors.toSet());
        assertEquals(ReadableTypes.TABLE.size(), keys.size());
        // Spot checks by hand: a top-level type, and a nested one.
        assertEquals("Ladder", ReadableTypes.key(org.coproduction.core.ladder.Ladder.class));
        assertEquals("Participation.State",
                ReadableTypes.key(org.coproduction.measures.participation.Participation.State.class));
    }

    @Test
    void everyTypeHasASeedThatReads() throws IOException, URISyntaxException {
        Set<String> seeded = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        try (Stream<Path> seeds = Files.list(Path.of(AllTypesFuzzTest.class.getResource(
                "AllTypesFuzzTestInputs/anyType").toURI()))) {
            for (Path seed : seeds.collect(Collectors.toList())) {
                AllTypesFuzzTest.Input input = AllTypesFuzzTest.Input.of(Files.readAllBytes(seed));
                try {
                    CoproductionJson.read(new String(input.document, java.nio.charset.StandardCharsets.UTF_8),
                            input.type);
                    seeded.add(input.type.getName());
                } catch (ValidationException e) {
                    refused.add(seed.getFileName() + ": " + e.getMessage());
                }
            }
        }
        List<String> missing = ReadableTypes.TABLE.stream().map(Class::getName).filter(t -> !seeded.contains(t))
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "readable types without a seed that reads; seeds refused: " + refused);
        assertTrue(seeded.size() >= 100, "about 150 types are read from JSON");
    }
}
