package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.notification.persistence.NotificationStore;
import org.hugmenow.wellness.shared.application.PersonalSettings;
import org.hugmenow.wellness.shared.application.WellnessExport;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/** "My data" of notifications: the inbox and the types switched off; erasure also ends live streams. */
@ApplicationScoped
public class NotificationPersonalData extends WellnessPersonalData implements PersonalSettings {

    @Inject NotificationStore notifications;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        WellnessExport.json(files, "notifications.json", data.inConnection(tenant, c -> notifications.all(c, personId)));
    }

    @Override
    public Map<String, Object> settings(Connection c, String personId) throws SQLException {
        return Map.of("notificationPreferences", notifications.preferences(c, personId));
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        notifications.deleteAll(c, personId);
        // An open stream would go on delivering to the erased person: end it, on every instance, on commit.
        LiveNotifications.endStreamsOnCommit(c, tenant, personId);
        // Pending events that still carry this person's words or id, such as requested notifications.
        notifications.deletePendingEventsMentioning(c, personId);
    }
}
