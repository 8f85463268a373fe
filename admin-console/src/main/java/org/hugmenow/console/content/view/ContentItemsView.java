package org.hugmenow.console.content.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.content.application.ContentService;
import org.hugmenow.wellness.content.domain.ContentItem;

/**
 * HR admins' wellness catalogue: the global items and the organization's own, a form to add one
 * (the service's rules, the same as the API's) and removal of the organization's own items.
 */
@Named("contentItems")
@RequestScoped
public class ContentItemsView {

    @Inject ContentService content;
    @Inject SignedInUser user;

    private String kind;
    private String title;
    private String summary;
    private String body;
    private Integer minutes;

    public List<ContentItem> getItems() {
        user.require(Roles.HR_ADMIN);
        return content.catalogue(user.slug(), null);
    }

    public List<String> getKinds() {
        return ContentItem.KINDS;
    }

    public void add() {
        user.require(Roles.HR_ADMIN);
        try {
            ContentItem added = content.add(user.slug(), new ContentService.NewItem(kind, title, summary, body, minutes));
            Messages.info("content.added", added.title());
            kind = null;
            title = null;
            summary = null;
            body = null;
            minutes = null;
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void delete(String id) {
        user.require(Roles.HR_ADMIN);
        try {
            content.delete(user.slug(), UUID.fromString(id));
            Messages.info("content.deleted");
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.error("content.noSuchItem");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
