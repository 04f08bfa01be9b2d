package org.coproduction.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type that hosts can rely on: from 1.0 it changes incompatibly only in a new major
 * version, and before 1.0 only with an entry in {@code CHANGES.md}. The build compares stable types with
 * the committed API baseline (japicmp), so a break is seen in the build, not by a council.
 *
 * <p>Every public type carries exactly one of {@link Stable}, {@link Experimental} and {@link Internal}; see
 * {@link org.coproduction.core.api the package} for what each promises.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Stable
public @interface Stable {
}
