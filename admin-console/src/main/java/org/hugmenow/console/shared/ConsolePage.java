package org.hugmenow.console.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.security.Roles;

/**
 * Every console page behind sign-in, with the roles that may open it: the one list both the
 * server-side check of every request and the menu read, so the menu never offers what the
 * server would refuse. A page not listed here is refused to everyone.
 */
public enum ConsolePage {

    HOME("/console/home.xhtml", Set.of(), "menu.home", Section.GENERAL),
    SCIM_CREDENTIALS("/console/it/scim-credentials.xhtml", Set.of(Roles.IT_ADMIN), "menu.scimCredentials", Section.IT),
    DIRECTORY("/console/it/directory.xhtml", Set.of(Roles.IT_ADMIN), "menu.directory", Section.IT),
    AUDIT("/console/it/audit.xhtml", Set.of(Roles.IT_ADMIN), "menu.audit", Section.IT),
    PEOPLE("/console/hr/people.xhtml", Set.of(Roles.HR_ADMIN), "menu.people", Section.HR),
    TEAMS("/console/hr/teams.xhtml", Set.of(Roles.HR_ADMIN), "menu.teams", Section.HR),
    HUG_SAFETY("/console/hr/hug-safety.xhtml", Set.of(Roles.HR_ADMIN), "menu.hugSafety", Section.HR),
    HR_CONNECTIONS("/console/hr/hr-connections.xhtml", Set.of(Roles.HR_ADMIN, Roles.IT_ADMIN), "menu.hrConnections", Section.HR),
    /** A connection's runs and one run's plan and progress; reached from the connections page. */
    SYNC_RUNS("/console/hr/sync-runs.xhtml", Set.of(Roles.HR_ADMIN, Roles.IT_ADMIN), null, Section.HR),
    ATTRIBUTE_OWNERS("/console/hr/attribute-owners.xhtml", Set.of(Roles.HR_ADMIN, Roles.IT_ADMIN), "menu.attributeOwners", Section.HR),
    CONTENT("/console/hr/content.xhtml", Set.of(Roles.HR_ADMIN), "menu.content", Section.HR),
    CRISIS_RESOURCES("/console/hr/crisis-resources.xhtml", Set.of(Roles.HR_ADMIN), "menu.crisisResources", Section.HR),
    SETTINGS("/console/settings.xhtml", Set.of(Roles.HR_ADMIN, Roles.IT_ADMIN), "menu.settings", Section.GENERAL),
    INSIGHTS("/console/insights/insights.xhtml", Set.of(Roles.HR_ADMIN, Roles.TEAM_LEAD), "menu.insights", Section.HR),
    INSIGHTS_PRIVACY("/console/insights/privacy.xhtml", Set.of(Roles.HR_ADMIN), "menu.insightsPrivacy", Section.HR),
    /** The CSV/XLSX download of what the insights page shows; a link, not a menu entry. */
    INSIGHTS_EXPORT("/console/insights/export.xhtml", Set.of(Roles.HR_ADMIN, Roles.TEAM_LEAD), null, Section.HR),
    SIGN_IN_SETTINGS("/console/it/sign-in-settings.xhtml", Set.of(Roles.IT_ADMIN), "menu.signInSettings", Section.IT),
    SIGN_IN_PROVIDERS("/console/it/sign-in-providers.xhtml", Set.of(Roles.IT_ADMIN), "menu.signInProviders", Section.IT),
    BILLING("/console/finance/billing.xhtml", Set.of(Roles.FINANCE, Roles.HR_ADMIN), "menu.billing", Section.FINANCE),
    TENANTS("/console/platform/tenants.xhtml", Set.of(Roles.PLATFORM_OPERATOR), "menu.tenants", Section.PLATFORM),
    HEALTH("/console/platform/health.xhtml", Set.of(Roles.PLATFORM_OPERATOR), "menu.health", Section.PLATFORM),
    REVENUE("/console/platform/revenue.xhtml", Set.of(Roles.PLATFORM_OPERATOR), "menu.revenue", Section.PLATFORM);

    /** Roles that open some console page beyond the home page; everyone else is shown the employee landing page. */
    public static final Set<String> CONSOLE_ROLES = Set.of(Roles.IT_ADMIN, Roles.HR_ADMIN, Roles.TEAM_LEAD, Roles.FINANCE,
            Roles.PLATFORM_OPERATOR);

    public enum Section { GENERAL, IT, HR, FINANCE, PLATFORM }

    private final String path;
    private final Set<String> roles;
    private final String labelKey;
    private final Section section;

    ConsolePage(String path, Set<String> roles, String labelKey, Section section) {
        this.path = path;
        this.roles = roles;
        this.labelKey = labelKey;
        this.section = section;
    }

    public static Optional<ConsolePage> at(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    /** An empty role set means: anyone signed in. */
    public boolean admits(Set<String> callerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }

    public String path() {
        return path;
    }

    /** Pages without a label are reached through links on other pages only. */
    public boolean inMenu() {
        return labelKey != null;
    }

    public String labelKey() {
        return labelKey;
    }

    public Section section() {
        return section;
    }
}
