package io.backupconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.backupconsole.ServiceCatalog;
import io.backupconsole.architecture.offenders.ChoosesByService;
import io.backupconsole.architecture.offenders.aws.half.HalfModule;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.AwsService;
import io.backupconsole.sandbox.ServiceSimulator;
import io.backupconsole.ui.DeclaredServiceUi;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.fsx.FsxUi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A service is one module: its core part in {@code aws/<x>/}, its window part in {@code ui/<x>/} and its simulator
 * in {@code sandbox/<x>/}, registered in one line of {@code ServiceCatalog}. Nothing outside those folders (and the
 * registry, the catalog and the domain's rules) singles a service out by reading one of {@link AwsService}'s
 * constants: {@code AwsService} is a value class, so a {@code switch} on it cannot compile, and comparing it to a
 * constant is the switch in disguise. Plain tests show each rule catches an offender from the test tree and lets
 * the fifth (fake) service of the test tree pass.
 */
@AnalyzeClasses(packages = "io.backupconsole", importOptions = ArchitectureTest.MainClassesOnly.class)
class ServiceModuleRulesTest {
    /** The constants that name the four built-in services. */
    private static final Set<String> SERVICE_CONSTANTS = Set.of("OPSWORKS_CM", "FSX", "BACKUP", "LIGHTSAIL");

    /** A module's package: the app's root (io.backupconsole), then {@code aws.<folder>}. */
    private static final Pattern MODULE_FOLDER = Pattern.compile("(.+)\\.aws\\.([a-z0-9]+)");

    /** The folders of the registered services ({@code fsx}, {@code awsbackup}…), from their modules' packages. */
    private static final Set<String> SERVICE_FOLDERS = ServiceCatalog.standard().services().modules().stream()
            .map(module -> folderOf(module.getClass().getPackageName()))
            .collect(Collectors.toUnmodifiableSet());

    private static String folderOf(String modulePackage) {
        Matcher folder = MODULE_FOLDER.matcher(modulePackage);
        return folder.matches() ? folder.group(2) : "";
    }

    /** The root the module's layers hang from: {@code io.backupconsole} for the app's own services. */
    private static String rootOf(String modulePackage) {
        Matcher folder = MODULE_FOLDER.matcher(modulePackage);
        return folder.matches() ? folder.group(1) : "";
    }

    private static final DescribedPredicate<JavaClass> OUTSIDE_THE_SERVICES_OWN_FOLDERS =
            new DescribedPredicate<>("are outside the registry, the catalog and the services' own folders") {
                @Override
                public boolean test(JavaClass type) {
                    String pkg = type.getPackageName();
                    for (String folder : SERVICE_FOLDERS) {
                        for (String layer : List.of("aws", "ui", "sandbox")) {
                            String own = "io.backupconsole." + layer + "." + folder;
                            if (pkg.equals(own) || pkg.startsWith(own + ".")) {
                                return false;
                            }
                        }
                    }
                    return !pkg.equals("io.backupconsole.domain.rules")
                            // Declares the constants, and reads them to map the enum names old journals hold.
                            && !type.getName().equals(AwsService.class.getName())
                            && !type.getName().equals(ServiceRegistry.class.getName())
                            && !type.getName().equals(ServiceCatalog.class.getName());
                }
            };

    private static final DescribedPredicate<JavaFieldAccess> READS_A_SERVICE_CONSTANT =
            new DescribedPredicate<>("reads AwsService.FSX, BACKUP, LIGHTSAIL or OPSWORKS_CM") {
                @Override
                public boolean test(JavaFieldAccess access) {
                    return access.getTargetOwner().getName().equals(AwsService.class.getName())
                            && SERVICE_CONSTANTS.contains(access.getName());
                }
            };

    @ArchTest
    static final ArchRule nothingElseSinglesOutAService = noClasses()
            .that(OUTSIDE_THE_SERVICES_OWN_FOLDERS)
            .should()
            .accessFieldWhere(READS_A_SERVICE_CONSTANT)
            .because("what differs by service is its module's to say (ask the registry), so a new service needs no"
                    + " edit in shared code");

    @ArchTest
    static final ArchRule windowPartsLiveInTheirServicesFolder = classes()
            .that()
            .implement(ServiceUi.class)
            .and()
            // The shared base the services' window parts extend; it declares no service.
            .doNotHaveFullyQualifiedName(DeclaredServiceUi.class.getName())
            .should()
            .resideInAPackage("io.backupconsole.ui.*")
            .because("a service's window part lives in its own ui/<service>/ folder");

    /** Every module, in {@code aws/<x>/}, has a window part in {@code ui/<x>/} and a simulator in {@code sandbox/<x>/}. */
    @ArchTest
    static void everyModuleIsComplete(JavaClasses classes) {
        assertEquals(List.of(), incompleteModules(classes));
    }

    /** What is missing of each service module among {@code classes}, one line per gap. */
    static List<String> incompleteModules(JavaClasses classes) {
        List<String> gaps = new ArrayList<>();
        for (JavaClass module : classes) {
            if (module.isInterface()
                    || module.getModifiers().contains(JavaModifier.ABSTRACT)
                    || !module.isAssignableTo(ServiceModule.class.getName())) {
                continue;
            }
            String folder = folderOf(module.getPackageName());
            if (folder.isEmpty()) {
                gaps.add(module.getName() + " is not in a folder of its own, aws/<service>/");
                continue;
            }
            String root = rootOf(module.getPackageName());
            if (!has(classes, root + ".ui." + folder, ServiceUi.class)) {
                gaps.add(module.getName() + " has no ServiceUi in ui/" + folder + "/");
            }
            if (!has(classes, root + ".sandbox." + folder, ServiceSimulator.class)) {
                gaps.add(module.getName() + " has no ServiceSimulator in sandbox/" + folder + "/");
            }
        }
        return gaps;
    }

    private static boolean has(JavaClasses classes, String pkg, Class<?> type) {
        return classes.stream()
                .anyMatch(c -> c.getPackageName().equals(pkg) && !c.isInterface() && c.isAssignableTo(type.getName()));
    }

    @Test
    void everyRegisteredServiceHasItsModuleAndWindowPartInItsOwnFolders() {
        ServiceCatalog catalog = ServiceCatalog.standard();
        List<ServiceModule<?>> modules = catalog.services().modules();
        assertEquals(4, modules.size());
        for (ServiceModule<?> module : modules) {
            String folder = folderOf(module.getClass().getPackageName());
            assertTrue(!folder.isEmpty(), module.getClass() + " is in aws/<service>/");
            ServiceUi ui = catalog.uis().of(module.service());
            assertEquals(
                    "io.backupconsole.ui." + folder,
                    ui.getClass().getPackageName(),
                    module.service().id());
        }
    }

    @Test
    void theCompletenessRuleCatchesAModuleWithoutItsOtherHalvesAndPassesTheFifthService() {
        JavaClasses half = new ClassFileImporter().importClasses(HalfModule.class);
        assertEquals(
                List.of(
                        HalfModule.class.getName() + " has no ServiceUi in ui/half/",
                        HalfModule.class.getName() + " has no ServiceSimulator in sandbox/half/"),
                incompleteModules(half));

        JavaClasses fifth = new ClassFileImporter()
                .importPackages(
                        "io.backupconsole.aws.fake", "io.backupconsole.ui.fake", "io.backupconsole.sandbox.fake");
        assertTrue(fifth.stream().anyMatch(c -> c.getSimpleName().equals("FakeModule")), "the fake was imported");
        assertEquals(List.of(), incompleteModules(fifth));
    }

    @Test
    void theConstantRuleCatchesSharedCodeThatSinglesOutAServiceAndLetsTheServicesOwnFoldersRead() {
        JavaClasses both = new ClassFileImporter().importClasses(ChoosesByService.class, FsxUi.class);

        List<String> report =
                nothingElseSinglesOutAService.evaluate(both).getFailureReport().getDetails();

        assertEquals(1, report.size(), report.toString());
        assertTrue(report.getFirst().contains(ChoosesByService.class.getName()), report.toString());
        assertTrue(report.getFirst().contains("AwsService.BACKUP"), report.toString());
    }
}
