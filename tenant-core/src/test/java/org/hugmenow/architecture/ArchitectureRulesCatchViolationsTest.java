package org.hugmenow.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every house rule fails on a deliberately broken fixture (package {@code fixture}), for the right reason. */
class ArchitectureRulesCatchViolationsTest {

    private static final String ROOT = "org.hugmenow.architecture.fixture.broken";
    private static final List<String> ROOTS = List.of(ROOT);
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.hugmenow.architecture.fixture");

    @Test
    void aClassOutsideTheModuleRootsIsCaught() {
        assertCaught(ModuleArchitectureRules.livesUnder(ROOTS), "StrayOutsideTheRoots");
    }

    @Test
    void aDomainThatKnowsHttpIsCaught() {
        assertCaught(ModuleArchitectureRules.domainIsPlainJava(), "LeakyDomain");
    }

    @Test
    void anApplicationServiceThatKnowsHttpIsCaught() {
        assertCaught(ModuleArchitectureRules.applicationKnowsNoHttp(), "AlphaService.answer()");
    }

    @Test
    void aResourceThatTouchesPersistenceIsCaught() {
        assertCaught(ModuleArchitectureRules.resourcesDoNotTouchPersistence(), "BetaResource");
    }

    @Test
    void aReachIntoAnotherFeaturesInternalsIsCaught() {
        assertCaught(ModuleArchitectureRules.internalsStayInTheirFeature(), "AlphaSecret");
    }

    @Test
    void aReachIntoAnotherFeaturesPersistenceIsCaught() {
        String message = assertCaught(BoundaryRules.featuresMeetOnlyThroughTheirPublicFace(ROOTS), "BetaService");
        assertTrue(message.contains("AlphaStore"), message);
        assertFalse(message.contains("AlphaService>"), "using another feature's application is allowed: " + message);
    }

    @Test
    void aCycleBetweenFeaturesIsCaught() {
        assertCaught(BoundaryRules.freeOfCycles(ROOTS).get(0), "alpha");
    }

    @Test
    void aCycleBetweenTheLayersOfOneFeatureIsCaught() {
        assertCaught(BoundaryRules.freeOfCycles(ROOTS).get(1), "AlphaValue");
    }

    @Test
    void aModuleThatUsesAModuleItMayNotIsCaught() {
        var lower = new Modules.Module("lower", List.of(ROOT + ".alpha"), Set.of());
        var upper = new Modules.Module("upper", List.of(ROOT + ".beta"), Set.of("lower"));
        assertCaught(BoundaryRules.modulesDependOneWay(List.of(lower, upper)), "AlphaService");
        assertCaught(BoundaryRules.everyClassBelongsToAModule(List.of(lower, upper)), "StrayOutsideTheRoots");
    }

    @Test
    void aLowerRootThatUsesAHigherOneIsCaught() {
        assertCaught(BoundaryRules.rootsDependOneWay(List.of(ROOT + ".alpha", ROOT + ".beta")), "AlphaService");
    }

    @Test
    void sqlOutsidePersistenceIsCaught() {
        assertCaught(SqlRules.sqlOnlyInPersistence(), "BetaService");
    }

    @Test
    void aStoreNotNamedStoreIsCaught() {
        String message = assertCaught(SqlRules.storesAreNamedStore(), "AlphaRows");
        assertFalse(message.contains("AlphaStore "), message);
    }

    @Test
    void aTenantConnectionMadeOutsideTenantDataIsCaught() {
        assertCaught(SqlRules.tenantDataIsReachedOnlyThroughTenantData(), "BetaResource");
    }

    @Test
    void aWriteToTheDirectoryTablesIsFoundInSource() {
        assertTrue(DirectoryTableWrites.writesDirectoryTables("\"UPDATE person SET display_name = ?\""));
        assertTrue(DirectoryTableWrites.writesDirectoryTables("\"insert into team_member (team_id) VALUES (?)\""));
        assertTrue(DirectoryTableWrites.writesDirectoryTables("\"DELETE FROM team WHERE id = ?\""));
        assertFalse(DirectoryTableWrites.writesDirectoryTables("\"SELECT p.id FROM person p JOIN team_member m ON m.person_id = p.id\""));
        assertFalse(DirectoryTableWrites.writesDirectoryTables("\"UPDATE person_profile SET pseudonym = ?\""));
    }

    private static String assertCaught(ArchRule rule, String offender) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(FIXTURES), rule.getDescription());
        assertTrue(failure.getMessage().contains(offender), "expected " + offender + " in: " + failure.getMessage());
        return failure.getMessage();
    }
}
