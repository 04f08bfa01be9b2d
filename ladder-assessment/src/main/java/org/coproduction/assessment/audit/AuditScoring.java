package org.coproduction.assessment.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.validation.Violations;

/** The scoring rules of {@link AuditResult}, applied by {@link Audit#score} and {@link Audit#scoreSoFar}. */
final class AuditScoring {

    private AuditScoring() {
    }

    static AuditResult score(Audit audit, AuditResponses responses, boolean requireEvery) {
        check(audit, responses, requireEvery);
        Map<String, AuditAnswer> byItem = new HashMap<>();
        responses.answers().forEach(a -> byItem.put(a.itemId(), a));
        List<AreaScore> areas = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        int total = 0;
        for (AuditArea area : audit.areas()) {
            AreaScore.Builder score = AreaScore.builder().areaId(area.id()).name(area.name())
                    .lowest(audit.lowestScoreOf(area)).highest(audit.highestScoreOf(area));
            int sum = 0;
            boolean every = true;
            for (AuditItem item : area.items()) {
                AuditAnswer answer = byItem.get(item.id());
                if (answer == null) {
                    every = false;
                    score.addUnanswered(item.id());
                    unanswered.add(item.id());
                } else {
                    sum += answer.score();
                    score.addAnswer(answer);
                }
            }
            if (every) {
                score.score(sum);
            }
            total += sum;
            areas.add(score.build());
        }
        Optional<Integer> overall = unanswered.isEmpty() ? Optional.of(total) : Optional.empty();
        Optional<AuditBand> band = overall.flatMap(audit::band);
        List<String> weakest = weakest(audit, areas);
        return AuditResult.builder()
                .auditId(audit.id())
                .subject(responses.subject())
                .perspective(responses.perspective())
                .date(responses.date())
                .areas(areas)
                .total(overall)
                .lowestTotal(audit.lowestTotal())
                .highestTotal(audit.highestTotal())
                .band(band)
                .weakestAreas(weakest)
                .unanswered(unanswered)
                .explanation(explain(audit, areas, overall, band, weakest, unanswered))
                .build();
    }

    /** The scored areas with the lowest average item score, compared exactly as fractions; ties all kept. */
    private static List<String> weakest(Audit audit, List<AreaScore> areas) {
        List<AreaScore> lowest = new ArrayList<>();
        for (AreaScore area : areas) {
            if (area.score().isEmpty()) {
                continue;
            }
            int order = lowest.isEmpty() ? -1 : compareAverages(audit, area, lowest.get(0));
            if (order < 0) {
                lowest.clear();
            }
            if (order <= 0) {
                lowest.add(area);
            }
        }
        return lowest.stream().map(AreaScore::areaId).collect(Collectors.toList());
    }

    private static int compareAverages(Audit audit, AreaScore a, AreaScore b) {
        long itemsA = audit.area(a.areaId()).items().size();
        long itemsB = audit.area(b.areaId()).items().size();
        return Long.compare(a.score().orElseThrow() * itemsB, b.score().orElseThrow() * itemsA);
    }

    private static String explain(Audit audit, List<AreaScore> areas, Optional<Integer> total,
            Optional<AuditBand> band, List<String> weakest, List<String> unanswered) {
        StringBuilder text = new StringBuilder(audit.title()).append(": ");
        if (total.isPresent()) {
            text.append("total ").append(total.get()).append(", on a possible ").append(audit.lowestTotal())
                    .append(" to ").append(audit.highestTotal()).append(". ");
            if (audit.bands().isEmpty()) {
                text.append("This audit publishes no bands, so the total is not put in one. ");
            } else {
                band.ifPresent(b -> text.append("That is in the band ").append(b.lowest()).append(" to ")
                        .append(b.highest()).append(", \"").append(b.label()).append("\". "));
            }
        } else {
            text.append(unanswered.size()).append(" of ").append(audit.items().size())
                    .append(unanswered.size() == 1 ? " items is" : " items are").append(" not scored yet (").append(String.join(", ", unanswered))
                    .append("), so there is no total. ");
        }
        List<AreaScore> scored = areas.stream().filter(a -> a.score().isPresent()).toList();
        if (scored.size() > 1 && weakest.size() == scored.size()) {
            text.append("Every scored area has the same average score, so none is weaker than the others. ");
        } else if (!weakest.isEmpty()) {
            String soFar = unanswered.isEmpty() ? "" : " so far";
            text.append(weakest.size() == 1 ? "Weakest area" + soFar + ": " : "Weakest areas" + soFar + ", tied: ")
                    .append(areas.stream().filter(a -> weakest.contains(a.areaId())).map(AuditScoring::describe)
                            .collect(Collectors.joining("; ")))
                    .append(". ");
        }
        text.append("Each area: ").append(areas.stream().map(AuditScoring::describe).collect(Collectors.joining("; ")))
                .append('.');
        return text.toString();
    }

    private static String describe(AreaScore area) {
        return area.name() + " " + area.score().map(s -> s + " (possible " + area.lowest() + " to " + area.highest()
                + ")").orElse("not scored yet");
    }

    private static void check(Audit audit, AuditResponses responses, boolean requireEvery) {
        Violations problems = Violations.of("AuditResponses");
        problems.check(responses.auditId().equals(audit.id()), "auditId",
                "must be " + audit.id() + ", the audit scoring it", responses.auditId());
        for (int i = 0; i < responses.answers().size(); i++) {
            AuditAnswer answer = responses.answers().get(i);
            String path = "answers[" + i + "]";
            problems.check(audit.areaOf(answer.itemId()).isPresent(), path + ".itemId",
                    "must be an item of audit " + audit.id(), answer.itemId());
            problems.check(answer.score() >= audit.lowestScore() && answer.score() <= audit.highestScore(),
                    path + ".score", "must be " + audit.lowestScore() + " to " + audit.highestScore()
                            + " on the scale of audit " + audit.id(), answer.score());
        }
        if (requireEvery) {
            for (AuditItem item : audit.items()) {
                problems.check(responses.score(item.id()).isPresent(), "answers",
                        "must score item " + item.id() + " (totals need every item; scoring so far lists the "
                                + "items not scored instead)");
            }
        }
        problems.throwIfAny();
    }
}
