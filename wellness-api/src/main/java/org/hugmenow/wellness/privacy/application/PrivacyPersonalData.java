package org.hugmenow.wellness.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.wellness.privacy.persistence.ProfileStore;
import org.hugmenow.wellness.shared.application.WellnessExport;

/** "My data" of privacy: the profile, and with its erasure the chosen name leaves the directory. */
@ApplicationScoped
public class PrivacyPersonalData implements PersonalData {

    @Inject TenantData data;
    @Inject ProfileStore profiles;
    @Inject Directory directory;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        WellnessExport.json(files, "profile.json", data.inConnection(tenant, c -> profiles.find(c, personId)));
    }

    @Override
    public void erase(TenantSlug tenant, String personId) {
        data.inConnection(tenant, c -> {
            profiles.delete(c, personId);
            return null;
        });
        directory.forgetDisplayName(tenant, personId);
    }
}
