package org.hugmenow.wellness.connection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.persistence.ConnectionStore;
import org.hugmenow.wellness.shared.application.WellnessExport;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/** "My data" of connections: every connection and request the person is part of, either side. */
@ApplicationScoped
public class ConnectionPersonalData extends WellnessPersonalData {

    @Inject ConnectionStore connections;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        WellnessExport.json(files, "connections.json", data.inConnection(tenant, c -> connections.of(c, personId)));
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        connections.deleteAll(c, personId);
    }
}
