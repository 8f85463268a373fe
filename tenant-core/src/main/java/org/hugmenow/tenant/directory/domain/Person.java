package org.hugmenow.tenant.directory.domain;

/** A person in the tenant directory; {@code id} is their identity-provider subject. */
public record Person(String id, String username, String name, String displayName, boolean active) {

    /** What colleagues see: the name the person chose, else the directory name. */
    public String shownName() {
        return displayName != null && !displayName.isBlank() ? displayName : name;
    }
}
