package org.hugmenow.console.hrsync.view;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.connector.application.ConnectionRules;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionInput;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * The form that connects an HR system or changes a connection: label, the settings the connector
 * declares (password fields, never echoed; on a change, blank keeps the stored value), schedule,
 * the deactivation guard and whether scheduled runs are on. {@link ConnectionRules} checks it, as
 * it checks the REST API's requests.
 */
@Named("connectionEditor")
@ViewScoped
public class HrConnectionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject HrConnections connections;
    @Inject Instance<HrConnectorFactory> factories;
    @Inject SignedInUser user;

    private UUID editing;
    private String connector;
    private String label;
    private Integer scheduleMinutes;
    private Double maxDeactivateShare = ConnectionRules.DEFAULT_SHARE;
    private boolean enabled = true;
    private final Map<String, String> settings = new LinkedHashMap<>();

    private void require() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
    }

    public List<String> getConnectors() {
        return List.copyOf(new TreeSet<>(factories.stream().map(HrConnectorFactory::id).toList()));
    }

    public List<String> getRequiredSettings() {
        return factory().map(f -> List.copyOf(ConnectionRules.required(f))).orElse(List.of());
    }

    private java.util.Optional<HrConnectorFactory> factory() {
        return connector == null ? java.util.Optional.empty() : factories.stream().filter(f -> f.id().equals(connector)).findFirst();
    }

    public boolean isUploadConnector() {
        return connector != null && Uploads.takesUploads(connector);
    }

    /** Fills the form with a connection to change; its connector stays as it is. */
    public void edit(HrConnection c) {
        require();
        editing = c.id();
        connector = c.connector();
        label = c.label();
        scheduleMinutes = c.scheduleMinutes();
        maxDeactivateShare = c.maxDeactivateShare();
        enabled = c.enabled();
        settings.clear();
    }

    public void save() {
        require();
        try {
            if (editing == null) {
                HrConnection created = connections.create(user.slug(), ConnectionRules.validated(input(settings()), null, factoryList()),
                        user.getUsername());
                Messages.info("hrConnections.created", created.label());
            } else {
                HrConnection current = connections.get(user.slug(), editing).orElseThrow(() -> Refusal.notFound("gone"));
                HrConnection saved = connections.update(user.slug(), editing,
                        ConnectionRules.validated(input(changedSettings()), current, factoryList()),
                        user.getUsername()).orElseThrow(() -> Refusal.notFound("gone"));
                Messages.info("hrConnections.saved", saved.label());
            }
            reset();
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
                Messages.error("hrConnections.notFound");
                reset();
            } else {
                Messages.refused(refusal);
            }
        }
    }

    public void reset() {
        editing = null;
        connector = null;
        label = null;
        scheduleMinutes = null;
        maxDeactivateShare = ConnectionRules.DEFAULT_SHARE;
        enabled = true;
        settings.clear();
    }

    private HrConnectionInput input(Map<String, String> values) {
        return new HrConnectionInput(connector, label, values, scheduleMinutes, maxDeactivateShare, enabled);
    }

    /** What was typed, for a new connection: only the connector's own settings. */
    private Map<String, String> settings() {
        Map<String, String> typed = new LinkedHashMap<>();
        getRequiredSettings().forEach(name -> typed.put(name, settings.get(name)));
        return typed;
    }

    /** Null (keep all) when nothing was typed; otherwise the stored settings with the typed ones over them. */
    private Map<String, String> changedSettings() {
        Map<String, String> typed = new LinkedHashMap<>(settings());
        typed.values().removeIf(v -> v == null || v.isBlank());
        if (typed.isEmpty()) {
            return null;
        }
        Map<String, String> merged;
        try {
            merged = new LinkedHashMap<>(connections.settings(user.slug(), editing));
        } catch (java.util.NoSuchElementException gone) {
            throw Refusal.notFound("gone");
        }
        merged.putAll(typed);
        return merged;
    }

    private List<HrConnectorFactory> factoryList() {
        return factories.stream().toList();
    }

    public boolean isEditing() { return editing != null; }
    public String getConnector() { return connector; }
    public void setConnector(String connector) { if (editing == null) { this.connector = connector; } }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Integer getScheduleMinutes() { return scheduleMinutes; }
    public void setScheduleMinutes(Integer scheduleMinutes) { this.scheduleMinutes = scheduleMinutes; }
    public Double getMaxDeactivateShare() { return maxDeactivateShare; }
    public void setMaxDeactivateShare(Double share) { this.maxDeactivateShare = share; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** Write-only from the page: the form never renders a value back. */
    public Map<String, String> getSettings() { return settings; }
}
