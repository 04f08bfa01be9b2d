package org.coproduction.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.api.Internal;
import org.coproduction.core.api.Stable;

/**
 * The API stability marks ({@link Stable}, {@link Experimental}, {@link Internal}): every public type says how
 * far a host can rely on it, shared by each module's {@code ApiMarksTest}.
 */
public final class ApiMarkRules {

    private static final List<Class<? extends java.lang.annotation.Annotation>> MARKS =
            List.of(Stable.class, Experimental.class, Internal.class);

    private ApiMarkRules() {
    }

    /**
     * Every public top-level type carries exactly one mark. Immutables-generated classes are left out: the
     * library does not write them, and they are not part of its public API.
     *
     * @return the rule
     */
    public static ArchRule everyPublicTypeHasExactlyOneMark() {
        return classes().that().arePublic().and().areTopLevelClasses().and(not(ArchitectureRules.GENERATED))
                .should(carryMarks(1, 1))
                .because("a host must see how far it can rely on each public type (org.coproduction.core.api)");
    }

    /**
     * A public nested type (such as {@code Activity.Builder}) has the mark of the type around it, or exactly one
     * of its own.
     *
     * @return the rule
     */
    public static ArchRule nestedPublicTypesHaveAtMostOneMark() {
        return classes().that().arePublic().and().areNestedClasses().and(not(ArchitectureRules.GENERATED))
                .should(carryMarks(0, 1))
                .because("a nested type's own mark replaces the one it would take from the type around it");
    }

    /**
     * Public types in a package named {@code internal} (not exported) are marked {@link Internal}.
     *
     * @return the rule
     */
    public static ArchRule publicTypesInInternalPackagesAreMarkedInternal() {
        return classes().that().arePublic().and().resideInAPackage("..internal..")
                .and(not(ArchitectureRules.GENERATED)).and().areTopLevelClasses()
                .should().beAnnotatedWith(Internal.class)
                .because("a package named internal is not exported, so nothing in it is a promise to hosts")
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> carryMarks(int least, int most) {
        String description = least == most ? "carry exactly one of @Stable, @Experimental and @Internal"
                : "carry at most one of @Stable, @Experimental and @Internal";
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> marks = MARKS.stream().filter(type::isAnnotatedWith).map(Class::getSimpleName)
                        .collect(Collectors.toList());
                boolean satisfied = marks.size() >= least && marks.size() <= most;
                events.add(new SimpleConditionEvent(type, satisfied,
                        type.getName() + " carries " + (marks.isEmpty() ? "no mark" : marks)));
            }
        };
    }
}
