package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is in a segment in one period: the period's active members ({@link PeriodMember}) whose
 * attributes match every attribute of the segment. Reporting lines are named by token
 * ({@link LineTokens}); {@code line} is the manager's direct reports, {@code line-all} everyone
 * whose chain of managers (as of the period) reaches them. Tenure is measured at the period's last day.
 */
public final class SegmentMembers {

    private final Map<String, PeriodMember> members = new HashMap<>();
    private final TeamTree teams;
    private final LineTokens lines;
    private final LocalDate lastDay;

    public SegmentMembers(List<PeriodMember> periodMembers, TeamTree teams, LineTokens lines, LocalDate lastDay) {
        periodMembers.forEach(m -> members.put(m.personId(), m));
        this.teams = teams;
        this.lines = lines;
        this.lastDay = lastDay;
    }

    public Set<String> all() {
        return Set.copyOf(members.keySet());
    }

    public Set<String> of(SegmentSpec segment) {
        return members.values().stream().filter(m -> segment.attributes().stream().allMatch(a -> matches(m, a)))
                .map(PeriodMember::personId).collect(Collectors.toUnmodifiableSet());
    }

    private boolean matches(PeriodMember m, Attribute a) {
        return switch (a.type()) {
            case TEAM -> m.teams().contains(a.teamId());
            case TEAM_TREE -> teams.withDescendants(a.teamId()).stream().anyMatch(m.teams()::contains);
            case DEPARTMENT -> a.value().equals(m.department());
            case LOCATION -> a.value().equals(m.location());
            case TENURE -> TenureBand.of(m.startDate(), lastDay).map(b -> b.id().equals(a.value())).orElse(false);
            case LINE -> lines.manager(a.value()).map(manager -> manager.equals(m.managerId())).orElse(false);
            case LINE_ALL -> lines.manager(a.value()).map(manager -> reportsTo(m, manager)).orElse(false);
        };
    }

    private boolean reportsTo(PeriodMember m, String manager) {
        Set<String> seen = new HashSet<>();
        String next = m.managerId();
        while (next != null && seen.add(next)) {
            if (next.equals(manager)) {
                return true;
            }
            PeriodMember up = members.get(next);
            next = up == null ? null : up.managerId();
        }
        return false;
    }
}
