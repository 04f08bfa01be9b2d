package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A host's own Jackson mapper, with {@link CoproductionJson#module()} registered, writes library values as
 * the library does (apart from the version stamp, which only stand-alone documents carry) and reads the
 * library's documents back to equal values.
 */
class HostMapperTest {

    /** A mapper as a plain service would make it, and one set up the way Spring Boot sets up its own. */
    private static ObjectMapper host(String kind) {
        if (kind.equals("plain")) {
            return new ObjectMapper().registerModule(CoproductionJson.module());
        }
        // Spring Boot's defaults: Java time and Optional modules, dates not as timestamps, unknown fields
        // ignored, default view inclusion off.
        return JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(com.fasterxml.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION)
                .addModule(CoproductionJson.module()).build();
    }

    private static List<Object> values() {
        List<Object> values = new ArrayList<>(List.of(Ladders.tlap(), Ladders.arnstein(), Crosswalks.tlapToIap2()));
        values.addAll(Recompense.presets());
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            values.add(DomainGenerators.record(random));
            values.add(PolicyGenerators.policy(random));
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "spring-boot"})
    void hostMapperWritesTheLibrarysJson(String kind) throws Exception {
        ObjectMapper mapper = host(kind);
        ObjectMapper trees = new ObjectMapper();
        for (Object value : values()) {
            ObjectNode library = (ObjectNode) trees.readTree(CoproductionJson.write(value));
            library.remove(DocumentVersions.FIELD);
            JsonNode hosts = trees.readTree(mapper.writeValueAsString(value));
            assertEquals(library, hosts, value.getClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "spring-boot"})
    void hostMapperReadsTheLibrarysDocuments(String kind) throws Exception {
        ObjectMapper mapper = host(kind);
        for (Object value : values()) {
            // The stand-alone document, version stamp included.
            Class<?> type = value.getClass().getSuperclass().getName().startsWith("org.coproduction.")
                    ? value.getClass().getSuperclass() : value.getClass();
            Object back = mapper.readValue(CoproductionJson.write(value), type);
            assertEquals(value, back, value.getClass().getSimpleName());
        }
        CoproductionRecord record = DomainGenerators.record(new SplittableRandom(99));
        assertEquals(record, mapper.readValue(CoproductionJson.write(record), CoproductionRecord.class));
    }
}
