package org.coproduction.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The library's JSON mapping as one Jackson module: what {@link CoproductionJson} reads and writes with,
 * and what a host registers on its own mapper ({@link CoproductionJson#module()}).
 */
final class LibraryModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    LibraryModule() {
        super("coproduction");
        // Sets keep the order they were written in, so a document read and written again is the same text.
        addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                if (description.getBeanClass().getName().startsWith("org.coproduction.")) {
                    // A stand-alone document carries its version; inside a host's document it may too.
                    builder.addIgnorable(DocumentVersions.FIELD);
                }
                return builder;
            }
        });
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addAbstractTypeResolver(new ValueTypes());
        context.insertAnnotationIntrospector(new StatementBuilders());
        // Dates, times and periods are ISO-8601 text (2025-03-04, 10:30, P7D) whatever the host's mapper
        // would otherwise do with them (a plain ObjectMapper writes dates as arrays of numbers).
        for (Class<?> time : List.of(LocalDate.class, LocalTime.class, Period.class, Year.class, YearMonth.class)) {
            context.configOverride(time).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        }
        // An absent optional value is left out, not written as null.
        for (Class<?> optional : List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
            context.configOverride(optional).setIncludeAsProperty(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
        }
    }
}
