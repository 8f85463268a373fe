package org.hugmenow.console.people.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Person;
import org.hugmenow.tenant.directory.domain.Team;

/**
 * HR admins' people and teams, read from the directory: a search by the name each person chose
 * to show (never the username, which would unmask a pseudonym), and the team tree with member
 * counts. Changes come from SCIM and HR connections, not from here.
 */
@Named("people")
@RequestScoped
public class PeopleView {

    static final int LIMIT = 50;

    @Inject Directory directory;
    @Inject SignedInUser user;

    private String query = "";
    /** Read once per request: the page refers to both several times. */
    private List<String> found;
    private List<TeamNode> tree;

    /** One team in the tree, with its depth below the root for indentation. */
    public record TeamNode(String name, int depth, int members) {
    }

    public List<String> getFound() {
        user.require(Roles.HR_ADMIN);
        if (found == null) {
            found = directory.search(user.slug(), query.strip(), LIMIT).stream().map(Person::shownName).toList();
        }
        return found;
    }

    public List<TeamNode> getTeams() {
        user.require(Roles.HR_ADMIN);
        if (tree == null) {
            tree = tree();
        }
        return tree;
    }

    /** The team tree, for HR's people page and IT's read-only directory. */
    List<TeamNode> tree() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
        List<Team> teams = directory.teams(user.slug());
        Map<UUID, List<Team>> children = teams.stream().filter(t -> t.parentId() != null)
                .collect(Collectors.groupingBy(Team::parentId));
        List<TeamNode> tree = new ArrayList<>();
        teams.stream().filter(t -> t.parentId() == null || teams.stream().noneMatch(p -> p.id().equals(t.parentId())))
                .sorted(Comparator.comparing(Team::name)).forEach(root -> add(root, 0, children, tree));
        return tree;
    }

    private static void add(Team team, int depth, Map<UUID, List<Team>> children, List<TeamNode> tree) {
        tree.add(new TeamNode(team.name(), depth, team.memberCount()));
        if (depth < 20) {
            children.getOrDefault(team.id(), List.of()).stream().sorted(Comparator.comparing(Team::name))
                    .forEach(child -> add(child, depth + 1, children, tree));
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = Objects.requireNonNullElse(query, "");
        found = null;
    }

    public int getLimit() {
        return LIMIT;
    }
}
