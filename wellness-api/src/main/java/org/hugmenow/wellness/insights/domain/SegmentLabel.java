package org.hugmenow.wellness.insights.domain;

import java.util.stream.Collectors;

/** A readable name for a segment: team names, departments, locations; never a person (a reporting line is just that). */
public final class SegmentLabel {

    private SegmentLabel() {
    }

    public static String of(SegmentSpec segment, TeamTree teams) {
        if (segment.isTenant()) {
            return "Whole organization";
        }
        return segment.attributes().stream().map(a -> of(a, teams)).collect(Collectors.joining(" × "));
    }

    private static String of(Attribute a, TeamTree teams) {
        return switch (a.type()) {
            case TEAM -> "Team " + teams.name(a.teamId()).orElse("(unknown)");
            case TEAM_TREE -> "Team " + teams.name(a.teamId()).orElse("(unknown)") + " and sub-teams";
            case DEPARTMENT -> "Department " + a.value();
            case LOCATION -> "Location " + a.value();
            case LINE -> "Reporting line (direct)";
            case LINE_ALL -> "Reporting line (all levels)";
            case TENURE -> "Tenure " + a.value();
        };
    }
}
