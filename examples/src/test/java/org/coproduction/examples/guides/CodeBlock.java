package org.coproduction.examples.guides;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fenced code block of a Markdown file, with the output it promises.
 *
 * <p>Conventions the documentation follows: a {@code ```java} block is executed; {@code ```java no-run}
 * marks a fragment that is not (kept rare: a class outline with elided parts); a {@code ```text} block
 * that follows a Java block, with only blank lines or a line {@code Output:} between them, is exactly
 * what the Java block prints.
 *
 * @param info  the fence's info string, such as {@code java} or {@code java no-run}
 * @param firstLine  the line of the file the block's code starts on (1-based)
 * @param code  the block's code, each line ending in a newline
 * @param expectedOutput  the text block that follows, if any
 */
record CodeBlock(String info, int firstLine, String code, Optional<String> expectedOutput) {

    /** The info string that marks a Java block the tests do not execute. */
    static final String NOT_RUN = "java no-run";

    /**
     * Whether the block is Java to execute.
     *
     * @return true for {@code ```java}
     */
    boolean isExecuted() {
        return info.equals("java");
    }

    /**
     * Every fenced block of a Markdown text, in order.
     *
     * @param markdown  the file's text
     * @return the blocks, not null
     * @throws IllegalArgumentException if a fence is not closed
     */
    static List<CodeBlock> parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Fenced> fenced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                int open = i;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                if (i == lines.size()) {
                    throw new IllegalArgumentException("line " + (open + 1) + ": the code block is not closed");
                }
                fenced.add(new Fenced(lines.get(open).substring(3).strip(), open + 2, i + 1, code.toString()));
            }
        }
        List<CodeBlock> blocks = new ArrayList<>();
        for (int b = 0; b < fenced.size(); b++) {
            Fenced block = fenced.get(b);
            Optional<String> output = Optional.empty();
            if (block.info().startsWith("java") && b + 1 < fenced.size() && fenced.get(b + 1).info().equals("text")
                    && onlyOutputLabelBetween(lines, block.closingLine(), fenced.get(b + 1).firstLine() - 1)) {
                output = Optional.of(fenced.get(b + 1).code());
            }
            blocks.add(new CodeBlock(block.info(), block.firstLine(), block.code(), output));
        }
        return blocks;
    }

    /** Lines strictly between the closing fence of one block and the opening fence of the next (1-based). */
    private static boolean onlyOutputLabelBetween(List<String> lines, int closingLine, int openingLine) {
        for (int line = closingLine + 1; line < openingLine; line++) {
            String text = lines.get(line - 1).strip();
            if (!text.isEmpty() && !text.equals("Output:")) {
                return false;
            }
        }
        return true;
    }

    private record Fenced(String info, int firstLine, int closingLine, String code) {
    }
}
