package org.hugmenow.hr.scim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hugmenow.hr.scim.persistence.DirectoryListingStore;
import org.hugmenow.hr.scim.persistence.DirectoryListingStore.Entry;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The directory as IT admins read it: people with the attributes SCIM and the HR connections
 * wrote (shown name, email, teams, department, active), a page at a time, searchable by shown
 * name or email. Read-only: changes come from SCIM and HR connections.
 */
@ApplicationScoped
public class DirectoryListing {

    public static final int PAGE_SIZE = 25;

    /** One page of people, with the total that match. */
    public record Page(List<Entry> entries, long total, int page) {
    }

    @Inject
    TenantData data;

    public Page people(TenantSlug tenant, String query, int page) {
        String q = query == null ? "" : query.strip();
        int p = Math.max(0, page);
        return data.inConnection(tenant, c -> new Page(DirectoryListingStore.page(c, q, PAGE_SIZE, p * PAGE_SIZE),
                DirectoryListingStore.count(c, q), p));
    }
}
