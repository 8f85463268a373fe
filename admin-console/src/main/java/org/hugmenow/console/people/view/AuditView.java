package org.hugmenow.console.people.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hugmenow.console.shared.PagedView;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.audit.application.SecurityAudit;

/** IT admins' audit of security-relevant actions in their organization, newest first, a page at a time. */
@Named("audit")
@RequestScoped
public class AuditView extends PagedView<SecurityAudit.Page> {

    @Inject SecurityAudit audit;
    @Inject SignedInUser user;

    @Override
    protected SecurityAudit.Page read(int page) {
        user.require(Roles.IT_ADMIN);
        return audit.page(user.slug(), page);
    }

    @Override
    protected long total(SecurityAudit.Page result) {
        return result.total();
    }

    @Override
    protected int pageSize() {
        return SecurityAudit.PAGE_SIZE;
    }
}
