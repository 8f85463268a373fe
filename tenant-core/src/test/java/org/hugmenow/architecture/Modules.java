package org.hugmenow.architecture;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Maven modules as the architecture rules see them: the root packages each one owns and the
 * modules it may use. Dependencies point one way (DESIGN.md §1); a new module registers here, or
 * the application's architecture test fails on its classes.
 */
public final class Modules {

    /** One module: {@code roots} are the packages it owns; its features are the packages right below them. */
    public record Module(String name, List<String> roots, Set<String> mayUse) {

        public boolean owns(String packageName) {
            return roots.stream().anyMatch(root -> packageName.equals(root) || packageName.startsWith(root + "."));
        }
    }

    public static final Module REALM = new Module("keycloak-realm", List.of("org.hugmenow.realm"), Set.of());
    public static final Module TENANT_CORE = new Module("tenant-core",
            List.of("org.hugmenow.platform", "org.hugmenow.tenant"), Set.of("keycloak-realm"));
    public static final Module WELLNESS = new Module("wellness-api", List.of("org.hugmenow.wellness"), Set.of("tenant-core"));
    public static final Module HR = new Module("hr-connectors", List.of("org.hugmenow.hr"), Set.of("tenant-core"));
    public static final Module BILLING = new Module("billing", List.of("org.hugmenow.billing"), Set.of("tenant-core"));
    /** The console draws what the feature modules offer, through their application services. */
    public static final Module CONSOLE = new Module("admin-console", List.of("org.hugmenow.console"),
            Set.of("tenant-core", "wellness-api", "hr-connectors", "billing"));
    public static final Module APP = new Module("app", List.of("org.hugmenow.app"),
            Set.of("keycloak-realm", "tenant-core", "wellness-api", "hr-connectors", "billing", "admin-console"));

    public static final List<Module> ALL = List.of(REALM, TENANT_CORE, WELLNESS, HR, BILLING, CONSOLE, APP);

    private Modules() {
    }

    public static Optional<Module> owning(String packageName, List<Module> modules) {
        return modules.stream().filter(m -> m.owns(packageName)).findFirst();
    }
}
