package org.coproduction.core.json;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coproduction.core.api.Stable;

/**
 * Marks a library value type (an Immutables abstract class) as one that has a JSON form. It is read when
 * the library is compiled: the annotation processor then gives the generated implementation its JSON
 * property names, and {@link CoproductionJson#module()} reads the abstract type through that
 * implementation. Nothing in a value type itself refers to Jackson's data binding: the binding lives
 * in this package.
 *
 * <p>Modules that extend the library put it on their own value types, next to
 * {@link org.coproduction.core.value.ValueStyle}, to have them read and written like the library's.
 */
@Stable
@Documented
@JsonSerialize
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonValueType {
}
