package org.hugmenow.console.people.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.audit.application.SecurityAudit;

/** IT admins' audit of security-relevant actions in their organization, newest first, a page at a time. */
@Named("audit")
@RequestScoped
public class AuditView {

    @Inject SecurityAudit audit;
    @Inject SignedInUser user;

    private int page;
    private SecurityAudit.Page result;

    public SecurityAudit.Page getResult() {
        user.require(Roles.IT_ADMIN);
        if (result == null) {
            result = audit.page(user.slug(), page);
        }
        return result;
    }

    public long getPages() {
        return Math.max(1, (getResult().total() + SecurityAudit.PAGE_SIZE - 1) / SecurityAudit.PAGE_SIZE);
    }

    public boolean isHasNext() {
        return page + 1 < getPages();
    }

    public void next() {
        page++;
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
