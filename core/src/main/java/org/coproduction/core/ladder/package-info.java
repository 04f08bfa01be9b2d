/**
 * Ladders of participation: the type-safe TLAP {@link org.coproduction.core.ladder.Rung} (the default),
 * ladders as data ({@link org.coproduction.core.ladder.Ladder}, with the presets in
 * {@link org.coproduction.core.ladder.Ladders}) and crosswalks between them
 * ({@link org.coproduction.core.ladder.Crosswalks}).
 */
package org.coproduction.core.ladder;
