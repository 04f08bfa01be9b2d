package org.coproduction.examples.embedding;

/**
 * A short run of {@link CaseManagementService}: a carers' group with two members, two sessions, a payment
 * statement, a self-assessment, and a request the service refuses. The data is made up.
 */
public final class CaseManagementDemo {

    private CaseManagementDemo() {
    }

    /**
     * Runs the demonstration, printing each response.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        CaseManagementService service = CaseManagementService.withDefaults();
        System.out.println(service.addMember("""
                {"group": "carers-east", "member": "c-17", "kind": "carer", "consentedOn": "2026-01-05",
                 "payment": "payment"}"""));
        System.out.println(service.addMember("""
                {"group": "carers-east", "member": "w-02", "kind": "worker", "consentedOn": "2026-01-05"}"""));
        System.out.println(service.logSession("""
                {"group": "carers-east", "session": "s-1", "date": "2026-01-14", "kind": "workshop",
                 "rung": "co-design", "online": false,
                 "attendees": [{"member": "c-17", "minutes": 100, "preparationMinutes": 30},
                               {"member": "w-02", "minutes": 100}]}"""));
        System.out.println(service.paymentStatement("""
                {"group": "carers-east", "member": "c-17", "from": "2026-01-01", "to": "2026-01-31"}"""));
        System.out.println(service.assess("""
                {"group": "carers-east", "answers": {"started": "peoples-priorities", "stages": "design",
                 "decisions": "shared-design", "agenda": "staff", "feedback": "you-said-we-did",
                 "recompense": "time-expenses-support", "continuity": "project-long"}}"""));
        System.out.println(service.logSession("{\"group\": \"carers-east\", \"session\": "));
    }
}
