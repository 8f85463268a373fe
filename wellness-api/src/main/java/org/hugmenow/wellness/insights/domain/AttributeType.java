package org.hugmenow.wellness.insights.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a segment attribute filters on, in the fixed order of canonical segment ids. Types of one
 * {@link #group()} exclude each other in one segment (a team alone and a team with its sub-teams;
 * a direct and an all-levels reporting line), and so does any type with itself.
 */
public enum AttributeType {
    TEAM("team", "team"),
    TEAM_TREE("team-tree", "team"),
    DEPARTMENT("dept", "dept"),
    LOCATION("loc", "loc"),
    LINE("line", "line"),
    LINE_ALL("line-all", "line"),
    TENURE("tenure", "tenure");

    private final String id;
    private final String group;

    AttributeType(String id, String group) {
        this.id = id;
        this.group = group;
    }

    public String id() {
        return id;
    }

    public String group() {
        return group;
    }

    public static Optional<AttributeType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
