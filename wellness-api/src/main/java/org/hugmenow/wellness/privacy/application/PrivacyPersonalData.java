package org.hugmenow.wellness.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.DisplayNames;
import org.hugmenow.wellness.privacy.persistence.ProfileStore;
import org.hugmenow.wellness.shared.application.WellnessExport;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/** "My data" of privacy: the profile, and with its erasure the chosen name leaves the directory. */
@ApplicationScoped
public class PrivacyPersonalData extends WellnessPersonalData {

    @Inject ProfileStore profiles;
    @Inject DisplayNames displayNames;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        WellnessExport.json(files, "profile.json", data.inConnection(tenant, c -> profiles.find(c, personId)));
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        profiles.delete(c, personId);
        displayNames.forget(c, personId);
    }
}
