package org.coproduction.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coproduction.core.api.Internal;
import org.coproduction.core.validation.MissingValueException;
import org.immutables.value.Value;

/**
 * The shared shape of the library's immutable value types, for use with the Immutables annotation
 * processor: JDK collections only, public builders ({@code Ladder.builder()}), {@code with…}
 * copies, singular adders for lists ({@code addRung}), and a {@link MissingValueException} naming every
 * field a builder was not given.
 *
 * <p>Modules that extend the library annotate their value types or packages with it to get the same
 * behaviour.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"entry:entries", "criterion:criteria", "datum:data", "person:people"},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = MissingValueException.class,
        allowedClasspathAnnotations = {java.lang.Override.class})
@Internal
public @interface ValueStyle {
}
