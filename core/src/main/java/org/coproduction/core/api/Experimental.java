package org.coproduction.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type in an area that is complete and tested but still settling (newer assessment
 * instruments, social return on investment, agreement between raters, disclosure control of published
 * tables): its shape may change in any minor version, with an entry in {@code CHANGES.md}. Use it, but
 * expect to adjust when upgrading.
 *
 * <p>Every public type carries exactly one of {@link Stable}, {@link Experimental} and {@link Internal}; see
 * {@link org.coproduction.core.api the package} for what each promises.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Stable
public @interface Experimental {
}
