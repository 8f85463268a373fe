package org.hugmenow.wellness.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.DisplayNames;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.persistence.ProfileStore;

/** A person's privacy settings; the name they choose is what colleagues see in the directory. */
@ApplicationScoped
public class PrivacyService {

    @Inject TenantData data;
    @Inject ProfileStore profiles;
    @Inject DisplayNames displayNames;

    public Profile get(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> profiles.find(c, personId));
    }

    /**
     * The profile as other features see it inside their own transaction: time zone, country,
     * quiet hours and default sharing (defaults if the person never saved one).
     */
    public Profile profile(Connection c, String personId) throws SQLException {
        return profiles.find(c, personId);
    }

    /** Saves the settings and shows the chosen name in the directory, in one transaction. */
    public Profile save(TenantSlug tenant, Profile profile) {
        data.inConnection(tenant, c -> {
            profiles.save(c, profile);
            displayNames.show(c, profile.personId(), profile.shownName());
            return null;
        });
        return profile;
    }
}
