package org.hugmenow.hr.scim.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.directory.scim.core.json.ObjectMapperFactory;
import org.apache.directory.scim.core.repository.DefaultPatchHandler;
import org.apache.directory.scim.core.repository.PatchHandler;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimExtension;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.hugmenow.hr.identity.application.IdentityDelete;
import org.hugmenow.hr.identity.application.IdentitySync;
import org.hugmenow.hr.scim.persistence.PersonRecord;
import org.hugmenow.hr.scim.persistence.ScimPersonStore;
import org.hugmenow.hr.scim.persistence.ScimSettingStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.PersonWrites;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;

/**
 * SCIM Users over the tenant directory. Each operation is one transaction on the tenant of
 * the credential; the realm user follows through the outbox, so a Keycloak outage never
 * fails or loses a provisioning call.
 */
@ApplicationScoped
public class UserRepository extends GuardedRepository<ScimUser> {

    /** Tenant setting: what SCIM DELETE does to the person's own data, {@code keep} (default) or {@code erase}. */
    public static final String DEPROVISIONING_SETTING = "directory.deprovisioning";

    @Inject
    TenantData data;

    @Inject
    ScimRequest request;

    @Inject
    SchemaRegistry schemas;

    @Inject
    Outbox outbox;

    @Inject
    Instance<PersonalData> personalData;

    @Inject
    AttributeGuard guard;

    @Inject
    PersonWrites people;

    private ScimUsers users;
    private ObjectMapper json;
    private PatchHandler patches;
    private ScimFilterMatcher matcher;

    @PostConstruct
    void init() {
        json = ObjectMapperFactory.createObjectMapper(schemas);
        users = new ScimUsers(json);
        patches = new DefaultPatchHandler(schemas);
        matcher = new ScimFilterMatcher(schemas, ScimUser.SCHEMA_URI);
    }

    @Override
    public Class<ScimUser> getResourceClass() {
        return ScimUser.class;
    }

    @Override
    public List<Class<? extends ScimExtension>> getExtensionList() {
        return List.of(EnterpriseExtension.class);
    }

    @Override
    ScimUser createNow(ScimUser user) {
        requireValid(user);
        TenantSlug tenant = request.tenant().slug();
        return data.inConnection(tenant, c -> {
            ProvisionedPerson write = users.toWrite(user, manager(c, user, null));
            String id = ScimPersonStore.returning(c, write.username()).orElse(null);
            if (id == null) {
                id = UUID.randomUUID().toString();
                insert(c, id, write);
            } else {
                save(c, id, write);
            }
            outbox.publish(c, tenant, IdentitySync.SYNC, "{}");
            return read(c, id);
        });
    }

    @Override
    ScimUser getNow(String id) {
        return data.inConnection(request.tenant().slug(), c -> ScimPersonStore.find(c, id, false)
                .map(p -> users.toUser(p, request.baseUri())).orElse(null));
    }

    @Override
    FilterResponse<ScimUser> findNow(Filter filter, PageRequest page, SortRequest sort) {
        int max = ScimLimits.FILTER_MAX_RESULTS;
        return data.inConnection(request.tenant().slug(), c -> {
            if (filter == null && (sort == null || sort.getSortBy() == null)) {
                List<ScimUser> found = ScimPersonStore.page(c, ScimListing.offset(page), ScimListing.limit(page, max)).stream()
                        .map(p -> users.toUser(p, request.baseUri())).toList();
                return ScimListing.answer(request, found, page, ScimPersonStore.count(c));
            }
            var narrowing = ScimListing.narrowing(filter, ScimPersonStore.indexedAttributes());
            List<PersonRecord> candidates = narrowing.isPresent()
                    ? ScimPersonStore.where(c, narrowing.get().attribute(), narrowing.get().value()) : ScimPersonStore.all(c);
            return ScimListing.select(request, candidates.stream().map(p -> users.toUser(p, request.baseUri())).toList(),
                    filter, sort, page, json, matcher, max);
        });
    }

    @Override
    void deleteNow(String id) {
        TenantSlug tenant = request.tenant().slug();
        boolean erase = data.inConnection(tenant, c -> {
            PersonRecord current = ScimPersonStore.find(c, id, true).orElseThrow(() -> notFound(id));
            request.expectedVersion().ifPresent(v -> Versions.require(v, current.version()));
            return "erase".equals(ScimSettingStore.value(c, DEPROVISIONING_SETTING).orElse("keep"));
        });
        if (!erase) {
            data.inConnection(tenant, c -> {
                people.deprovision(c, id);
                outbox.publish(c, tenant, IdentitySync.SYNC, "{}");
                return null;
            });
            return;
        }
        // Modules erase in their own transactions first; a crash before the row goes leaves a
        // person the client's retried DELETE erases again, never data without its person.
        personalData.forEach(module -> module.erase(tenant, id));
        data.inConnection(tenant, c -> {
            people.erase(c, id);
            outbox.publish(c, tenant, IdentityDelete.DELETE, Jsons.object().add("personId", id).build().toString());
            return null;
        });
    }

    @Override
    PatchHandler patches() {
        return patches;
    }

    @Override
    ScimUser write(String id, UnaryOperator<ScimUser> change) {
        TenantSlug tenant = request.tenant().slug();
        return data.inConnection(tenant, c -> {
            PersonRecord current = ScimPersonStore.find(c, id, true).orElseThrow(() -> notFound(id));
            request.expectedVersion().ifPresent(v -> Versions.require(v, current.version()));
            ScimUser next = change.apply(users.toUser(current, request.baseUri()));
            ProvisionedPerson write = guard.keepOwned(c, current, users.toWrite(next, manager(c, next, id)));
            save(c, id, write);
            outbox.publish(c, tenant, IdentitySync.SYNC, "{}");
            return read(c, id);
        });
    }

    private ScimUser read(Connection c, String id) throws SQLException {
        return users.toUser(ScimPersonStore.find(c, id, false).orElseThrow(), request.baseUri());
    }

    private void insert(Connection c, String id, ProvisionedPerson write) throws SQLException {
        try {
            people.provision(c, id, write);
        } catch (SQLException e) {
            throw uniqueness(e);
        }
    }

    private void save(Connection c, String id, ProvisionedPerson write) throws SQLException {
        try {
            people.reprovision(c, id, write);
        } catch (SQLException e) {
            throw uniqueness(e);
        }
    }

    private static SQLException uniqueness(SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
            return e;
        }
        String which = e.getMessage() != null && e.getMessage().contains("external_id") ? "externalId" : "userName";
        throw new ScimRefusal(409, ErrorMessageType.UNIQUENESS, "Another user already has this " + which + ".");
    }

    /** The manager must be another user of this directory (RFC 7643 §4.3: the manager's id). */
    private static String manager(Connection c, ScimUser user, String self) throws SQLException {
        EnterpriseExtension enterprise = user.getExtension(EnterpriseExtension.class);
        String managerId = enterprise == null || enterprise.getManager() == null ? null : enterprise.getManager().getValue();
        if (managerId == null || managerId.isBlank()) {
            return null;
        }
        if (managerId.equals(self) || !ScimPersonStore.exists(c, managerId)) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE,
                    "manager.value must be the id of another user of this directory.");
        }
        return managerId;
    }

    @Override
    void requireValid(ScimUser user) {
        if (user.getUserName() == null || user.getUserName().isBlank()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "userName is required.");
        }
        if (user.getUserName().length() > 255) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "userName is longer than 255 characters.");
        }
    }

    private static RuntimeException notFound(String id) {
        return new ScimRefusal(404, "Resource " + id + " not found");
    }
}
