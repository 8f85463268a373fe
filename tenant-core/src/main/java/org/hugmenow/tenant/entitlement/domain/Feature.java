package org.hugmenow.tenant.entitlement.domain;

/**
 * What a plan decides. Everything an employee does for themselves, and every privacy protection,
 * is in every plan and therefore not listed here.
 */
public enum Feature {
    INSIGHTS(Plan.STANDARD, "Team insights"),
    SCIM(Plan.STANDARD, "SCIM provisioning"),
    HR_CONNECTORS(Plan.PREMIUM, "HR system connectors"),
    INSIGHTS_EXPORTS(Plan.PREMIUM, "Insights exports"),
    INSIGHTS_ALERTS(Plan.PREMIUM, "Insights alerts"),
    FEDERATED_SIGN_IN(Plan.PREMIUM, "Sign-in through the company's identity provider");

    private final Plan plan;
    private final String title;

    Feature(Plan plan, String title) {
        this.plan = plan;
        this.title = title;
    }

    /** The cheapest plan that includes it. */
    public Plan plan() {
        return plan;
    }

    public String title() {
        return title;
    }
}
