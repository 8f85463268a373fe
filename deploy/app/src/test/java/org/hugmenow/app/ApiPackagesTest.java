package org.hugmenow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API application scans a list of packages rather than all of org.hugmenow, so that the SCIM
 * server's resources are not served again under /api (its /Bulk appeared as /api/Bulk). This keeps
 * the list whole: every resource or provider outside the SCIM server's package is covered.
 */
class ApiPackagesTest {

    private static final String SCIM_SERVER = "org.hugmenow.hr.scim.api";

    private static final List<JavaClass> SERVED = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hugmenow").stream()
            .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class)).toList();

    @Test
    void everyResourceAndProviderOutsideTheScimServerIsScanned() {
        List<String> missed = SERVED.stream().filter(c -> !c.getPackageName().startsWith(SCIM_SERVER))
                .filter(c -> HugMeNowApplication.PACKAGES.stream().noneMatch(p -> c.getPackageName().startsWith(p)))
                .map(JavaClass::getName).toList();
        assertEquals(List.of(), missed, "add their package to HugMeNowApplication.PACKAGES");
        assertTrue(SERVED.size() > 20, "the module classes were not on the test class path");
    }

    @Test
    void noScannedPackageReachesTheScimServer() {
        assertTrue(HugMeNowApplication.PACKAGES.stream().noneMatch(p -> SCIM_SERVER.startsWith(p + ".") || SCIM_SERVER.equals(p)));
        assertTrue(SERVED.stream().anyMatch(c -> c.getPackageName().startsWith(SCIM_SERVER)),
                "the SCIM server has a resource the API must not scan");
    }
}
