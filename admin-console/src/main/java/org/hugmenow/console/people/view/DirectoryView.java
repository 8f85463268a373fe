package org.hugmenow.console.people.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.hugmenow.console.shared.PagedView;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.scim.application.DirectoryListing;
import org.hugmenow.platform.security.Roles;

/**
 * IT admins' read-only directory: people with shown name, email, teams, department and whether
 * they are active, a page at a time and searchable; and the team tree (as HR's people page).
 */
@Named("directory")
@RequestScoped
public class DirectoryView extends PagedView<DirectoryListing.Page> {

    @Inject DirectoryListing listing;
    @Inject PeopleView teams;
    @Inject SignedInUser user;

    private String query = "";

    @Override
    protected DirectoryListing.Page read(int page) {
        user.require(Roles.IT_ADMIN);
        return listing.people(user.slug(), query, page);
    }

    @Override
    protected long total(DirectoryListing.Page result) {
        return result.total();
    }

    @Override
    protected int pageSize() {
        return DirectoryListing.PAGE_SIZE;
    }

    public java.util.List<PeopleView.TeamNode> getTeams() {
        user.require(Roles.IT_ADMIN);
        return teams.tree();
    }

    public void search() {
        firstPage();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = Objects.requireNonNullElse(query, "");
    }
}
