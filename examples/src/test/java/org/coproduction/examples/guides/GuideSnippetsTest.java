package org.coproduction.examples.guides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.examples.jshell.JShellSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of the guides ({@code docs/guides}) and of the README runs through JShell,
 * one session per file with the blocks in order, as a reader would type them; a block followed by a
 * {@code ```text} block must print exactly that text. So the documentation cannot drift from the library.
 */
class GuideSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> GUIDES = List.of("core.md", "ladder-assessment.md", "measures.md", "examples.md",
            "research.md");

    private static List<Path> documents() {
        Stream<Path> guides = GUIDES.stream().map(name -> ROOT.resolve("docs/guides").resolve(name));
        return Stream.concat(guides, Stream.of(ROOT.resolve("README.md"))).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockRunsAndPrintsWhatItPromises() {
        return documents().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> runAll(file)));
    }

    private static void runAll(Path file) throws IOException {
        String name = ROOT.relativize(file).toString();
        try (JShellSession session = JShellSession.open()) {
            for (CodeBlock block : CodeBlock.parse(Files.readString(file))) {
                if (!block.isExecuted()) {
                    continue;
                }
                String printed = session.run(block.code(), name, block.firstLine());
                block.expectedOutput().ifPresent(expected -> assertEquals(expected.stripTrailing(), printed.stripTrailing(),
                        () -> name + ":" + block.firstLine() + ": the block does not print the output shown after it"));
            }
        }
    }

    @Test
    void eachGuideHasThreeToSixRunnableSnippetsAndTheReadmeFewFragments() throws IOException {
        for (String guide : GUIDES) {
            List<CodeBlock> blocks = CodeBlock.parse(Files.readString(ROOT.resolve("docs/guides").resolve(guide)));
            long executed = blocks.stream().filter(CodeBlock::isExecuted).count();
            assertTrue(executed >= 3 && executed <= 6, guide + " has " + executed + " executed Java blocks");
            assertTrue(blocks.stream().filter(CodeBlock::isExecuted).anyMatch(b -> b.expectedOutput().isPresent()),
                    guide + " shows no output to check");
            assertEquals(0, blocks.stream().filter(b -> b.info().equals(CodeBlock.NOT_RUN)).count(), guide);
        }
        List<CodeBlock> readme = CodeBlock.parse(Files.readString(ROOT.resolve("README.md")));
        assertTrue(readme.stream().filter(b -> b.info().equals(CodeBlock.NOT_RUN)).count() <= 1,
                "the README should keep non-executed Java to one outline");
        assertTrue(readme.stream().noneMatch(b -> b.info().startsWith("java") && !b.isExecuted()
                && !b.info().equals(CodeBlock.NOT_RUN)), "unknown Java block marker in the README");
    }

    @Test
    void aBrokenSnippetIsReportedWithItsFileAndLine() throws IOException {
        String markdown = "# Guide\n\n```java\nint x = 1;\n\nString s = x;\n```\n\n```java\nInteger.parseInt(\"seven\");\n```\n";
        List<CodeBlock> blocks = CodeBlock.parse(markdown);
        try (JShellSession session = JShellSession.open()) {
            AssertionError compile = assertThrows(AssertionError.class,
                    () -> session.run(blocks.get(0).code(), "guide.md", blocks.get(0).firstLine()));
            // Line 6 of the text: "String s = x;" (the fence is on line 3, "int x = 1;" on line 4).
            assertTrue(compile.getMessage().startsWith("guide.md:6: the snippet does not compile"), compile.getMessage());
            assertTrue(compile.getMessage().contains("incompatible types"), compile.getMessage());
            AssertionError thrown = assertThrows(AssertionError.class,
                    () -> session.run(blocks.get(1).code(), "guide.md", blocks.get(1).firstLine()));
            assertTrue(thrown.getMessage().startsWith("guide.md:10: the snippet threw java.lang.NumberFormatException"),
                    thrown.getMessage());
        }
    }

    @Test
    void outputBlocksAreFoundOnlyRightAfterTheirJavaBlock() {
        String markdown = "```java\nSystem.out.println(1 + 1);\n```\n\nOutput:\n\n```text\n2\n```\n\n"
                + "```java\nint y = 3;\n```\nSome words.\n```text\nnot output\n```\n\n```java no-run\nclass X { … }\n```\n";
        List<CodeBlock> blocks = CodeBlock.parse(markdown);
        assertEquals(5, blocks.size());
        assertEquals("2\n", blocks.get(0).expectedOutput().orElseThrow());
        assertTrue(blocks.get(2).expectedOutput().isEmpty(), "words stand between the block and the text");
        assertTrue(blocks.get(0).isExecuted() && !blocks.get(4).isExecuted());
    }

    @Test
    void whatASnippetPrintsIsCaptured() throws IOException {
        try (JShellSession session = JShellSession.open()) {
            // Rung is imported by startup.jsh; the TLAP ladder puts co-production above co-design.
            assertEquals("CO_PRODUCTION\n", session.run("System.out.println(Rung.CO_DESIGN.next());\n", "inline", 1));
        }
    }
}
