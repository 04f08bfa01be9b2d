package org.coproduction.examples.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the description of every accessor of the library's value types from the Javadoc in the source files,
 * so that the schemas describe each field in the same words as the Java API. Every source file is read, since
 * hand-written values such as {@code Money} and {@code PaymentStatement} are parts of documents too. Keys are
 * {@code <package>.<SimpleTypeName>#<accessor>}; for a record, the components' {@code @param} text.
 */
final class JavadocDescriptions {

    /**
     * The library modules whose types documents are made of, relative to the examples module, and the command-line
     * tool's own output documents.
     */
    static final List<Path> SOURCES = List.of(Path.of("..", "core", "src", "main", "java"),
            Path.of("..", "ladder-assessment", "src", "main", "java"), Path.of("..", "measures", "src", "main", "java"),
            Path.of("src", "main", "java", "org", "coproduction", "examples", "cli", "output"));

    /** A Javadoc comment, annotations, then a method with no parameters (an accessor may be package-private). */
    private static final Pattern ACCESSOR = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*)"
            + "(?:public\\s+)?(?:abstract\\s+)?(?:final\\s+)?(?:[\\w.]+(?:<[\\w.<>, ?\\[\\]]*>)?(?:\\[\\])?)\\s+(\\w+)\\(\\)", Pattern.DOTALL);

    /** A Javadoc comment, annotations, then a public record. */
    private static final Pattern RECORD = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*)"
            + "public\\s+(?:final\\s+)?record\\s+(\\w+)", Pattern.DOTALL);

    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+((?:(?!\\n\\s*\\*?\\s*@).)*)", Pattern.DOTALL);

    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|record|enum)\\s+(\\w+)");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    private JavadocDescriptions() {
    }

    /**
     * The descriptions from every source file of the library modules.
     *
     * @return key to description, sorted by key
     */
    static Map<String, String> read() {
        Map<String, String> descriptions = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    read(Files.readString(file), descriptions);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return descriptions;
    }

    private static void read(String source, Map<String, String> into) {
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
            return;
        }
        String prefix = pkg.group(1) + ".";
        List<TypeBody> types = types(source);
        Matcher accessor = ACCESSOR.matcher(source);
        while (accessor.find()) {
            String javadoc = accessor.group(1);
            if (javadoc.contains("/**")) {
                continue; // the match spans an earlier comment; the method's own is found on its own
            }
            String type = enclosing(types, accessor.start());
            String text = mainText(javadoc);
            if (type != null && !text.isEmpty() && !accessor.group(3).equals("toString")
                    && !accessor.group(3).equals("hashCode")) {
                into.put(prefix + type + "#" + accessor.group(3), text);
            }
        }
        Matcher record = RECORD.matcher(source);
        while (record.find()) {
            Matcher param = PARAM.matcher(record.group(1));
            while (param.find()) {
                into.put(prefix + record.group(3) + "#" + param.group(1), clean(param.group(2)));
            }
        }
    }

    /** The text of a comment before its block tags; when there is none, the text of {@code @return}. */
    private static String mainText(String javadoc) {
        String[] parts = javadoc.split("\\n\\s*\\*?\\s*(?=@\\w)", 2);
        String main = clean(parts[0]);
        if (!main.isEmpty() || parts.length < 2) {
            return main;
        }
        Matcher returns = Pattern.compile("@return\\s+((?:(?!\\n\\s*\\*?\\s*@).)*)", Pattern.DOTALL).matcher(parts[1]);
        return returns.find() ? clean(returns.group(1)) : "";
    }

    /** Javadoc markup as plain text: {@code {@code x}} as x, links by their label, tags and leading stars removed. */
    static String clean(String javadoc) {
        String text = javadoc.replaceAll("(?m)^\\s*\\*", " ");
        // Code keeps its angle brackets: they are hidden from the tag removal below, then put back.
        Matcher code = Pattern.compile("\\{@(?:code|literal)\\s+((?:[^{}]|\\{[^{}]*})*)}").matcher(text);
        text = code.replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('<', '\u0001').replace('>', '\u0002')));
        text = text.replaceAll("\\{@link(?:plain)?\\s+[\\w.#()]+\\s+([^}]+)}", "$1");
        text = text.replaceAll("\\{@link(?:plain)?\\s+(?:[\\w.]*\\.)?(\\w*)#(\\w+)(?:\\([^)]*\\))?}", "$1.$2")
                .replace(" .", " ").replaceAll("(^|\\s)\\.(\\w)", "$1$2");
        text = text.replaceAll("\\{@link(?:plain)?\\s+(?:[\\w.]*\\.)?(\\w+)}", "$1");
        text = text.replaceAll("<[^>]+>", " ");
        text = text.replace('\u0001', '<').replace('\u0002', '>');
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ");
        return text.replaceAll("\\s+", " ").trim();
    }

    private record TypeBody(String name, int start, int end) {
    }

    private static String enclosing(List<TypeBody> types, int position) {
        TypeBody best = null;
        for (TypeBody type : types) {
            if (type.start <= position && position < type.end && (best == null || type.start > best.start)) {
                best = type;
            }
        }
        return best == null ? null : best.name;
    }

    /** Every type declared in a file with the span of its body, found in the code with comments and literals blanked out. */
    private static List<TypeBody> types(String source) {
        String code = blankCommentsAndLiterals(source);
        List<TypeBody> types = new ArrayList<>();
        Matcher type = TYPE.matcher(code);
        while (type.find()) {
            int open = code.indexOf('{', type.end());
            if (open < 0) {
                continue;
            }
            int depth = 0;
            int close = code.length();
            for (int i = open; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    close = i;
                    break;
                }
            }
            types.add(new TypeBody(type.group(2), open, close));
        }
        return types;
    }

    private static String blankCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                end = code.indexOf("\n", i);
                end = end < 0 ? code.length() : end;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, code.length());
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (code.charAt(j) != '\n') {
                    code.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return code.toString();
    }
}
