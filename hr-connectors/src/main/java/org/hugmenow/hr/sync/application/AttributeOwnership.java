package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.persistence.AttributeOwnerStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Which source owns which directory attribute: {@code scim} or {@code hr:<connection id>}. An
 * attribute nobody claimed belongs to whichever source writes it.
 */
@ApplicationScoped
public class AttributeOwnership {

    public static final String SCIM = "scim";

    @Inject TenantData data;
    @Inject AttributeOwnerStore store;
    @Inject HrConnections connections;

    /** The attribute's name in the API and in the table: {@code cost_center}, {@code start_date}. */
    public static String name(Attribute attribute) {
        return attribute.name().toLowerCase(Locale.ROOT);
    }

    public Map<Attribute, String> all(Connection c) throws SQLException {
        Map<Attribute, String> owners = new EnumMap<>(Attribute.class);
        store.all(c).forEach((attribute, owner) -> attribute(attribute).ifPresent(a -> owners.put(a, owner)));
        return owners;
    }

    public Map<Attribute, String> all(TenantSlug tenant) {
        return data.inConnection(tenant, this::all);
    }

    /** Empty when nobody owns the attribute, so any source may write it. */
    public Optional<String> owner(Connection c, Attribute attribute) throws SQLException {
        return store.owner(c, name(attribute));
    }

    /** Replaces the whole assignment; attributes left out are nobody's. */
    public Map<Attribute, String> replace(TenantSlug tenant, Map<String, String> requested) {
        return data.inConnection(tenant, c -> {
            Map<Attribute, String> owners = validated(c, requested);
            Map<String, String> named = new LinkedHashMap<>();
            owners.forEach((attribute, owner) -> named.put(name(attribute), owner));
            store.replace(c, named);
            return owners;
        });
    }

    private Map<Attribute, String> validated(Connection c, Map<String, String> requested) throws SQLException {
        Map<Attribute, String> owners = new EnumMap<>(Attribute.class);
        List<Refusal.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            Optional<Attribute> attribute = attribute(entry.getKey());
            if (attribute.isEmpty()) {
                errors.add(new Refusal.FieldError(entry.getKey(), "is not a directory attribute; one of "
                        + Arrays.stream(Attribute.values()).map(AttributeOwnership::name).toList()));
            } else if (!knownOwner(c, entry.getValue())) {
                errors.add(new Refusal.FieldError(entry.getKey(), "owner must be 'scim' or 'hr:<id>' of one of your HR connections"));
            } else {
                owners.put(attribute.get(), entry.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return owners;
    }

    private boolean knownOwner(Connection c, String owner) throws SQLException {
        if (SCIM.equals(owner)) {
            return true;
        }
        if (owner == null || !owner.startsWith("hr:")) {
            return false;
        }
        try {
            UUID id = UUID.fromString(owner.substring(3));
            return owner.equals(HrConnections.source(id))
                    && connections.exists(c, id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    private static Optional<Attribute> attribute(String name) {
        if (name == null || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Attribute.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
