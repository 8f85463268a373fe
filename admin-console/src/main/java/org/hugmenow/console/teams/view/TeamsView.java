package org.hugmenow.console.teams.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Person;
import org.hugmenow.tenant.directory.domain.Team;

/**
 * HR admins shape teams by hand: create a team (inside another or at the top), and add people to
 * a team or take them out. Through the directory port, as the REST API does, so a change reaches
 * insights and SCIM like any other. People are found and shown by the name they chose to show.
 * View-scoped: the chosen team must hold while a row's button is decoded on the next post.
 */
@Named("teams")
@ViewScoped
public class TeamsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int NAME_LIMIT = 200;
    static final int FOUND_LIMIT = 20;

    @Inject Directory directory;
    @Inject SignedInUser user;

    private String name;
    private String parentId;
    private String teamId;
    private String query = "";

    /** A team as a choice, its name with its path so equal names stay apart. */
    public record TeamChoice(String id, String label) {
    }

    /** A person as HR sees them here: an opaque id for the buttons and the name they show. */
    public record PersonRow(String id, String shownName) {
    }

    public List<TeamChoice> getChoices() {
        user.require(Roles.HR_ADMIN);
        List<Team> teams = directory.teams(user.slug());
        Map<UUID, Team> byId = teams.stream().collect(Collectors.toMap(Team::id, t -> t));
        return teams.stream().map(t -> new TeamChoice(t.id().toString(), path(t, byId)))
                .sorted(Comparator.comparing(TeamChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public void create() {
        user.require(Roles.HR_ADMIN);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LIMIT) {
            Messages.error("teams.nameInvalid", NAME_LIMIT);
            return;
        }
        Optional<UUID> parent = uuid(parentId);
        if (parentId != null && !parentId.isBlank() && (parent.isEmpty() || directory.team(user.slug(), parent.get()).isEmpty())) {
            Messages.error("teams.noSuchTeam");
            return;
        }
        Team created = directory.createTeam(user.slug(), trimmed, parent.orElse(null));
        teamId = created.id().toString();
        name = null;
        Messages.info("teams.created", created.name());
    }

    /** The chosen team's members, by shown name. */
    public List<PersonRow> getMembers() {
        user.require(Roles.HR_ADMIN);
        return chosen().map(team -> directory.members(user.slug(), team.id()).stream()
                .map(id -> directory.person(user.slug(), id)).flatMap(Optional::stream).map(TeamsView::row)
                .sorted(Comparator.comparing(PersonRow::shownName, String.CASE_INSENSITIVE_ORDER)).toList()).orElse(List.of());
    }

    /** People matching the search, to add to the chosen team. */
    public List<PersonRow> getFound() {
        user.require(Roles.HR_ADMIN);
        if (query.isBlank() || chosen().isEmpty()) {
            return List.of();
        }
        return directory.search(user.slug(), query.strip(), FOUND_LIMIT).stream().filter(Person::active).map(TeamsView::row).toList();
    }

    public void add(String personId) {
        user.require(Roles.HR_ADMIN);
        Optional<Team> team = chosen();
        if (team.isEmpty() || !directory.addMember(user.slug(), team.get().id(), personId)) {
            Messages.error("teams.noSuchTeam");
            return;
        }
        Messages.info("teams.added", shownName(personId), team.get().name());
    }

    public void remove(String personId) {
        user.require(Roles.HR_ADMIN);
        Optional<Team> team = chosen();
        if (team.isEmpty() || !directory.removeMember(user.slug(), team.get().id(), personId)) {
            Messages.error("teams.notAMember");
            return;
        }
        Messages.info("teams.removed", shownName(personId), team.get().name());
    }

    public boolean isTeamChosen() {
        return chosen().isPresent();
    }

    private Optional<Team> chosen() {
        return uuid(teamId).flatMap(id -> directory.team(user.slug(), id));
    }

    private String shownName(String personId) {
        return directory.person(user.slug(), personId).map(Person::shownName).orElse("");
    }

    private static String path(Team team, Map<UUID, Team> byId) {
        List<String> names = new ArrayList<>();
        Team at = team;
        while (at != null && names.size() < 20) {
            names.add(0, at.name());
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return String.join(" › ", names);
    }

    private static PersonRow row(Person p) {
        return new PersonRow(p.id(), p.shownName());
    }

    /** A form value that is not a UUID names no team (never an error page). */
    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = Objects.requireNonNullElse(query, "");
    }
}
