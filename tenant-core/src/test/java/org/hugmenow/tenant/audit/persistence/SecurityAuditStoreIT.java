package org.hugmenow.tenant.audit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.hugmenow.tenant.audit.domain.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit table from its real migration, on real PostgreSQL: pages newest first, and an entry rolls back with its action. */
class SecurityAuditStoreIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             InputStream in = SecurityAuditStoreIT.class.getResourceAsStream("/db/tenant/tenant-core/V1_0_5__security_audit.sql")) {
            s.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b");
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            s.execute("SET search_path TO tenant_a; " + ddl);
            s.execute("SET search_path TO tenant_b; " + ddl);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Connection in(String schema) throws Exception {
        Connection c = postgres.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
        }
        return c;
    }

    @Test
    void pagesNewestFirstAndStayInTheirSchema() throws Exception {
        try (Connection a = in("tenant_a"); Connection b = in("tenant_b")) {
            for (int i = 0; i < 5; i++) {
                SecurityAuditStore.insert(a, "ivy", "setting.changed", "key" + i);
            }
            SecurityAuditStore.insert(b, "bob", "scim-credential.created", "token Okta");
            List<AuditEvent> first = SecurityAuditStore.page(a, 2, 0);
            assertEquals(List.of("key4", "key3"), first.stream().map(AuditEvent::subject).toList());
            assertEquals(List.of("key2", "key1"), SecurityAuditStore.page(a, 2, 2).stream().map(AuditEvent::subject).toList());
            assertEquals(5, SecurityAuditStore.count(a));
            assertEquals(1, SecurityAuditStore.count(b));
            assertEquals("bob", SecurityAuditStore.page(b, 10, 0).get(0).actor());
        }
    }

    @Test
    void anEntryRollsBackWithItsAction() throws Exception {
        try (Connection c = in("tenant_b")) {
            long before = SecurityAuditStore.count(c);
            c.setAutoCommit(false);
            SecurityAuditStore.insert(c, "ivy", "scim-credential.revoked", "x");
            assertEquals(before + 1, SecurityAuditStore.count(c));
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(before, SecurityAuditStore.count(c));
        }
    }
}
