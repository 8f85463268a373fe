package org.hugmenow.console.billing.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hugmenow.billing.subscription.application.Revenue;
import org.hugmenow.billing.subscription.domain.RevenueOverview;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;

/** The platform operator's revenue across tenants. */
@Named("revenue")
@RequestScoped
public class RevenueView {

    @Inject Revenue revenue;
    @Inject SignedInUser user;

    private RevenueOverview overview;

    public RevenueOverview getOverview() {
        user.require(Roles.PLATFORM_OPERATOR);
        if (overview == null) {
            overview = revenue.overview();
        }
        return overview;
    }
}
