package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.notification.persistence.NotificationStore;
import org.hugmenow.wellness.shared.domain.Page;
import org.hugmenow.platform.refusal.Refusal;

/** A person's own inbox. */
@ApplicationScoped
public class NotificationService {

    @Inject TenantData data;
    @Inject NotificationStore store;

    public Page<Notification> inbox(TenantSlug tenant, String personId, boolean unreadOnly, Page.Position after, int limit) {
        return data.inConnection(tenant, c -> store.page(c, personId, unreadOnly, after, limit));
    }

    public List<Notification> missedSince(TenantSlug tenant, String personId, UUID lastSeen) {
        return data.inConnection(tenant, c -> store.after(c, personId, lastSeen));
    }

    public long unread(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> store.unread(c, personId));
    }

    public void markRead(TenantSlug tenant, String personId, UUID id) {
        if (!data.inConnection(tenant, c -> store.markRead(c, personId, id))) {
            throw Refusal.notFound("There is no such notification of yours.");
        }
    }

    public void markAllRead(TenantSlug tenant, String personId) {
        data.inConnection(tenant, c -> {
            store.markAllRead(c, personId);
            return null;
        });
    }

    /** Every type with whether it is on; types are on unless switched off. */
    public Map<String, Boolean> preferences(TenantSlug tenant, String personId) {
        Map<String, Boolean> prefs = new TreeMap<>();
        Notification.TYPES.forEach(t -> prefs.put(t, true));
        prefs.putAll(data.inConnection(tenant, c -> store.preferences(c, personId)));
        return prefs;
    }

    public void setPreference(TenantSlug tenant, String personId, String type, boolean enabled) {
        if (!Notification.TYPES.contains(type)) {
            throw Refusal.notFound("There is no notification type '" + type + "'.");
        }
        data.inConnection(tenant, c -> {
            store.setPreference(c, personId, type, enabled);
            return null;
        });
    }
}
