package org.coproduction.examples.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.core.ladder.Rung;
import org.junit.jupiter.api.Test;

/**
 * Every passage the library puts in quotation marks and attributes to one of the documents it is built from is
 * that document's exact words. The documents are copied, as plain text, into {@code src/test/resources/sources}
 * (see the README there), so the check runs on a clean checkout.
 *
 * <p>What is checked: Javadoc and comments in the main code of {@code core}, {@code ladder-assessment},
 * {@code measures} and {@code examples}; the README and the Markdown under {@code docs}; and every text in the
 * case-study and case-study assessment data. A paragraph of a comment or document counts as attributed when it
 * names one of the
 * documents (North Tyneside or <i>Stronger Together</i>, Shropshire or its Experts by Experience, the Care Act
 * procedures, the Scottish adult support and protection project, Rich Watts or DPULOs); the data is attributed
 * as a whole. Passages of one word are terms, not quotations, and are not checked. Passages split by an
 * ellipsis, an arrow or a slash are checked piece by piece.
 */
class QuotedPassagesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = ROOT.resolve("examples/src/test/resources/sources");

    /** Names of the shipped documents; a comment or paragraph that names one attributes its quotations to them. */
    private static final Pattern ATTRIBUTION = Pattern.compile("Stronger Together|North Tyneside|Shropshire"
            + "|Experts? by Experience|Care Act|Adult Support and Protection|Scottish|Rich Watts|DPULO"
            + "|User-Led Organisation", Pattern.CASE_INSENSITIVE);

    /**
     * The library's own names for things, which it shows in quotation marks as names and never attributes to a
     * source: the feedback loop's parts and the assessment's own wording.
     */
    private static final Set<String> LIBRARY_TERMS = Set.of("you said", "we did", "you said, we did",
            "we could not, because", "not enough evidence", "what separates the rungs in practice");

    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"\\n]{3,600}?)\"" // straight double quotes, on one line of the unit
                    + "|\u201c([^\u201d]{3,600}?)\u201d" // curly double quotes
                    + "|(?<![\\p{L}\\p{N}])'([^'\\n]{2,400}?)'(?![\\p{L}])" // straight single quotes, not apostrophes
                    + "|\u2018([^\u2019]{2,400}?)\u2019(?![\\p{L}])", // curly single quotes
            Pattern.DOTALL);

    private static final Pattern PIECE_BREAK = Pattern.compile("\\.\\.\\.|\u2026|\\[\\.\\.\\.]|\u2192| / ");

    private static final String SOURCE_TEXT = readSources();

    @Test
    void everyQuotedPassageAttributedToAShippedSourceIsItsExactWords() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : filesToCheck()) {
            for (Unit unit : units(file)) {
                if (!unit.attributed) {
                    continue;
                }
                for (String passage : quotedPassages(unit.text)) {
                    checked++;
                    if (!isInSources(passage)) {
                        problems.add(ROOT.relativize(file) + ":" + unit.line + ": \"" + passage + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "quoted passages that are not the source's words");
        // The scan finds the quotations the library is known to carry (over a hundred at the time of writing).
        assertTrue(checked > 100, "only " + checked + " quoted passages found: is the scan reading the files?");
    }

    @Test
    void theNefPrinciplesAreNamedAsTheCareActProceduresWriteThem() {
        // The instrument cites the principles "as cited in a council's Care Act 2014 procedures chapter".
        List<String> names = Instruments.nefSixPrinciples().dimensions().stream().map(d -> d.name())
                .collect(Collectors.toList());
        assertEquals(6, names.size());
        String careAct = read(SOURCES.resolve("care-act-procedures-co-production.txt"));
        for (String name : names) {
            // Each name opens its own line of the list, followed by a colon.
            assertTrue(careAct.contains("\n" + name.replace('\'', '\u2019') + ":"), name);
        }
    }

    @Test
    void theTlapLadderIsCitedAsTheSourcesCiteIt() {
        // Stronger Together, footnote 3: "Think Local Act Personal (2021) Ladder of co-production".
        assertTrue(isInSources("Think Local Act Personal (2021) Ladder of co-production"));
        assertTrue(Rung.CO_DESIGN.source().reference().startsWith("Think Local Act Personal (2021) Ladder of "
                + "co-production"), Rung.CO_DESIGN.source().reference());
    }

    @Test
    void aParaphraseInQuotationMarksIsCaught() {
        // Stronger Together, step 2: "Ethical principles of informed consent and non-coercion will always apply."
        assertTrue(isInSources("Ethical principles of informed consent and non-coercion will always apply"));
        // The paraphrase the library once carried as a quotation.
        assertFalse(isInSources("Informed consent and non-coercion always apply"));
        // A line break and curly quotes in the source are not differences; the words are.
        assertTrue(isInSources("\u2018Supporting through life changes\u2019 workstream"));
        assertTrue(isInSources("Journal of the American Planning Association"), "split over lines in the source");
        assertFalse(isInSources("including autistic people and carers as equal partners from the outset"));
        // Pieces of a table heading joined by arrows are checked one by one.
        assertTrue(isInSources("Experts by Experience said \u2192 This led to \u2192 Which resulted in"));
        assertFalse(isInSources("Experts by Experience said \u2192 This resulted in"));
    }

    @Test
    void quotationsAreFoundInJavadocButNotInCodeExamplesOrApostrophes() {
        String javadoc = "/**\n * North Tyneside's guide says \"the scope and nature\n * of the work\", and people's\n"
                + " * {@code \"co-production\" and more} <pre>{@code x(\"not a quotation\")}</pre> 'Delivery timeframes'.\n */";
        assertEquals(List.of("the scope and nature of the work", "Delivery timeframes"), quotedPassages(javadoc));
    }

    static boolean isInSources(String passage) {
        if (LIBRARY_TERMS.contains(normalise(passage))) {
            return true;
        }
        for (String piece : PIECE_BREAK.split(passage)) {
            String words = trimPunctuation(normalise(piece));
            if (!words.isEmpty() && !SOURCE_TEXT.contains(words)) {
                return false;
            }
        }
        return true;
    }

    /** The quoted passages of two words or more in a unit of text, with Javadoc's code and margins removed. */
    static List<String> quotedPassages(String text) {
        String prose = text.replaceAll("(?s)<pre>.*?</pre>", " ")
                .replaceAll("\\{@code (?:[^{}]|\\{[^{}]*})*}", " ")
                .replaceAll("\\s*\\n\\s*(?:\\*(?!/)|//)? ?", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        List<String> passages = new ArrayList<>();
        Matcher m = QUOTED.matcher(prose);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && normalise(m.group(g)).split(" ").length >= 2) {
                    passages.add(m.group(g).trim());
                }
            }
        }
        return passages;
    }

    /**
     * Lower case, one space between words, no quotation marks, plain hyphens, no Markdown or HTML marks (so no
     * asterisks at all: the extracted text escapes the star of a five-star rating with a backslash).
     */
    static String normalise(String text) {
        return text.replace("*", "").replace("\\", "")
                .replaceAll("<[^>]+>", "")
                .replaceAll("[\u2018\u2019\u201c\u201d\"'`]", "")
                .replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT).trim();
    }

    private static String trimPunctuation(String words) {
        return words.replaceAll("^[\\s.,;:!?()\\[\\]]+|[\\s.,;:!?()\\[\\]]+$", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readSources() {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
            assertEquals(5, texts.size(), "the five shipped documents in " + SOURCES);
            StringBuilder all = new StringBuilder();
            for (Path text : texts) {
                all.append(normalise(Files.readString(text))).append(" | ");
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesToCheck() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : List.of("core", "ladder-assessment", "measures", "examples")) {
            files.addAll(walk(ROOT.resolve(module).resolve("src/main/java"), ".java"));
        }
        files.addAll(walk(ROOT.resolve("docs"), ".md"));
        files.add(ROOT.resolve("README.md"));
        // The case-study data and its assessments; the schema descriptions beside them are the Javadoc, checked above.
        files.addAll(walk(ROOT.resolve("examples/src/main/resources/org/coproduction/examples/casestudies"), ".json"));
        files.addAll(walk(ROOT.resolve("examples/src/main/resources/org/coproduction/examples/assessment"), ".json"));
        return files;
    }

    private static List<Path> walk(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    /** A comment, a paragraph or a text value, with the line it starts on and whether it names a source. */
    private static final class Unit {
        final String text;
        final int line;
        final boolean attributed;

        Unit(String text, int line, boolean attributed) {
            this.text = text;
            this.line = line;
            this.attributed = attributed;
        }
    }

    private static List<Unit> units(Path file) throws IOException {
        String content = Files.readString(file);
        List<Unit> units = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            // Case-study data is attributed as a whole to the documents it cites.
            collectTexts(new ObjectMapper().readTree(content), units);
        } else if (name.endsWith(".java")) {
            Matcher comment = Pattern.compile("(?s)/\\*.*?\\*/|(?://[^\\n]*\\n[ \\t]*)+").matcher(content);
            while (comment.find()) {
                // Each paragraph of a comment is a unit: a comment may quote a shipped source in one paragraph
                // and another publisher in the next.
                int offset = comment.start();
                for (String paragraph : comment.group().split("<p>")) {
                    addProse(units, paragraph, lineOf(content, offset));
                    offset += paragraph.length() + 3;
                }
            }
        } else {
            String prose = content.replaceAll("(?s)```.*?```", "");
            int line = 1;
            for (String paragraph : prose.split("\\n\\s*\\n")) {
                addProse(units, paragraph, line);
                line += paragraph.split("\n", -1).length + 1;
            }
        }
        return units;
    }

    private static void addProse(List<Unit> units, String text, int line) {
        units.add(new Unit(text, line, ATTRIBUTION.matcher(text).find()));
    }

    private static void collectTexts(JsonNode node, List<Unit> units) {
        if (node.isTextual()) {
            units.add(new Unit(node.asText(), 0, true));
        }
        node.forEach(child -> collectTexts(child, units));
    }

    private static int lineOf(String content, int offset) {
        return (int) content.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
