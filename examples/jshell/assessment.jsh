// Where is a project on the ladder, and what would it take to climb? Run with  bin/jshell examples/jshell/assessment.jsh
var tlap = Assessments.tlapAssessor();
var a = tlap.assess(Assessments.tlapResponses("carers-forum")
    .addAnswer(Answer.of("started", "peoples-priorities"))
    .addAnswer(Answer.of("stages", "design"))
    .addAnswer(Answer.of("decisions", "staff-some-influence"))
    .addAnswer(Answer.of("agenda", "jointly"))
    .addAnswer(Answer.of("feedback", "you-said-we-did"))
    .addAnswer(Answer.of("recompense", "expenses"))
    .addAnswer(Answer.of("continuity", "ongoing"))
    .build());
System.out.println(a);
System.out.println(a.summary());
System.out.println("Held back by: " + a.holdingBack());
var gap = tlap.gap(a);
gap.steps().forEach(step -> System.out.println("Step: " + step));
System.out.println(LadderPicture.of(Ladders.tlap(), a, gap).textAlternative());
/exit
