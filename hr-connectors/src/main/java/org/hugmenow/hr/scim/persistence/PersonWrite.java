package org.hugmenow.hr.scim.persistence;

import java.util.List;
import org.hugmenow.hr.sync.domain.Attribute;

/** The directory columns one SCIM write sets; {@code scimJson} keeps what the client sent. */
public record PersonWrite(String username, String name, String givenName, String familyName, String email,
                          String externalId, String title, String employeeNumber, String department, String costCenter,
                          String managerId, boolean active, String scimJson) {

    /** The attributes SCIM writes that a tenant can give to another source. */
    public static final List<Attribute> GUARDED = List.of(Attribute.EMAIL, Attribute.FIRST_NAME, Attribute.LAST_NAME,
            Attribute.ACTIVE, Attribute.MANAGER, Attribute.DEPARTMENT, Attribute.COST_CENTER);

    public static PersonWrite of(PersonRecord p) {
        return new PersonWrite(p.username(), p.name(), p.givenName(), p.familyName(), p.email(), p.externalId(), p.title(),
                p.employeeNumber(), p.department(), p.costCenter(), p.managerId(), p.active(), p.scimJson());
    }

    public Object value(Attribute attribute) {
        return switch (attribute) {
            case EMAIL -> email;
            case FIRST_NAME -> givenName;
            case LAST_NAME -> familyName;
            case ACTIVE -> active;
            case MANAGER -> managerId;
            case DEPARTMENT -> department;
            case COST_CENTER -> costCenter;
            default -> throw new IllegalArgumentException(attribute + " is not written through SCIM");
        };
    }

    /** This write, with one attribute left as the directory holds it. */
    public PersonWrite keeping(Attribute attribute, PersonRecord current) {
        PersonWrite c = of(current);
        return new PersonWrite(username, name,
                attribute == Attribute.FIRST_NAME ? c.givenName : givenName,
                attribute == Attribute.LAST_NAME ? c.familyName : familyName,
                attribute == Attribute.EMAIL ? c.email : email,
                externalId, title, employeeNumber,
                attribute == Attribute.DEPARTMENT ? c.department : department,
                attribute == Attribute.COST_CENTER ? c.costCenter : costCenter,
                attribute == Attribute.MANAGER ? c.managerId : managerId,
                attribute == Attribute.ACTIVE ? c.active : active, scimJson);
    }
}
