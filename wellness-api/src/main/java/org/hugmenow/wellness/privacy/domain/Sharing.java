package org.hugmenow.wellness.privacy.domain;

/** How much of my mood a connection may see. Notes are never shared, at any level. */
public enum Sharing {
    NONE, SUMMARY, FULL;

    public static Sharing parse(String value) {
        for (Sharing s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        return null;
    }

    public String json() {
        return name().toLowerCase();
    }
}
