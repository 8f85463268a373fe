package org.hugmenow.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.List;
import org.hugmenow.architecture.BoundaryRules;
import org.hugmenow.architecture.DirectoryTableWrites;
import org.hugmenow.architecture.ModuleArchitectureRules;
import org.hugmenow.architecture.Modules;
import org.junit.jupiter.api.Test;

/**
 * The house rules across the whole application (docs/architecture.md): this module sees every
 * other module's classes, so modules against each other are checked here, and every module's own
 * rules are applied again, including modules without an ArchUnit test of their own (keycloak-realm).
 */
class ApplicationArchitectureTest {

    private static final ImportOption NO_RULE_FIXTURES = location -> !location.contains("/org/hugmenow/architecture/");

    private static final JavaClasses EVERYTHING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).withImportOption(NO_RULE_FIXTURES)
            .importPackages("org.hugmenow");

    @Test
    void followsTheHouseRules() {
        ModuleArchitectureRules.checkModule(Modules.APP);
    }

    @Test
    void everyModuleFollowsTheHouseRules() {
        for (Modules.Module module : Modules.ALL) {
            JavaClasses own = EVERYTHING.that(DescribedPredicate.describe("in " + module.name(),
                    (JavaClass c) -> module.owns(c.getPackageName())));
            assertTrue(!own.isEmpty() || module == Modules.BILLING || module == Modules.CONSOLE,
                    module.name() + "'s classes are not on the test class path");
            ModuleArchitectureRules.check(ModuleArchitectureRules.all(module), own);
        }
    }

    @Test
    void modulesDependOneWayAndFormNoCycle() {
        BoundaryRules.everyClassBelongsToAModule(Modules.ALL).check(EVERYTHING);
        BoundaryRules.modulesDependOneWay(Modules.ALL).check(EVERYTHING);
        slices().assignedFrom(byModule()).should().beFreeOfCycles().check(EVERYTHING);
    }

    @Test
    void featuresOfDifferentModulesMeetOnlyThroughTheirPublicFace() {
        List<String> roots = Modules.ALL.stream().flatMap(m -> m.roots().stream()).toList();
        BoundaryRules.featuresMeetOnlyThroughTheirPublicFace(roots).check(EVERYTHING);
    }

    @Test
    void directoryTablesAreWrittenOnlyByTheDirectory() {
        assertEquals(List.of(), DirectoryTableWrites.writersOutsideTheDirectory(Path.of("..", "..").toAbsolutePath().normalize()),
                "write people and teams through tenant-core's Directory port");
    }

    private static SliceAssignment byModule() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return Modules.owning(type.getPackageName(), Modules.ALL).map(m -> SliceIdentifier.of(m.name()))
                        .orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "modules";
            }
        };
    }
}
