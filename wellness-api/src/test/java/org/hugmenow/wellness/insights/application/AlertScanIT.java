package org.hugmenow.wellness.insights.application;

import static org.hugmenow.wellness.insights.application.AcmeInsights.ENGINEERING;
import static org.hugmenow.wellness.insights.application.AcmeInsights.LAST_MONTH;
import static org.hugmenow.wellness.insights.application.AcmeInsights.PLATFORM;
import static org.hugmenow.wellness.insights.application.AcmeInsights.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert scan on a tenant whose Apps team fell from 4.5 to 2 in the last month, with a large ε so
 * the noise cannot decide the test: alerts go through the engine, are raised once, and reach the
 * hr-admins through the outbox.
 */
class AlertScanIT {

    private static final Viewer HR = new Viewer(id("hr"), Set.of(Viewer.HR_ADMIN));
    private static InsightsTestDatabase db;
    private static TenantSlug tenant;

    @BeforeAll
    static void start() throws Exception {
        db = new InsightsTestDatabase();
        tenant = db.tenant("falling-mood");
        AcmeInsights.fill(db, tenant, 4.5, 2.0);
        // an hr-admin who uses insights receives alerts; one period back, almost no noise
        AcmeInsights.queries(db).updateSettings(tenant, HR, new SettingsChange(null, 2000.0, null, 0.5, 1), "hr");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aFallingSegmentRaisesOneAlertPerMonthNotifiedToHrAdminsThroughTheOutbox() {
        AlertScan scan = AcmeInsights.alertScan(db);
        int raised = scan.scan(tenant, Instant.now());

        List<String> alerted = strings("SELECT segment || ' ' || period FROM insights_alert ORDER BY segment");
        assertEquals(raised, alerted.size());
        assertTrue(alerted.contains("tenant " + LAST_MONTH), alerted.toString());
        assertTrue(alerted.contains("team-tree:" + ENGINEERING + " " + LAST_MONTH), alerted.toString());
        assertFalse(alerted.stream().anyMatch(a -> a.startsWith("dept:Tech") || a.startsWith("team-tree:" + PLATFORM)), alerted.toString());

        List<String> events = strings("SELECT payload FROM outbox_event WHERE type = 'wellness.notify' ORDER BY payload");
        assertEquals(raised, events.size());
        assertTrue(events.stream().allMatch(e -> e.contains("\"insights.alert\"") && e.contains("\"" + id("hr") + "\"")), events.toString());
        assertFalse(events.stream().anyMatch(e -> e.contains(id("a1")) || e.contains(id("lena"))), "no one but the recipient is named");

        assertEquals(0, scan.scan(tenant, Instant.now()), "a month is scanned once");
        assertEquals(raised, strings("SELECT payload FROM outbox_event WHERE type = 'wellness.notify'").size());
    }

    private static List<String> strings(String sql) {
        return db.data.inConnection(tenant, c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
