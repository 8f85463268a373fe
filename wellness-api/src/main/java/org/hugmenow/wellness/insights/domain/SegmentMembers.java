package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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
    private final Map<UUID, List<PeriodMember>> byTeam = new HashMap<>();
    private final Map<String, List<PeriodMember>> byDepartment = new HashMap<>();
    private final Map<String, List<PeriodMember>> byLocation = new HashMap<>();
    static final int REMEMBERED = 1_000;
    private final Map<SegmentSpec, Set<String>> found = new ConcurrentHashMap<>();

    public SegmentMembers(List<PeriodMember> periodMembers, TeamTree teams, LineTokens lines, LocalDate lastDay) {
        periodMembers.forEach(m -> {
            members.put(m.personId(), m);
            m.teams().forEach(t -> byTeam.computeIfAbsent(t, x -> new ArrayList<>()).add(m));
            byDepartment.computeIfAbsent(String.valueOf(m.department()), x -> new ArrayList<>()).add(m);
            byLocation.computeIfAbsent(String.valueOf(m.location()), x -> new ArrayList<>()).add(m);
        });
        this.teams = teams;
        this.lines = lines;
        this.lastDay = lastDay;
    }

    public Set<String> all() {
        return Set.copyOf(members.keySet());
    }

    /**
     * Remembered per segment: a response asks for the same segment once per metric, and a period kept
     * between requests is asked again and again (up to {@value #REMEMBERED} segments, then afresh).
     */
    public Set<String> of(SegmentSpec segment) {
        if (found.size() >= REMEMBERED && !found.containsKey(segment)) {
            found.clear();
        }
        return found.computeIfAbsent(segment, s -> {
            List<Predicate<PeriodMember>> tests = s.attributes().stream().map(this::matcher).toList();
            return candidates(s).stream().filter(m -> tests.stream().allMatch(t -> t.test(m)))
                    .map(PeriodMember::personId).collect(Collectors.toUnmodifiableSet());
        });
    }

    /** Everyone the segment's first indexed attribute admits (a superset of the segment; the matchers decide). */
    private Collection<PeriodMember> candidates(SegmentSpec segment) {
        for (Attribute a : segment.attributes()) {
            switch (a.type()) {
                case TEAM:
                    return byTeam.getOrDefault(a.teamId(), List.of());
                case TEAM_TREE:
                    Map<String, PeriodMember> inTree = new HashMap<>();
                    teams.withDescendants(a.teamId()).forEach(t -> byTeam.getOrDefault(t, List.of()).forEach(m -> inTree.put(m.personId(), m)));
                    return inTree.values();
                case DEPARTMENT:
                    return byDepartment.getOrDefault(a.value(), List.of());
                case LOCATION:
                    return byLocation.getOrDefault(a.value(), List.of());
                default:
                    break;
            }
        }
        return members.values();
    }

    /** Whether {@code people} is a set this remembers (by identity): only such sets are worth remembering more about. */
    boolean remembers(Set<String> people) {
        return found.values().stream().anyMatch(known -> known == people);
    }

    /** What an attribute asks of a member, with the team tree and the manager chain walked once per attribute. */
    private Predicate<PeriodMember> matcher(Attribute a) {
        return switch (a.type()) {
            case TEAM -> m -> m.teams().contains(a.teamId());
            case TEAM_TREE -> {
                Set<UUID> tree = teams.withDescendants(a.teamId());
                yield m -> m.teams().stream().anyMatch(tree::contains);
            }
            case DEPARTMENT -> m -> a.value().equals(m.department());
            case LOCATION -> m -> a.value().equals(m.location());
            case TENURE -> m -> TenureBand.of(m.startDate(), lastDay).map(b -> b.id().equals(a.value())).orElse(false);
            case LINE -> {
                String manager = lines.manager(a.value()).orElse(null);
                yield m -> manager != null && manager.equals(m.managerId());
            }
            case LINE_ALL -> {
                Set<String> line = lines.manager(a.value()).map(this::everyoneBelow).orElse(Set.of());
                yield m -> line.contains(m.personId());
            }
        };
    }

    /** Everyone whose chain of managers reaches {@code manager} (a cycle ends the walk). */
    private Set<String> everyoneBelow(String manager) {
        Map<String, List<String>> reports = new HashMap<>();
        members.values().forEach(m -> {
            if (m.managerId() != null) {
                reports.computeIfAbsent(m.managerId(), x -> new ArrayList<>()).add(m.personId());
            }
        });
        Set<String> below = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(reports.getOrDefault(manager, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (below.add(next)) {
                todo.addAll(reports.getOrDefault(next, List.of()));
            }
        }
        return below;
    }
}
