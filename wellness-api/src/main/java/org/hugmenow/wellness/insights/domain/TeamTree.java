package org.hugmenow.wellness.insights.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The tenant's teams as the insights copy knows them (removed ones included: past periods need them). */
public final class TeamTree {

    public record Team(UUID id, UUID parentId, String name) {
    }

    private final Map<UUID, Team> teams = new HashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    public TeamTree(List<Team> all) {
        all.forEach(t -> teams.put(t.id(), t));
        for (Team t : all) {
            if (t.parentId() != null && teams.containsKey(t.parentId())) {
                children.computeIfAbsent(t.parentId(), p -> new java.util.ArrayList<>()).add(t.id());
            }
        }
    }

    public boolean exists(UUID team) {
        return teams.containsKey(team);
    }

    public Optional<String> name(UUID team) {
        return Optional.ofNullable(teams.get(team)).map(Team::name);
    }

    public List<UUID> children(UUID team) {
        return children.getOrDefault(team, List.of());
    }

    /** The team and all its descendants (a cycle in the copy ends the walk rather than looping). */
    public Set<UUID> withDescendants(UUID team) {
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(team));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (found.add(next)) {
                todo.addAll(children(next));
            }
        }
        return found;
    }

    public Set<UUID> withDescendants(Set<UUID> roots) {
        Set<UUID> all = new HashSet<>();
        roots.forEach(r -> all.addAll(withDescendants(r)));
        return all;
    }

    /** Teams without a known parent: where a default view starts. */
    public List<UUID> roots() {
        return teams.values().stream().filter(t -> t.parentId() == null || !teams.containsKey(t.parentId()))
                .map(Team::id).sorted().toList();
    }
}
