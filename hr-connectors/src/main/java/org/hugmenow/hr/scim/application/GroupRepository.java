package org.hugmenow.hr.scim.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;
import org.apache.directory.scim.core.json.ObjectMapperFactory;
import org.apache.directory.scim.core.repository.DefaultPatchHandler;
import org.apache.directory.scim.core.repository.PatchHandler;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.GroupMembership;
import org.apache.directory.scim.spec.resources.ScimGroup;
import org.apache.directory.scim.spec.schema.Meta;
import org.hugmenow.hr.scim.persistence.ScimTeamStore;
import org.hugmenow.hr.scim.persistence.ScimTeamStore.TeamRecord;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.directory.application.TeamWrites;

/**
 * SCIM Groups as teams. A member is a user (team membership) or a group (a nested team, whose
 * parent becomes this team); members must exist in this tenant, and nesting never makes a cycle.
 */
@ApplicationScoped
public class GroupRepository extends GuardedRepository<ScimGroup> {

    @Inject
    TenantData data;

    @Inject
    ScimRequest request;

    @Inject
    SchemaRegistry schemas;

    @Inject
    TeamWrites teams;

    private ObjectMapper json;
    private PatchHandler patches;
    private ScimFilterMatcher matcher;

    @PostConstruct
    void init() {
        json = ObjectMapperFactory.createObjectMapper(schemas);
        patches = new DefaultPatchHandler(schemas);
        matcher = new ScimFilterMatcher(schemas, ScimGroup.SCHEMA_URI);
    }

    @Override
    public Class<ScimGroup> getResourceClass() {
        return ScimGroup.class;
    }

    @Override
    ScimGroup createNow(ScimGroup group) {
        requireValid(group);
        return data.inConnection(request.tenant().slug(), c -> {
            String id = unique(() -> teams.create(c, group.getDisplayName().trim(), group.getExternalId(), stored(group)));
            members(c, id, group);
            return read(c, id);
        });
    }

    @Override
    ScimGroup getNow(String id) {
        return data.inConnection(request.tenant().slug(), c -> ScimTeamStore.find(c, id, false).map(this::toGroup).orElse(null));
    }

    @Override
    FilterResponse<ScimGroup> findNow(Filter filter, PageRequest page, SortRequest sort) {
        int max = ScimLimits.FILTER_MAX_RESULTS;
        return data.inConnection(request.tenant().slug(), c -> {
            if (filter == null && (sort == null || sort.getSortBy() == null)) {
                List<ScimGroup> found = ScimTeamStore.page(c, ScimListing.offset(page), ScimListing.limit(page, max))
                        .stream().map(this::toGroup).toList();
                return ScimListing.answer(request, found, page, ScimTeamStore.count(c));
            }
            var narrowing = ScimListing.narrowing(filter, ScimTeamStore.indexedAttributes());
            List<TeamRecord> candidates = narrowing.isPresent()
                    ? ScimTeamStore.where(c, narrowing.get().attribute(), narrowing.get().value()) : ScimTeamStore.all(c);
            return ScimListing.select(request, candidates.stream().map(this::toGroup).toList(), filter, sort, page, json, matcher, max);
        });
    }

    @Override
    void deleteNow(String id) {
        data.inConnection(request.tenant().slug(), c -> {
            TeamRecord current = ScimTeamStore.find(c, id, true).orElseThrow(() -> new ScimRefusal(404, "Resource " + id + " not found"));
            request.expectedVersion().ifPresent(v -> Versions.require(v, current.version()));
            teams.delete(c, id);
            return null;
        });
    }

    @Override
    PatchHandler patches() {
        return patches;
    }

    @Override
    ScimGroup write(String id, UnaryOperator<ScimGroup> change) {
        return data.inConnection(request.tenant().slug(), c -> {
            TeamRecord current = ScimTeamStore.find(c, id, true).orElseThrow(() -> new ScimRefusal(404, "Resource " + id + " not found"));
            request.expectedVersion().ifPresent(v -> Versions.require(v, current.version()));
            ScimGroup next = change.apply(toGroup(current));
            unique(() -> {
                teams.update(c, id, next.getDisplayName().trim(), next.getExternalId(), stored(next));
                return id;
            });
            members(c, id, next);
            return read(c, id);
        });
    }

    private void members(Connection c, String id, ScimGroup group) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (GroupMembership m : group.getMembers() == null ? List.<GroupMembership>of() : group.getMembers()) {
            if (m.getValue() == null || m.getValue().isBlank()) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "Every member needs a value (the member's id).");
            }
            ids.add(m.getValue());
        }
        Set<String> people = ScimTeamStore.existingPeople(c, ids);
        Set<String> groups = ScimTeamStore.existingTeams(c, ids);
        List<String> unknown = ids.stream().filter(m -> !people.contains(m) && !groups.contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "No user or group of this directory has the id " + unknown.get(0) + ".");
        }
        Set<String> above = ScimTeamStore.selfAndAncestors(c, id);
        if (groups.stream().anyMatch(above::contains)) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "A group cannot contain itself or a group that contains it.");
        }
        teams.setMembers(c, id, people, groups);
    }

    private ScimGroup read(Connection c, String id) throws SQLException {
        return toGroup(ScimTeamStore.find(c, id, false).orElseThrow());
    }

    private ScimGroup toGroup(TeamRecord t) {
        ScimGroup group = new ScimGroup();
        group.setId(t.id());
        group.setDisplayName(t.name());
        group.setExternalId(t.externalId());
        String base = request.baseUri();
        group.setMembers(t.members().isEmpty() ? null : t.members().stream().map(m -> new GroupMembership()
                .setValue(m.id()).setDisplay(m.display())
                .setType(m.group() ? GroupMembership.Type.GROUP : GroupMembership.Type.USER)
                .setRef(base + (m.group() ? "/Groups/" : "/Users/") + m.id())).toList());
        group.setMeta(new Meta().setResourceType("Group").setLocation(base + "/Groups/" + t.id())
                .setCreated(utc(t.created())).setLastModified(utc(t.updated())).setVersion(Versions.etag(t.version())));
        return group;
    }

    /** Keeps what the client sent beyond what teams model (extensions), without members and meta. */
    private String stored(ScimGroup group) {
        try {
            ScimGroup copy = json.readValue(json.writeValueAsString(group), ScimGroup.class);
            copy.setId(null);
            copy.setMeta(null);
            copy.setMembers(null);
            return json.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SCIM group could not be written as JSON", e);
        }
    }

    @FunctionalInterface
    private interface Write {
        String run() throws SQLException;
    }

    /** externalId is unique per tenant (ADR 0007): a second group with the same one is 409 uniqueness. */
    private static String unique(Write write) throws SQLException {
        try {
            return write.run();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("external_id")) {
                throw new ScimRefusal(409, ErrorMessageType.UNIQUENESS, "Another group already has this externalId.");
            }
            throw e;
        }
    }

    @Override
    void requireValid(ScimGroup group) {
        if (group.getDisplayName() == null || group.getDisplayName().isBlank()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "displayName is required.");
        }
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
