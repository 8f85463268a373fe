package org.hugmenow.hr.scim.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.resources.Email;
import org.apache.directory.scim.spec.resources.Name;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.apache.directory.scim.spec.resources.UserGroup;
import org.apache.directory.scim.spec.schema.Meta;
import org.hugmenow.hr.scim.persistence.PersonRecord;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;

/**
 * Between SCIM users and directory people. The client's own representation is kept, so
 * attributes we do not model come back as sent; the directory's columns win where they exist,
 * because an HR sync may have changed them since.
 */
final class ScimUsers {

    private final ObjectMapper json;

    ScimUsers(ObjectMapper json) {
        this.json = json;
    }

    ProvisionedPerson toWrite(ScimUser user, String managerId) {
        Name name = user.getName();
        EnterpriseExtension enterprise = user.getExtension(EnterpriseExtension.class);
        String given = name == null ? null : name.getGivenName();
        String family = name == null ? null : name.getFamilyName();
        return new ProvisionedPerson(user.getUserName().trim(), displayName(user, given, family), given, family,
                email(user).orElse(null), user.getExternalId(), user.getTitle(),
                enterprise == null ? null : enterprise.getEmployeeNumber(),
                enterprise == null ? null : enterprise.getDepartment(),
                enterprise == null ? null : enterprise.getCostCenter(),
                managerId, user.getActive() == null || user.getActive(), stored(user));
    }

    ScimUser toUser(PersonRecord p, String location) {
        ScimUser user = p.scimJson() == null ? new ScimUser() : read(p.scimJson());
        user.setId(p.id());
        user.setUserName(p.username());
        user.setExternalId(p.externalId());
        user.setActive(p.active());
        user.setPassword(null);
        if (user.getName() == null && (p.givenName() != null || p.familyName() != null)) {
            user.setName(new Name().setGivenName(p.givenName()).setFamilyName(p.familyName()));
        }
        if (user.getDisplayName() == null) {
            user.setDisplayName(p.name());
        }
        if (p.title() != null) {
            user.setTitle(p.title());
        }
        overlayEmail(user, p.email());
        overlayEnterprise(user, p);
        user.setGroups(p.teams().isEmpty() ? null : p.teams().stream()
                .map(t -> new UserGroup().setValue(t.id()).setDisplay(t.name()).setType(UserGroup.Type.DIRECT)).toList());
        user.setMeta(new Meta().setResourceType("User").setLocation(location + "/Users/" + p.id())
                .setCreated(utc(p.created())).setLastModified(utc(p.updated())).setVersion(Versions.etag(p.version())));
        return user;
    }

    private void overlayEnterprise(ScimUser user, PersonRecord p) {
        if (p.employeeNumber() == null && p.department() == null && p.costCenter() == null && p.managerId() == null
                && user.getExtension(EnterpriseExtension.class) == null) {
            return;
        }
        EnterpriseExtension enterprise = Optional.ofNullable(user.getExtension(EnterpriseExtension.class)).orElseGet(EnterpriseExtension::new);
        enterprise.setEmployeeNumber(p.employeeNumber()).setDepartment(p.department()).setCostCenter(p.costCenter());
        enterprise.setManager(p.managerId() == null ? null
                : new EnterpriseExtension.Manager().setValue(p.managerId()).setDisplayName(p.managerName()));
        user.addExtension(enterprise);
    }

    private static void overlayEmail(ScimUser user, String email) {
        if (email == null || email(user).filter(email::equalsIgnoreCase).isPresent()) {
            return;
        }
        List<Email> emails = new ArrayList<>(user.getEmails() == null ? List.of() : user.getEmails());
        emails.forEach(e -> e.setPrimary(false));
        emails.add(0, new Email().setValue(email).setType("work").setPrimary(true));
        user.setEmails(emails);
    }

    /** The primary email, else the work one, else the first. */
    static Optional<String> email(ScimUser user) {
        List<Email> emails = user.getEmails() == null ? List.of() : user.getEmails();
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.getPrimary())).findFirst()
                .or(() -> emails.stream().filter(e -> "work".equalsIgnoreCase(e.getType())).findFirst())
                .or(() -> emails.stream().findFirst())
                .map(Email::getValue);
    }

    private static String displayName(ScimUser user, String given, String family) {
        if (user.getDisplayName() != null && !user.getDisplayName().isBlank()) {
            return user.getDisplayName().trim();
        }
        if (user.getName() != null && user.getName().getFormatted() != null && !user.getName().getFormatted().isBlank()) {
            return user.getName().getFormatted().trim();
        }
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return joined.isEmpty() ? user.getUserName().trim() : joined;
    }

    /** Without id, meta, groups (read-only) and password (never stored; sign-in is the realm's). */
    private String stored(ScimUser user) {
        ScimUser copy = read(write(user));
        copy.setId(null);
        copy.setMeta(null);
        copy.setGroups(null);
        copy.setPassword(null);
        return write(copy);
    }

    private String write(ScimUser user) {
        try {
            return json.writeValueAsString(user);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SCIM user could not be written as JSON", e);
        }
    }

    private ScimUser read(String stored) {
        try {
            return json.readValue(stored, ScimUser.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored SCIM user could not be read", e);
        }
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
