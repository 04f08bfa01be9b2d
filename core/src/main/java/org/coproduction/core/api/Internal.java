package org.coproduction.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type that is public only so that the library's own modules can share it (such as the
 * Immutables style and the helpers in non-exported packages). It carries no promise and may change or go in
 * any version; a host should not use it.
 *
 * <p>Every public type carries exactly one of {@link Stable}, {@link Experimental} and {@link Internal}; see
 * {@link org.coproduction.core.api the package} for what each promises.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Stable
public @interface Internal {
}
