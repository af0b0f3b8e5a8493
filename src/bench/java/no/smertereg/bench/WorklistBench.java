package no.smertereg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * (c) The worklist p50 and p95 with 100,000 active courses (issue 8): the slot for the worklist read model's
 * measurement, which comes with that work. Until an implementation replaces {@link #PHASE}, the report says
 * "not measured".
 */
interface WorklistBench {

    /** The implementation the harness runs as phase {@code worklist}. */
    WorklistBench PHASE = new NotMeasured();

    Map<String, Object> run(BenchApp app, Meter meter, BenchConfig config) throws Exception;

    final class NotMeasured implements WorklistBench {

        @Override
        public Map<String, Object> run(BenchApp app, Meter meter, BenchConfig config) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("status", "not measured");
            result.put("reason", "phase (c) comes with the worklist read model (WorklistBench.PHASE)");
            result.put("targetP95Ms", 10);
            result.put("activeCourses", 100_000);
            return result;
        }
    }
}
