package org.hugmenow.wellness.hug.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.application.ConnectionService;
import org.hugmenow.wellness.hug.domain.HugReport;
import org.hugmenow.wellness.hug.domain.HugType;
import org.hugmenow.wellness.hug.persistence.HugStore;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.wellness.shared.persistence.PeopleStore;

/** Hug types, blocks and mutes, and abuse reports for admins. */
@ApplicationScoped
public class HugSafetyService {

    private static final Pattern TYPE_KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Inject TenantData data;
    @Inject HugStore hugs;
    @Inject ConnectionService connections;

    public List<HugType> types(TenantSlug tenant) {
        List<HugType> all = new ArrayList<>(HugType.STANDARD);
        all.addAll(data.inConnection(tenant, hugs::tenantTypes));
        return all;
    }

    /**
     * Adds an organization's hug type; the key is 2 to 40 lowercase letters, digits or '-', the label
     * at most 60 characters and the meaning at most 300, every field problem reported at once.
     */
    public HugType addType(TenantSlug tenant, HugType type) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        if (type.key() == null || !TYPE_KEY.matcher(type.key()).matches()) {
            errors.add(new Refusal.FieldError("key", "must be 2 to 40 lowercase letters, digits or '-'"));
        }
        text(type.label(), "label", 60, errors);
        text(type.meaning(), "meaning", 300, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (HugType.isStandard(type.key()) || !data.inConnection(tenant, c -> hugs.addType(c, type))) {
            throw Refusal.conflict("A hug type '" + type.key() + "' already exists.");
        }
        return type;
    }

    private static void text(String value, String field, int max, List<Refusal.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Refusal.FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new Refusal.FieldError(field, "must be at most " + max + " characters"));
        }
    }

    public Map<String, String> blocks(TenantSlug tenant, String me) {
        return data.inConnection(tenant, c -> hugs.blocks(c, me));
    }

    /** {@code kind} is block (no hugs or connection either way) or mute (hugs arrive without notifications). */
    public void setBlock(TenantSlug tenant, String me, String other, String kind) {
        data.inConnection(tenant, c -> {
            if (other.equals(me)) {
                throw Refusal.invalid("personId", "you cannot block or mute yourself");
            }
            // Former colleagues (inactive) can still be blocked: their old hugs may still arrive.
            if (PeopleStore.names(c, List.of(other)).isEmpty()) {
                throw Refusal.notFound("There is no such colleague.");
            }
            hugs.setBlock(c, me, other, kind);
            if (kind.equals("block")) {
                // A block ends the connection too: nothing of my mood stays visible to them.
                connections.endBetween(c, me, other);
            }
            return null;
        });
    }

    public void removeBlock(TenantSlug tenant, String me, String other) {
        if (!data.inConnection(tenant, c -> hugs.removeBlock(c, me, other))) {
            throw Refusal.notFound("You have not blocked or muted this person.");
        }
    }

    public List<HugReport> reports(TenantSlug tenant) {
        return data.inConnection(tenant, hugs::reports);
    }
}
