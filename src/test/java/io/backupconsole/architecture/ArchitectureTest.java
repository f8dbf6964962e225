package io.backupconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layer rules: JavaFX stays in the UI, SDK types stay in the AWS layer, view models hold no controls. */
@AnalyzeClasses(packages = "io.backupconsole", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Main classes only, whatever the build directory is called ({@code -Dbc.buildDir=...}). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that()
            .resideInAnyPackage("..domain..", "..aws..", "..sandbox..", "..tracking..", "..concurrent..", "..cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..")
            .because("domain, AWS, tracking and sandbox code must run and be tested without JavaFX");

    @ArchTest
    static final ArchRule noSdkTypesOutsideTheAwsLayer = noClasses()
            .that()
            .resideInAnyPackage("..domain..", "..ui..", "..tracking..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("software.amazon.awssdk..")
            .because("SDK types are mapped to domain types in one place per service (aws/<service>/)");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..aws..", "..sandbox..", "..ui..", "..tracking..")
            .because("the domain is the bottom layer, shared by the UI, the AWS layer and the sandbox");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("view models hold properties and commands; views own the controls");

    @ArchTest
    static final ArchRule theAppDoesNotCallTheSandboxDirectly = noClasses()
            .that()
            .resideInAnyPackage("..ui..", "..aws..", "..domain..", "..tracking..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..sandbox..")
            .because("the app reaches the sandbox only over HTTP, like real AWS");
}
