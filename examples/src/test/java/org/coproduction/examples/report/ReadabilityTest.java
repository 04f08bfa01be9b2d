package org.coproduction.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The readability score the report's test uses, against hand arithmetic and dictionary syllable counts. */
class ReadabilityTest {

    @Test
    void syllablesMatchTheDictionary() {
        // Syllable counts as the Oxford English Dictionary divides the words.
        assertEquals(1, Readability.syllables("the"));
        assertEquals(2, Readability.syllables("people"));
        assertEquals(2, Readability.syllables("council"));
        assertEquals(4, Readability.syllables("information"));
        assertEquals(3, Readability.syllables("evidence"));
        assertEquals(1, Readability.syllables("made"));
    }

    @Test
    void theFormulaByHand() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 × 6 - 84.6 × 1 = 116.145.
        assertEquals(116.145, Readability.fleschReadingEase("The cat sat on the mat."), 1e-9);
        // 2 sentences, 7 words, 9 syllables ("people" 2, "council" 2):
        // 206.835 - 1.015 × 7/2 - 84.6 × 9/7 = 206.835 - 3.5525 - 108.771429 = 94.511071.
        assertEquals(94.511071, Readability.fleschReadingEase("People told the council. It did act."), 1e-6);
    }
}
