package org.coproduction.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;

/** The embedding example: results from many threads, and bad requests answered with errors. */
class CaseManagementServiceTest {

    private static final int GROUPS = 12;

    private static JsonNode parse(String response) throws IOException {
        return CoproductionJson.mapper().readTree(response);
    }

    /** One group's requests in order: members, sessions, a statement per member, an assessment. */
    private static List<String> scenario(CaseManagementService service, int g) {
        String group = "group-" + g;
        List<String> responses = new ArrayList<>();
        responses.add(service.addMember("{\"group\":\"" + group + "\",\"member\":\"c-1\",\"kind\":\"carer\","
                + "\"consentedOn\":\"2026-01-02\",\"payment\":\"payment\"}"));
        responses.add(service.addMember("{\"group\":\"" + group + "\",\"member\":\"p-2\",\"kind\":\"person\","
                + "\"consentedOn\":\"2026-01-02\",\"payment\":\"declined\"}"));
        responses.add(service.addMember("{\"group\":\"" + group + "\",\"member\":\"w-3\",\"kind\":\"worker\","
                + "\"consentedOn\":\"2026-01-02\"}"));
        for (int s = 1; s <= 4; s++) {
            responses.add(service.logSession("{\"group\":\"" + group + "\",\"session\":\"s-" + s + "\",\"date\":\"2026-01-"
                    + (10 + s) + "\",\"kind\":\"workshop\",\"rung\":\"co-design\",\"online\":" + (s % 2 == 0)
                    + ",\"attendees\":[{\"member\":\"c-1\",\"minutes\":" + (60 + 10 * g + s)
                    + ",\"preparationMinutes\":15},{\"member\":\"p-2\",\"minutes\":90},{\"member\":\"w-3\",\"minutes\":90}]}"));
        }
        for (String member : List.of("c-1", "p-2", "w-3")) {
            responses.add(service.paymentStatement("{\"group\":\"" + group + "\",\"member\":\"" + member
                    + "\",\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}"));
        }
        responses.add(service.assess("{\"group\":\"" + group + "\",\"answers\":{\"started\":\"peoples-priorities\","
                + "\"stages\":\"design\",\"decisions\":\"shared-design\",\"agenda\":\"" + (g % 2 == 0 ? "staff" : "jointly")
                + "\",\"feedback\":\"you-said-we-did\",\"recompense\":\"time-expenses-support\","
                + "\"continuity\":\"project-long\"},\"target\":\"co-production\"}"));
        return responses;
    }

    @Test
    void manyThreadsGiveTheSameAnswersAsOne() throws Exception {
        CaseManagementService single = CaseManagementService.withDefaults();
        Map<Integer, List<String>> expected = new LinkedHashMap<>();
        for (int g = 0; g < GROUPS; g++) {
            expected.put(g, scenario(single, g));
        }
        CaseManagementService shared = CaseManagementService.withDefaults();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<Integer, Future<List<String>>> running = new LinkedHashMap<>();
            for (int g = 0; g < GROUPS; g++) {
                int group = g;
                running.put(g, pool.submit(() -> scenario(shared, group)));
            }
            Map<Integer, List<String>> actual = new LinkedHashMap<>();
            for (Map.Entry<Integer, Future<List<String>>> e : running.entrySet()) {
                actual.put(e.getKey(), e.getValue().get(60, TimeUnit.SECONDS));
            }
            assertEquals(expected, actual);
            // Many threads asking for the same statement at once, while the groups are no longer changing.
            String request = "{\"group\":\"group-3\",\"member\":\"c-1\",\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}";
            List<Future<String>> same = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                same.add(pool.submit(() -> shared.paymentStatement(request)));
            }
            for (Future<String> f : same) {
                assertEquals(single.paymentStatement(request), f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        for (List<String> responses : expected.values()) {
            for (String response : responses) {
                assertTrue(parse(response).get("ok").asBoolean(), response);
            }
        }
    }

    // NIHR preset from 16 December 2025: £27.50 an hour, rounded up to the half hour, preparation paid.
    // Group 0, carer c-1: sessions of 61, 62, 63 and 64 min, each + 15 min preparation = 76..79 min, each
    // rounded up to 90 min = 1.5 h x £27.50 = £41.25; four sessions = £165.00. The worker is not paid again,
    // and the member who declined is offered the same and declines it.
    @Test
    void statementsFollowThePolicy() throws IOException {
        CaseManagementService service = CaseManagementService.withDefaults();
        List<String> responses = scenario(service, 0);
        JsonNode carer = parse(responses.get(7)).get("result");
        assertEquals(0, new BigDecimal("165.00").compareTo(carer.get("paymentForTime").get("amount").decimalValue()),
                carer.toString());
        JsonNode declined = parse(responses.get(8)).get("result");
        assertEquals(0, BigDecimal.ZERO.compareTo(declined.get("paymentForTime").get("amount").decimalValue()));
        // p-2: 90 min a session = 1.5 h x £27.50 = £41.25, four times = £165.00 offered and declined.
        assertEquals(0, new BigDecimal("165.00").compareTo(declined.get("declined").get("amount").decimalValue()));
        JsonNode worker = parse(responses.get(9)).get("result");
        assertEquals(0, BigDecimal.ZERO.compareTo(worker.get("paymentForTime").get("amount").decimalValue()));
        // The agenda set by staff supports engagement, every other core answer co-design: placed at engagement.
        JsonNode assessment = parse(responses.get(10)).get("result");
        assertEquals("engagement", assessment.get("assessment").get("rung").get("id").asText());
        assertEquals("co-production", assessment.get("gap").get("target").get("id").asText());
    }

    private static void assertRefused(String response, String firstError) throws IOException {
        JsonNode json = parse(response);
        assertFalse(json.get("ok").asBoolean(), response);
        assertTrue(json.get("errors").get(0).asText().startsWith(firstError), response);
    }

    @Test
    void badRequestsGetErrorResponsesNotExceptions() throws IOException {
        CaseManagementService service = CaseManagementService.withDefaults();
        assertRefused(service.addMember("{\"group\": \"g\", \"member\": "), "request: Unexpected end-of-input");
        assertRefused(service.addMember(null), "request: must be a JSON object");
        assertRefused(service.addMember("{\"group\":\"g\",\"member\":\"m\",\"kind\":\"carer\",\"consentedOn\":"
                + "\"2026-01-02\",\"name\":\"Someone\"}"), "request: Unrecognized field \"name\"");
        assertRefused(service.addMember("{\"group\":\"g\",\"kind\":\"carer\"}"), "member: is required");
        assertRefused(service.addMember("{\"group\":\"g\",\"member\":\"m\",\"kind\":\"visitor\",\"consentedOn\":"
                + "\"2026-01-02\"}"), "kind: must be carer, person or worker, was visitor");
        assertRefused(service.paymentStatement("{\"group\":\"none\",\"member\":\"m\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-01-31\"}"), "group: no group \"none\"");
        assertTrue(parse(service.addMember("{\"group\":\"g\",\"member\":\"m\",\"kind\":\"carer\",\"consentedOn\":"
                + "\"2026-01-02\"}")).get("ok").asBoolean());
        assertRefused(service.logSession("{\"group\":\"g\",\"session\":\"s\",\"date\":\"2026-01-05\",\"kind\":"
                + "\"workshop\",\"rung\":\"co-design\",\"online\":true,\"attendees\":[{\"member\":\"x\",\"minutes\":60}]}"),
                "attendees[0].member: must be a member of group g");
        assertRefused(service.logSession("{\"group\":\"g\",\"session\":\"s\",\"date\":\"2026-01-05\",\"kind\":"
                + "\"workshop\",\"rung\":\"co-op\",\"online\":true,\"attendees\":[{\"member\":\"m\",\"minutes\":60}]}"),
                "rung: ");
        assertRefused(service.logSession("{\"group\":\"g\",\"session\":\"s\",\"date\":\"2026-01-05\",\"kind\":"
                + "\"workshop\",\"rung\":\"co-design\",\"online\":true,\"attendees\":[{\"member\":\"m\",\"minutes\":-5}]}"),
                "attendees[0].minutes: must not be negative, was -5");
        assertRefused(service.assess("{\"group\":\"g\",\"answers\":{\"agenda\":\"the-chair\"}}"), "answers[0].optionId");
        assertRefused(service.assess("{\"group\":\"g\",\"answers\":{\"mood\":\"good\"}}"),
                "answers.mood: not a dimension of tlap-default");
    }
}
