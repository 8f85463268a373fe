package org.hugmenow.console.insights.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.insights.application.InsightsAlert;
import org.hugmenow.wellness.insights.application.InsightsQueries;
import org.hugmenow.wellness.insights.application.PrivacyView;
import org.hugmenow.wellness.insights.application.SettingsChange;
import org.hugmenow.wellness.insights.domain.Viewer;

/**
 * HR admins' privacy settings for insights (k, ε, time zone, the alert rule), the budget spent and
 * left this month per metric family, and the alerts raised. Saving goes through the same service
 * the API uses, so the same limits refuse the same values (k never below 3).
 */
@Named("insightsPrivacy")
@RequestScoped
public class InsightsPrivacySettingsView {

    static final int ALERTS = 50;

    @Inject InsightsQueries queries;
    @Inject SignedInUser user;

    private PrivacyView current;
    private Integer k;
    private Double epsilon;
    private String timeZone;
    private Double alertDrop;
    private Integer alertPeriods;

    @PostConstruct
    void load() {
        if (!user.isSignedIn() || !user.has(Roles.HR_ADMIN)) {
            return; // the gate refuses the page; nothing to load
        }
        current = queries.privacy(user.slug(), viewer(), null);
        k = current.k();
        epsilon = current.epsilon();
        timeZone = current.timeZone();
        alertDrop = current.alertDrop();
        alertPeriods = current.alertPeriods();
    }

    public void save() {
        user.require(Roles.HR_ADMIN);
        try {
            current = queries.updateSettings(user.slug(), viewer(), new SettingsChange(k, epsilon, timeZone, alertDrop, alertPeriods),
                    user.getUsername());
            Messages.info("insightsPrivacy.saved");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public PrivacyView getCurrent() {
        return current;
    }

    public List<PrivacyView.BudgetLine> getBudget() {
        return current == null ? List.of() : current.budget();
    }

    public List<InsightsAlert> getAlerts() {
        user.require(Roles.HR_ADMIN);
        return queries.alerts(user.slug(), viewer(), ALERTS);
    }

    private Viewer viewer() {
        return new Viewer(user.session().subject(), user.roles());
    }

    public Integer getK() {
        return k;
    }

    public void setK(Integer k) {
        this.k = k;
    }

    public Double getEpsilon() {
        return epsilon;
    }

    public void setEpsilon(Double epsilon) {
        this.epsilon = epsilon;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Double getAlertDrop() {
        return alertDrop;
    }

    public void setAlertDrop(Double alertDrop) {
        this.alertDrop = alertDrop;
    }

    public Integer getAlertPeriods() {
        return alertPeriods;
    }

    public void setAlertPeriods(Integer alertPeriods) {
        this.alertPeriods = alertPeriods;
    }
}
