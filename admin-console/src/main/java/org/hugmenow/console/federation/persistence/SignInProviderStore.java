package org.hugmenow.console.federation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.console.federation.domain.ClaimMapping;
import org.hugmenow.console.federation.domain.ConnectedProvider;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.console.federation.domain.SignInPolicy;
import org.hugmenow.console.federation.domain.Vendor;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/** {@code platform.sign_in_provider}: each tenant's connected company identity providers. */
@ApplicationScoped
public class SignInProviderStore {

    private static final String COLUMNS = "id, alias, display_name, protocol, vendor, policy, enabled, source_url, metadata_xml,"
            + " client_id, client_secret, mapping, checked, checked_at, check_error, created_by, created_at, updated_at";

    @Inject
    PlatformDatabase database;

    public List<ConnectedProvider> list(UUID tenantId) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.list(c, "SELECT " + COLUMNS + " FROM platform.sign_in_provider WHERE tenant_id = ? ORDER BY created_at, alias",
                    SignInProviderStore::provider, tenantId);
        } catch (SQLException e) {
            throw new SqlFailure("list sign-in providers", e);
        }
    }

    public Optional<ConnectedProvider> find(UUID tenantId, String alias) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.one(c, "SELECT " + COLUMNS + " FROM platform.sign_in_provider WHERE tenant_id = ? AND alias = ?",
                    SignInProviderStore::provider, tenantId, alias);
        } catch (SQLException e) {
            throw new SqlFailure("find sign-in provider", e);
        }
    }

    /** False if the tenant has a provider of that alias already. */
    public boolean insert(UUID tenantId, ConnectedProvider p) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.update(c, "INSERT INTO platform.sign_in_provider (tenant_id, " + COLUMNS + ", first_expiry)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    tenantId, p.id(), p.alias(), p.displayName(), wire(p.protocol()), p.vendor().wire(), p.policy().wire(), p.enabled(),
                    p.sourceUrl(), p.metadataXml(), p.clientId(), p.sealedSecret(), mapping(p.mapping()), check(p.check()),
                    ts(p.checkedAt()), p.checkError(), p.createdBy(), ts(p.createdAt()), ts(p.updatedAt()), firstExpiry(p)) == 1;
        } catch (SQLException e) {
            throw new SqlFailure("insert sign-in provider", e);
        }
    }

    public void update(UUID tenantId, ConnectedProvider p) {
        try (Connection c = database.platform().getConnection()) {
            Sql.update(c, "UPDATE platform.sign_in_provider SET display_name = ?, vendor = ?, policy = ?, enabled = ?, source_url = ?,"
                    + " metadata_xml = ?, client_id = ?, client_secret = ?, mapping = ?, checked = ?, first_expiry = ?, checked_at = ?,"
                    + " check_error = ?, updated_at = ?, refresh_claimed_until = NULL WHERE tenant_id = ? AND alias = ?",
                    p.displayName(), p.vendor().wire(), p.policy().wire(), p.enabled(), p.sourceUrl(), p.metadataXml(), p.clientId(),
                    p.sealedSecret(), mapping(p.mapping()), check(p.check()), firstExpiry(p), ts(p.checkedAt()), p.checkError(),
                    ts(p.updatedAt()), tenantId, p.alias());
        } catch (SQLException e) {
            throw new SqlFailure("update sign-in provider", e);
        }
    }

    public boolean delete(UUID tenantId, String alias) {
        try (Connection c = database.platform().getConnection()) {
            return Sql.update(c, "DELETE FROM platform.sign_in_provider WHERE tenant_id = ? AND alias = ?", tenantId, alias) == 1;
        } catch (SQLException e) {
            throw new SqlFailure("delete sign-in provider", e);
        }
    }

    public void recordRefreshFailure(UUID tenantId, String alias, String error, Instant at) {
        try (Connection c = database.platform().getConnection()) {
            Sql.update(c, "UPDATE platform.sign_in_provider SET check_error = ?, checked_at = ?, refresh_claimed_until = NULL"
                    + " WHERE tenant_id = ? AND alias = ?", error, ts(at), tenantId, alias);
        } catch (SQLException e) {
            throw new SqlFailure("record sign-in provider refresh failure", e);
        }
    }

    /** A tenant and the alias of a provider due for a metadata refresh. */
    public record Due(UUID tenantId, String alias) {
    }

    /**
     * Claims up to {@code limit} providers fetched from a URL and last checked before {@code olderThan},
     * for {@code hold}; another instance skips what is claimed, so each is refreshed once.
     */
    public List<Due> claimDue(Instant olderThan, java.time.Duration hold, int limit) {
        Instant now = Instant.now();
        try (Connection c = database.platform().getConnection()) {
            return Sql.list(c, "UPDATE platform.sign_in_provider SET refresh_claimed_until = ? WHERE (tenant_id, alias) IN ("
                    + " SELECT tenant_id, alias FROM platform.sign_in_provider WHERE source_url IS NOT NULL AND checked_at < ?"
                    + " AND (refresh_claimed_until IS NULL OR refresh_claimed_until < ?) ORDER BY checked_at LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED) RETURNING tenant_id, alias",
                    r -> new Due(r.getObject(1, UUID.class), r.getString(2)), ts(now.plus(hold)), ts(olderThan), ts(now), limit);
        } catch (SQLException e) {
            throw new SqlFailure("claim sign-in providers to refresh", e);
        }
    }

    private static ConnectedProvider provider(ResultSet r) throws SQLException {
        return new ConnectedProvider(r.getObject("id", UUID.class), r.getString("alias"), r.getString("display_name"),
                Protocol.valueOf(r.getString("protocol").toUpperCase(Locale.ROOT)), Vendor.parse(r.getString("vendor")).orElse(Vendor.OTHER),
                SignInPolicy.parse(r.getString("policy")).orElseThrow(), r.getBoolean("enabled"), r.getString("source_url"),
                r.getString("metadata_xml"), r.getString("client_id"), r.getBytes("client_secret"), mapping(r.getString("mapping")),
                check(r.getString("checked")), Sql.instant(r, "checked_at"), r.getString("check_error"), r.getString("created_by"),
                Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"));
    }

    private static String wire(Protocol protocol) {
        return protocol.name().toLowerCase(Locale.ROOT);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Timestamp firstExpiry(ConnectedProvider p) {
        return p.check().firstExpiry(Instant.now()).map(Timestamp::from).orElse(null);
    }

    private static String mapping(ClaimMapping m) {
        JsonObjectBuilder o = Jsons.object();
        put(o, "email", m.email());
        put(o, "firstName", m.firstName());
        put(o, "lastName", m.lastName());
        put(o, "department", m.department());
        put(o, "groups", m.groups());
        return o.build().toString();
    }

    private static ClaimMapping mapping(String json) {
        JsonObject o = Jsons.parseObject(json);
        return new ClaimMapping(o.getString("email", null), o.getString("firstName", null), o.getString("lastName", null),
                o.getString("department", null), o.getString("groups", null));
    }

    private static String check(ProviderCheck check) {
        JsonArrayBuilder certificates = Jsons.array();
        for (CertificateFacts cert : check.certificates()) {
            certificates.add(Jsons.object().add("subject", cert.subject()).add("notBefore", cert.notBefore().toString())
                    .add("notAfter", cert.notAfter().toString()));
        }
        JsonObjectBuilder endpoints = Jsons.object();
        check.endpoints().forEach(endpoints::add);
        return Jsons.object().add("issuer", check.issuer()).add("signInUrl", check.signInUrl()).add("certificates", certificates)
                .add("endpoints", endpoints).build().toString();
    }

    private static ProviderCheck check(String json) {
        JsonObject o = Jsons.parseObject(json);
        List<CertificateFacts> certificates = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("certificates")) {
            JsonObject cert = v.asJsonObject();
            certificates.add(new CertificateFacts(cert.getString("subject"), Instant.parse(cert.getString("notBefore")),
                    Instant.parse(cert.getString("notAfter"))));
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        o.getJsonObject("endpoints").forEach((k, v) -> endpoints.put(k, ((jakarta.json.JsonString) v).getString()));
        return new ProviderCheck(o.getString("issuer"), o.getString("signInUrl"), List.copyOf(certificates), Map.copyOf(endpoints));
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
