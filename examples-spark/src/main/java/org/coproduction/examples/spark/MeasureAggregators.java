package org.coproduction.examples.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.survey.AscsAccumulator;

/**
 * The library's accumulators as Spark {@link Aggregator}s over row numbers of {@link NationalData}: each task
 * makes its rows and adds them to its own accumulator, Spark moves the partial accumulators between workers
 * by Java serialisation (which writes each accumulator's state and checks it on reading) and merges them.
 * The aggregator is nothing but the accumulator's {@code add}, {@code merge} and a fresh instance.
 */
public final class MeasureAggregators {

    private MeasureAggregators() {
    }

    /**
     * The Adult Social Care Survey measures of the rows.
     *
     * @return the aggregator, not null
     */
    public static Aggregator<Long, AscsAccumulator, AscsAccumulator> survey() {
        return new Survey();
    }

    /**
     * The feedback-loop closure of the rows' feedback items.
     *
     * @return the aggregator, not null
     */
    public static Aggregator<Long, LoopClosure, LoopClosure> loopClosure() {
        return new Loop();
    }

    /** The survey aggregator. */
    private static final class Survey extends Aggregator<Long, AscsAccumulator, AscsAccumulator> {
        private static final long serialVersionUID = 1L;

        @Override
        public AscsAccumulator zero() {
            return new AscsAccumulator();
        }

        @Override
        public AscsAccumulator reduce(AscsAccumulator accumulator, Long row) {
            accumulator.add(NationalData.response(row));
            return accumulator;
        }

        @Override
        public AscsAccumulator merge(AscsAccumulator a, AscsAccumulator b) {
            return a.merge(b);
        }

        @Override
        public AscsAccumulator finish(AscsAccumulator accumulator) {
            return accumulator;
        }

        @Override
        public Encoder<AscsAccumulator> bufferEncoder() {
            return Encoders.javaSerialization(AscsAccumulator.class);
        }

        @Override
        public Encoder<AscsAccumulator> outputEncoder() {
            return Encoders.javaSerialization(AscsAccumulator.class);
        }
    }

    /** The loop-closure aggregator. */
    private static final class Loop extends Aggregator<Long, LoopClosure, LoopClosure> {
        private static final long serialVersionUID = 1L;

        @Override
        public LoopClosure zero() {
            return new LoopClosure();
        }

        @Override
        public LoopClosure reduce(LoopClosure accumulator, Long row) {
            if (NationalData.hasFeedbackItem(row)) {
                accumulator.add(NationalData.feedbackItem(row));
            }
            return accumulator;
        }

        @Override
        public LoopClosure merge(LoopClosure a, LoopClosure b) {
            return a.merge(b);
        }

        @Override
        public LoopClosure finish(LoopClosure accumulator) {
            return accumulator;
        }

        @Override
        public Encoder<LoopClosure> bufferEncoder() {
            return Encoders.javaSerialization(LoopClosure.class);
        }

        @Override
        public Encoder<LoopClosure> outputEncoder() {
            return Encoders.javaSerialization(LoopClosure.class);
        }
    }
}
