package org.coproduction.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.time.PartialDate;

/**
 * Checks that personal data stays out of text and out of the API: no {@code toString()} of a value reachable
 * from another shows a marker string planted in personal fields; no public method of a module's exported
 * types hands out one person's demographic attributes (only {@code Demographics} itself, its generated class
 * and builder, which give back what their caller built, may return a {@code Demographics}).
 */
public final class PersonalDataRules {

    private static final Pattern DEMOGRAPHICS =
            Pattern.compile("org\\.coproduction\\.core\\.participant\\.(Immutable)?Demographics\\b");

    private PersonalDataRules() {
    }

    /** The markers {@link #markedRecord()} plants: every demographic attribute and what a person said. */
    public static final List<String> RECORD_MARKERS = List.of("ZQX-AGE-BAND", "ZQX-ETHNICITY", "ZQX-DISABILITY",
            "ZQX-ORIENTATION", "ZQX-GENDER", "ZQX-AREA", "ZQX-YOU-SAID");

    /**
     * A participant whose every demographic attribute holds a marker from {@link #RECORD_MARKERS}.
     *
     * @param id  the pseudonymous id
     * @return the participant, consenting from January 2024, paid for their time
     */
    public static Participant markedParticipant(String id) {
        return Participant.builder().id(id).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER).recompense(RecompensePreference.PAYMENT)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"))
                .demographics(Demographics.builder().ageBand("ZQX-AGE-BAND").ethnicity("ZQX-ETHNICITY")
                        .disability("ZQX-DISABILITY").sexualOrientation("ZQX-ORIENTATION").genderIdentity("ZQX-GENDER")
                        .carer(true).area("ZQX-AREA").build())
                .build();
    }

    /**
     * A carers' forum record carrying personal data in every place it can: two {@linkplain #markedParticipant
     * marked participants} ({@code p-001}, who attended meeting {@code a-001}, and {@code p-002}) and a
     * feedback item {@code f-001} whose "you said" text is a marker.
     *
     * @return the record, not null
     */
    public static CoproductionRecord markedRecord() {
        return CoproductionRecord.builder().id("forum").title("Carers forum")
                .addParticipant(markedParticipant("p-001")).addParticipant(markedParticipant("p-002"))
                .addProject(Project.builder().id("forum").title("Carers forum").kind(ProjectKind.FORUM)
                        .purpose("Shape carers' services").currentRung(Rung.CO_DESIGN).targetRung(Rung.CO_PRODUCTION)
                        .build())
                .addActivity(Activity.builder().id("a-001").projectId("forum").type(ActivityType.MEETING)
                        .date(PartialDate.parse("2024-02-05")).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                        .durationMinutes(120)
                        .addAttendance(Attendance.builder().participantId("p-001").activityId("a-001").minutes(120).build())
                        .build())
                .addFeedbackItem(FeedbackItem.builder().id("f-001").projectId("forum").youSaid("ZQX-YOU-SAID")
                        .addRaisedBy("p-001").addRaisedAt("a-001").raisedOn(PartialDate.parse("2024-02-05")).build())
                .build();
    }

    /**
     * The exported packages of the module compiled into {@code target/classes}.
     *
     * @param moduleName  the module's name
     * @return the package names, not empty
     */
    public static List<String> exportedPackages(String moduleName) {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target", "classes")).find(moduleName)
                .orElseThrow(() -> new AssertionError("No module " + moduleName + " in target/classes")).descriptor();
        return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).sorted().collect(Collectors.toList());
    }

    /**
     * The public classes of the given packages (main classes only).
     *
     * @param packages  the package names
     * @return the classes, loaded, not null
     */
    public static List<Class<?>> publicClasses(Collection<String> packages) {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages)) {
            if (packages.contains(c.getPackageName())) {
                Class<?> loaded = c.reflect();
                if (Modifier.isPublic(loaded.getModifiers())) {
                    classes.add(loaded);
                }
            }
        }
        return classes;
    }

    /**
     * The public methods of the given classes whose result type mentions {@code Demographics}, other than
     * those of {@code Demographics}, its generated class and its builder.
     *
     * @param classes  the classes to look at
     * @return the offending methods, as text, empty when none
     */
    public static List<String> methodsReturningDemographics(Collection<Class<?>> classes) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            Class<?> outer = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
            if (DEMOGRAPHICS.matcher(outer.getName()).matches()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (DEMOGRAPHICS.matcher(method.getGenericReturnType().getTypeName()).find()) {
                    found.add(type.getName() + "." + method.getName() + " returns "
                            + method.getGenericReturnType().getTypeName());
                }
            }
        }
        return found;
    }

    /**
     * Fails if a text contains one of the markers.
     *
     * @param text  the text to check
     * @param markers  the marker strings planted in personal fields
     * @param where  what produced the text, for the failure message
     */
    public static void assertNoMarker(String text, List<String> markers, String where) {
        for (String marker : markers) {
            if (text.contains(marker)) {
                throw new AssertionError(where + " shows personal data " + marker + ": " + text);
            }
        }
    }

    /**
     * Visits every library value reachable from a value through public no-argument methods (and through
     * optionals, collections and maps) and checks each one's {@code toString()} for the markers.
     *
     * @param root  the value to start from
     * @param markers  the marker strings planted in personal fields
     * @return how many library values were checked
     */
    public static int assertNoMarkerReachable(Object root, List<String> markers) {
        return scan(root, markers, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static int scan(Object value, List<String> markers, Set<Object> seen, int depth) {
        if (value == null || depth > 8 || !seen.add(value)) {
            return 0;
        }
        if (value instanceof Optional) {
            return ((Optional<?>) value).map(v -> scan(v, markers, seen, depth + 1)).orElse(0);
        }
        if (value instanceof Map) {
            int n = 0;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                n += scan(e.getKey(), markers, seen, depth + 1) + scan(e.getValue(), markers, seen, depth + 1);
            }
            return n;
        }
        if (value instanceof Collection) {
            int n = 0;
            for (Object element : (Collection<?>) value) {
                n += scan(element, markers, seen, depth + 1);
            }
            return n;
        }
        if (!value.getClass().getName().startsWith("org.coproduction.") || value.getClass().isEnum()) {
            return 0;
        }
        assertNoMarker(value.toString(), markers, value.getClass().getSimpleName() + ".toString()");
        int n = 1;
        for (Method method : publicFace(value.getClass()).getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class
                    || !Modifier.isPublic(method.getDeclaringClass().getModifiers())
                    || method.getName().startsWith("with") || method.getName().equals("toBuilder")) {
                continue;
            }
            try {
                n += scan(method.invoke(value), markers, seen, depth + 1);
            } catch (InvocationTargetException | IllegalAccessException refused) {
                // A query that needs arguments the scan cannot give is not a value to look at.
            }
        }
        return n;
    }

    /** The public class a value is seen through: generated implementations are package-private. */
    private static Class<?> publicFace(Class<?> type) {
        Class<?> face = type;
        while (!Modifier.isPublic(face.getModifiers()) && face.getSuperclass() != null) {
            face = face.getSuperclass();
        }
        return face;
    }
}
