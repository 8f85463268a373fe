package org.hugmenow.console.people.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.scim.application.DirectoryListing;
import org.hugmenow.platform.security.Roles;

/**
 * IT admins' read-only directory: people with shown name, email, teams, department and whether
 * they are active, a page at a time and searchable; and the team tree (as HR's people page).
 */
@Named("directory")
@RequestScoped
public class DirectoryView {

    @Inject DirectoryListing listing;
    @Inject PeopleView teams;
    @Inject SignedInUser user;

    private String query = "";
    private int page;
    private DirectoryListing.Page result;

    public DirectoryListing.Page getResult() {
        user.require(Roles.IT_ADMIN);
        if (result == null) {
            result = listing.people(user.slug(), query, page);
        }
        return result;
    }

    public java.util.List<PeopleView.TeamNode> getTeams() {
        user.require(Roles.IT_ADMIN);
        return teams.tree();
    }

    public long getPages() {
        return Math.max(1, (getResult().total() + DirectoryListing.PAGE_SIZE - 1) / DirectoryListing.PAGE_SIZE);
    }

    public boolean isHasNext() {
        return page + 1 < getPages();
    }

    public void search() {
        page = 0;
        result = null;
    }

    public void next() {
        page++;
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = Objects.requireNonNullElse(query, "");
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
