package org.hugmenow.wellness.hug.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.hug.domain.Hug;
import org.hugmenow.wellness.hug.domain.HugRequest;
import org.hugmenow.wellness.hug.persistence.HugRequestStore;
import org.hugmenow.wellness.hug.persistence.HugStore;
import org.hugmenow.wellness.shared.application.PersonalSettings;
import org.hugmenow.wellness.shared.application.WellnessExport;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/**
 * "My data" of hugs: hugs sent and received, hug requests either way, and the person's blocks
 * and mutes; erasure takes hugs either way, their requests and their blocks.
 */
@ApplicationScoped
public class HugPersonalData extends WellnessPersonalData implements PersonalSettings {

    @Inject HugStore hugs;
    @Inject HugRequestStore requests;
    @Inject HugEvents events;

    private record Held(List<Hug> hugs, List<HugRequest> sent, List<HugRequest> received) {
    }

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        Held held = data.inConnection(tenant, c -> new Held(hugs.allOf(c, personId), requests.list(c, personId, true),
                requests.list(c, personId, false)));
        WellnessExport.json(files, "hugs.json", held.hugs());
        WellnessExport.json(files, "hug-requests-sent.json", held.sent());
        WellnessExport.json(files, "hug-requests-received.json", held.received());
    }

    @Override
    public Map<String, Object> settings(Connection c, String personId) throws SQLException {
        return Map.of("blocks", hugs.blocks(c, personId));
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        hugs.deleteAll(c, personId);
        requests.deleteAll(c, personId);
        events.erased(c, tenant, personId);
    }
}
