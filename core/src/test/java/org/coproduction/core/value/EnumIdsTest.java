package org.coproduction.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.coproduction.core.ladder.Band;
import org.coproduction.core.participant.ParticipantRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kebab-case rule for enumeration identifiers. Expected identifiers are written out by hand from the
 * constant names (upper case to lower case, underscore to hyphen), not taken from the helper.
 */
class EnumIdsTest {

    @Test
    @DisplayName("an identifier is the constant name in lower case with hyphens between the words")
    void identifierIsKebabCase() {
        assertEquals("unpaid-carer", EnumIds.id(ParticipantRole.UNPAID_CARER));
        assertEquals("doing-with", EnumIds.id(Band.DOING_WITH));
    }

    @Test
    @DisplayName("the identifier, the constant name and spaced words in any case all read as the constant")
    void readsEverySpellingTheRuleAllows() {
        for (String text : new String[] {"doing-with", "DOING_WITH", "Doing with", "  doing-WITH  ", "doing_with"}) {
            assertSame(Band.DOING_WITH, EnumIds.parse(Band.class, text, "band"), text);
        }
    }

    @Test
    @DisplayName("the indexed lookup gives the same answer as the plain one, for exact and forgiving text")
    void indexedLookupAgrees() {
        Map<String, Band> index = EnumIds.index(Band.class);
        assertEquals(6, index.size(), "three identifiers and three constant names");
        assertSame(Band.DOING_FOR, EnumIds.parse(index, Band.class, "doing-for", "band"));
        assertSame(Band.DOING_FOR, EnumIds.parse(index, Band.class, "Doing for", "band"));
    }

    @Test
    @DisplayName("unknown text is refused with a message naming what was read and listing every identifier in order")
    void unknownTextListsTheAllowedIdentifiers() {
        var refused = assertThrows(IllegalArgumentException.class, () -> EnumIds.parse(Band.class, "doing-by", "band"));
        assertEquals("Unknown band \"doing-by\"; allowed values are doing-to, doing-for, doing-with", refused.getMessage());
        var indexed = assertThrows(IllegalArgumentException.class,
                () -> EnumIds.parse(EnumIds.index(Band.class), Band.class, "", "band"));
        assertEquals("Unknown band \"\"; allowed values are doing-to, doing-for, doing-with", indexed.getMessage());
    }

    @Test
    @DisplayName("words run together or split differently from the constant are not guessed at")
    void doesNotGuess() {
        assertFalse(EnumIds.find(Band.class, "doingwith").isPresent());
        assertFalse(EnumIds.find(Band.class, "doing--with").isPresent());
        assertFalse(EnumIds.find(Band.class, "with").isPresent());
    }
}
