package org.hugmenow.wellness.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.persistence.ProfileStore;

/** A person's privacy settings; the name they choose is what colleagues see in the directory. */
@ApplicationScoped
public class PrivacyService {

    @Inject TenantData data;
    @Inject ProfileStore profiles;

    public Profile get(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> profiles.find(c, personId));
    }

    public Profile save(TenantSlug tenant, Profile profile) {
        return data.inConnection(tenant, c -> {
            profiles.save(c, profile);
            // One transaction with the profile, so the shown name never disagrees with the settings.
            Sql.update(c, "UPDATE person SET display_name = ?, updated_at = now() WHERE id = ?", profile.shownName(), profile.personId());
            return profile;
        });
    }
}
