package org.hugmenow.wellness.insights.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Relation}s among the segments of one response, for complementary suppression:
 * <ul>
 * <li>a segment and the asked segments that narrow it by one more attribute, one relation per kind
 * of attribute (the tenant and its departments; a department and its department × location cells;
 * a location and the same cells, so a cross-tab is protected in rows and columns);</li>
 * <li>a team with its sub-teams and what splits it: the team alone and each child team with its
 * sub-teams (under the same further filters);</li>
 * <li>a reporting line at all levels and the direct one.</li>
 * </ul>
 * Children that were not asked are named too; the engine counts them in the parent's implicit rest.
 */
public final class SegmentRelations {

    private SegmentRelations() {
    }

    public static List<Relation> of(List<SegmentSpec> asked, TeamTree teams) {
        Set<SegmentSpec> segments = new LinkedHashSet<>(asked);
        List<Relation> relations = new ArrayList<>();
        for (SegmentSpec parent : segments) {
            Map<String, List<SegmentId>> byKind = new LinkedHashMap<>();
            for (SegmentSpec child : segments) {
                narrowingAttribute(parent, child).ifPresent(a ->
                        byKind.computeIfAbsent(a.type().group(), g -> new ArrayList<>()).add(child.segmentId()));
            }
            byKind.values().forEach(children -> relations.add(new Relation(parent.segmentId(), children)));
            for (Attribute a : parent.attributes()) {
                structural(parent, a, teams).ifPresent(relations::add);
            }
        }
        return relations;
    }

    private static java.util.Optional<Attribute> narrowingAttribute(SegmentSpec parent, SegmentSpec child) {
        if (child.attributes().size() != parent.attributes().size() + 1 || !child.attributes().containsAll(parent.attributes())) {
            return java.util.Optional.empty();
        }
        return child.attributes().stream().filter(a -> !parent.attributes().contains(a)).findFirst();
    }

    private static java.util.Optional<Relation> structural(SegmentSpec parent, Attribute a, TeamTree teams) {
        SegmentSpec rest = parent.without(a);
        List<SegmentId> children = new ArrayList<>();
        if (a.type() == AttributeType.TEAM_TREE) {
            children.add(rest.and(Attribute.team(a.teamId())).segmentId());
            teams.children(a.teamId()).forEach(child -> children.add(rest.and(Attribute.teamTree(child)).segmentId()));
        } else if (a.type() == AttributeType.LINE_ALL) {
            children.add(rest.and(new Attribute(AttributeType.LINE, a.value())).segmentId());
        }
        return children.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Relation(parent.segmentId(), children));
    }
}
