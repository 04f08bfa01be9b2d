package org.coproduction.examples.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease (Flesch 1948, "A new readability yardstick", Journal of Applied Psychology 32(3)):
 * 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words). 60 to 70 is "standard", plain English;
 * higher is easier. Syllables are counted as groups of vowels, less a silent final e; a number counts as one word
 * of two syllables.
 */
final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'£,.-]*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    static double fleschReadingEase(String text) {
        int sentences = Math.max(1, text.split("[.!?]+(\\s|$)").length);
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
            return 2;
        }
        int count = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            count++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
