package org.hugmenow.wellness.connection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.persistence.ConnectionStore;
import org.hugmenow.wellness.shared.application.WellnessExport;

/** "My data" of connections: every connection and request the person is part of, either side. */
@ApplicationScoped
public class ConnectionPersonalData implements PersonalData {

    @Inject TenantData data;
    @Inject ConnectionStore connections;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        WellnessExport.json(files, "connections.json", data.inConnection(tenant, c -> connections.of(c, personId)));
    }

    @Override
    public void erase(TenantSlug tenant, String personId) {
        data.inConnection(tenant, c -> {
            connections.deleteAll(c, personId);
            return null;
        });
    }
}
