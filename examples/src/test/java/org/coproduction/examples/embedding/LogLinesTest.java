package org.coproduction.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example's log lines (SLF4J, bound to slf4j-simple, which writes to standard error) and its
 * error responses never repeat a name typed where a pseudonymous id or a date belongs. Standard error is
 * captured while the requests run.
 */
class LogLinesTest {

    private static final String NAME = "Jane Smith";

    @Test
    void aNameTypedInARequestIsNotLoggedOrRepeated() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> responses = new ArrayList<>();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CaseManagementService service = CaseManagementService.withDefaults();
            responses.add(service.addMember("{\"group\":\"g\",\"member\":\"p-001\",\"kind\":\"carer\",\"consentedOn\":"
                    + "\"2026-01-02\"}"));
            // A name where the member's pseudonymous id belongs.
            responses.add(service.addMember("{\"group\":\"g\",\"member\":\"" + NAME + "\",\"kind\":\"carer\","
                    + "\"consentedOn\":\"2026-01-02\"}"));
            // A name where a date belongs.
            responses.add(service.addMember("{\"group\":\"g\",\"member\":\"p-002\",\"kind\":\"carer\","
                    + "\"consentedOn\":\"" + NAME + "\"}"));
            // A name written without quotes, so that the request is not JSON.
            responses.add(service.addMember("{\"group\":\"g\",\"member\": " + NAME + "}"));
            // A statement asked for a member who is not there, by name.
            responses.add(service.paymentStatement("{\"group\":\"g\",\"member\":\"" + NAME + "\",\"from\":"
                    + "\"2026-01-01\",\"to\":\"2026-01-31\"}"));
            responses.add(service.logSession("{\"group\":\"g\",\"session\":\"s\",\"date\":\"2026-01-05\",\"kind\":"
                    + "\"workshop\",\"rung\":\"co-design\",\"online\":true,\"attendees\":[{\"member\":\"" + NAME
                    + "\",\"minutes\":60}]}"));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        // The capture works: the service's start-up line and the refusals are in it.
        assertTrue(log.contains("Started with policy"), "slf4j-simple output was not captured: " + log);
        assertTrue(log.lines().filter(line -> line.contains("refused")).count() >= 5, log);
        assertFalse(log.contains("Jane"), "a log line repeats the name:\n" + log);
        for (String response : responses.subList(1, responses.size())) {
            assertTrue(response.contains("\"ok\":false"), response);
            assertFalse(response.contains("Jane"), "a response repeats the name: " + response);
        }
    }
}
