// The ladders in five lines: run with  bin/jshell examples/jshell/ladders.jsh
System.out.println(Ladders.tlap());
System.out.println(Rung.CO_DESIGN.next() + " is above " + Rung.CO_DESIGN + ": " + Rung.CO_PRODUCTION.isAbove(Rung.CO_DESIGN));
System.out.println("Educating is on the participation ladder: " + Rung.EDUCATING.isParticipatory());
System.out.println("Engagement on Arnstein's ladder: " + Crosswalks.tlapToArnstein().map(Rung.ENGAGEMENT));
System.out.println("Band of co-design: " + Rung.CO_DESIGN.band().displayName());
/exit
