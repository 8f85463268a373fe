package org.hugmenow.console.hrsync.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.sync.application.AttributeOwnership;
import org.hugmenow.hr.sync.application.ConflictLog;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.DirectoryConflict;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * Who owns each directory attribute (SCIM, one of the HR connections, or nobody, so any source
 * may write it) and the conflicting writes the owner rule turned away. The rules are the
 * application service's, so the API and this page agree.
 */
@Named("attributeOwners")
@RequestScoped
public class AttributeOwnersView {

    static final int CONFLICTS_SHOWN = 200;

    @Inject AttributeOwnership ownership;
    @Inject ConflictLog conflicts;
    @Inject HrConnections connections;
    @Inject SignedInUser user;

    private Map<String, String> owners;
    private List<OwnerChoice> choices;

    /** One owner choice: its stored value and what the page shows. */
    public record OwnerChoice(String value, String label) {
    }

    private void require() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
    }

    public List<String> getAttributes() {
        return Arrays.stream(Attribute.values()).map(AttributeOwnership::name).toList();
    }

    /** attribute name → owner ("" for nobody), bound to the form. */
    public Map<String, String> getOwners() {
        if (owners == null) {
            require();
            owners = new LinkedHashMap<>();
            getAttributes().forEach(a -> owners.put(a, ""));
            ownership.all(user.slug()).forEach((attribute, owner) -> owners.put(AttributeOwnership.name(attribute), owner));
        }
        return owners;
    }

    public List<OwnerChoice> getChoices() {
        if (choices != null) {
            return choices;
        }
        require();
        choices = new ArrayList<>();
        choices.add(new OwnerChoice("", Messages.text("attributeOwners.nobody")));
        choices.add(new OwnerChoice(AttributeOwnership.SCIM, "SCIM"));
        for (HrConnection c : connections.list(user.slug())) {
            choices.add(new OwnerChoice(HrConnections.source(c.id()), c.label()));
        }
        return choices;
    }

    public void save() {
        require();
        Map<String, String> requested = new LinkedHashMap<>();
        getOwners().forEach((attribute, owner) -> {
            if (owner != null && !owner.isBlank()) {
                requested.put(attribute, owner);
            }
        });
        try {
            ownership.replace(user.slug(), requested);
            Messages.info("attributeOwners.saved");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public List<DirectoryConflict> getConflicts() {
        require();
        return conflicts.list(user.slug(), CONFLICTS_SHOWN);
    }

    /** The owner as people read it: a connection's label rather than its id. */
    public String ownerLabel(String owner) {
        return getChoices().stream().filter(c -> c.value().equals(owner)).map(OwnerChoice::label).findFirst().orElse(owner);
    }
}
