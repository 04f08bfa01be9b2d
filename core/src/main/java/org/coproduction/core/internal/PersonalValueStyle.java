package org.coproduction.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coproduction.core.api.Internal;
import org.coproduction.core.validation.MissingValueException;
import org.immutables.value.Value;

/**
 * The library's value style ({@link org.coproduction.core.value.ValueStyle}) for value types that hold
 * personal data behind non-public accessors: the generated class keeps each accessor's visibility (with
 * {@code ImplementationVisibility.PUBLIC} the Immutables processor would make every accessor public), so
 * a package-private accessor stays package-private. The generated class is public because the value type
 * is.
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
public @interface PersonalValueStyle {
}
