package org.coproduction.core.json;

import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.util.Set;

/**
 * How payment statements and their lines are read: through their own builders ({@code Builder}, setters
 * named after the fields), so a statement read from JSON is checked exactly like one built in code. The
 * classes are named rather than imported because the recompense package uses this one, and packages depend
 * in one direction.
 */
final class StatementBuilders extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READ_THROUGH_BUILDER = Set.of(
            "org.coproduction.core.recompense.PaymentStatement", "org.coproduction.core.recompense.StatementLine");

    @Override
    public Class<?> findPOJOBuilder(AnnotatedClass type) {
        if (READ_THROUGH_BUILDER.contains(type.getRawType().getName())) {
            for (Class<?> nested : type.getRawType().getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Builder")) {
                    return nested;
                }
            }
        }
        return null;
    }

    @Override
    public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass type) {
        Class<?> outer = type.getRawType().getDeclaringClass();
        return outer != null && READ_THROUGH_BUILDER.contains(outer.getName())
                && type.getRawType().getSimpleName().equals("Builder")
                ? new JsonPOJOBuilder.Value("build", "") : null;
    }
}
