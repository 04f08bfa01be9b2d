package org.coproduction.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recording.CoproductionRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating a council-sized record (1,000 projects, 20,000 participants, 200,000 attendance
 * records; see {@link CouncilDataSet}) against the baseline of Jackson reading the same bytes into plain Java
 * records without validation, in the same run.
 *
 * <p>Targets: under 2 s and under 1 GiB of heap on one core, and within twice the baseline. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RecordReadBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * -jvmArgs "-Xmx1g -XX:ActiveProcessorCount=1" -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RecordReadBenchmark {

    private byte[] json;
    private final ObjectMapper plain = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Generates the data set once per run, from a fixed seed. */
    @Setup(Level.Trial)
    public void generate() {
        json = CouncilDataSet.json(CouncilDataSet.generate(20261124L));
    }

    /**
     * The library: reads the document, builds every immutable value and checks every rule and
     * cross-reference.
     *
     * @return the record
     */
    @Benchmark
    public CoproductionRecord libraryReadAndValidate() {
        return CoproductionJson.read(new ByteArrayInputStream(json), CoproductionRecord.class);
    }

    /**
     * The baseline: Jackson into plain records, no validation.
     *
     * @return the document
     * @throws IOException never, the bytes are in memory
     */
    @Benchmark
    public PlainRecords.Document jacksonPlainRecords() throws IOException {
        return plain.readValue(json, PlainRecords.Document.class);
    }
}
