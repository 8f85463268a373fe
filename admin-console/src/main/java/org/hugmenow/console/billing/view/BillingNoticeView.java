package org.hugmenow.console.billing.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hugmenow.billing.subscription.application.BillingService;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;

/** Dunning notices on the console's overview for the people who can act on them: finance and hr-admins. */
@Named("billingNotice")
@RequestScoped
public class BillingNoticeView {

    @Inject BillingService billing;
    @Inject SignedInUser user;

    private List<String> notices;

    public List<String> getNotices() {
        if (notices == null) {
            boolean concerned = user.isSignedIn() && !user.isPlatformOperator() && (user.has(Roles.FINANCE) || user.has(Roles.HR_ADMIN));
            notices = concerned ? billing.urgentNotices(user.tenant()) : List.of();
        }
        return notices;
    }
}
