package io.backupconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.backupconsole.architecture.aws.HoldsGlobalState;
import io.backupconsole.architecture.aws.HoldsOnlyConstants;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No process-wide mutable state in the AWS layer: what an SDK client is built with (HTTP settings, credentials, the
 * profile-file workaround) is passed in by the composition root's client factory, so the window, the headless commands
 * and the tests each build their own and none has to save and restore a global. A static field there is final, and
 * not of a type that is mutable whatever it holds (an array, a concrete collection, an atomic, a future, a builder),
 * nor a lock ({@code Object}, {@code java.util.concurrent.locks}): a process-wide lock is shared state too, and it
 * is what made every client build in the app wait on every other. An immutable value ({@code Set.of}, a
 * {@code Pattern}) is fine. A plain test shows the rules catch a class that breaks them and let a class of constants
 * pass.
 */
@AnalyzeClasses(packages = "io.backupconsole", importOptions = ArchitectureTest.MainClassesOnly.class)
class StaticStateTest {
    /** Concrete types that hold changeable state whatever they were given (declared types, as ArchUnit sees them). */
    private static final Set<String> MUTABLE_TYPES = Set.of(
            "java.lang.Object", // only ever a lock as a static field
            "java.lang.StringBuilder",
            "java.lang.StringBuffer",
            "java.lang.ThreadLocal",
            "java.lang.InheritableThreadLocal",
            "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.FutureTask",
            "java.util.Date",
            "java.util.BitSet");

    private static final DescribedPredicate<JavaField> STATIC_USER_FIELDS =
            new DescribedPredicate<>("static fields written in the source") {
                @Override
                public boolean test(JavaField field) {
                    // Synthetic ones (an enum's $VALUES, a switch map) are the compiler's constants.
                    return field.getModifiers().contains(JavaModifier.STATIC)
                            && !field.getModifiers().contains(JavaModifier.SYNTHETIC);
                }
            };

    private static final ArchCondition<JavaField> HAVE_AN_IMMUTABLE_TYPE =
            new ArchCondition<>("have a type that is not mutable by nature") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    JavaClass type = field.getRawType();
                    if (mutable(type)) {
                        events.add(SimpleConditionEvent.violated(
                                field, field.getFullName() + " is of the mutable type " + type.getName()));
                    }
                }
            };

    static boolean mutable(JavaClass type) {
        if (type.isArray() || MUTABLE_TYPES.contains(type.getName())) {
            return true;
        }
        if (type.getPackageName().equals("java.util.concurrent.atomic")
                || type.getPackageName().equals("java.util.concurrent.locks")) {
            return true;
        }
        // A concrete collection (ArrayList, HashMap, ConcurrentHashMap, EnumMap…) is mutable; the immutable ones
        // (List.of, Map.copyOf) can only be declared through their interface.
        boolean collection = type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
        return collection && !type.isInterface();
    }

    @ArchTest
    static final ArchRule noStaticFieldChangesInTheAwsLayer = fields().that(STATIC_USER_FIELDS)
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage("..aws..")
            .should()
            .beFinal()
            .because("client settings, credentials and the profile-file workaround are passed in by the client "
                    + "factory, never kept process-wide (tests would have to save and restore them)");

    @ArchTest
    static final ArchRule noStaticMutableObjectsInTheAwsLayer = fields().that(STATIC_USER_FIELDS)
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage("..aws..")
            .should(HAVE_AN_IMMUTABLE_TYPE)
            .because("a static final collection, array or atomic is process-wide state all the same");

    @Test
    void eachRuleCatchesAClassThatKeepsGlobalState() {
        var offender = new ClassFileImporter().importClasses(HoldsGlobalState.class);

        EvaluationResult nonFinal = noStaticFieldChangesInTheAwsLayer.evaluate(offender);
        EvaluationResult mutableObjects = noStaticMutableObjectsInTheAwsLayer.evaluate(offender);

        assertEquals(
                List.of("current", "pending"),
                violatingFields(nonFinal),
                nonFinal.getFailureReport().toString());
        assertEquals(
                List.of("COUNTERS", "LATEST", "LOCK", "SEEN", "SWAPS", "USER_PROPERTIES", "current"),
                violatingFields(mutableObjects),
                mutableObjects.getFailureReport().toString());
    }

    @Test
    void constantsPass() {
        var constants = new ClassFileImporter().importClasses(HoldsOnlyConstants.class, HoldsOnlyConstants.Kind.class);

        for (ArchRule rule : List.of(noStaticFieldChangesInTheAwsLayer, noStaticMutableObjectsInTheAwsLayer)) {
            EvaluationResult result = rule.evaluate(constants);
            assertFalse(result.hasViolation(), result.getFailureReport().toString());
        }
    }

    /** The names of the offender's fields a result reports, sorted. */
    private static List<String> violatingFields(EvaluationResult result) {
        String prefix = HoldsGlobalState.class.getName() + ".";
        return result.getFailureReport().getDetails().stream()
                .map(line -> line.substring(line.indexOf(prefix) + prefix.length()))
                .map(rest -> rest.split("[^A-Za-z_$]", 2)[0])
                .sorted()
                .toList();
    }
}
