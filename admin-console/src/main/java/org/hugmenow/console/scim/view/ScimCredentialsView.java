package org.hugmenow.console.scim.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.scim.credential.ScimCredentialResource.CredentialView;
import org.hugmenow.hr.scim.credential.ScimCredentialResource.IssuedView;
import org.hugmenow.hr.scim.credential.ScimCredentials;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * IT admins' SCIM credentials: issue a bearer token or a Basic client, rotate, revoke, and see
 * when each was last used. Calls the same service as {@code /api/v1/admin/scim-tokens}, for the
 * signed-in person's own tenant. A secret is shown once, right after it was made, and dropped
 * from the page as soon as the admin confirms they have copied it.
 */
@Named("scimCredentials")
@ViewScoped
public class ScimCredentialsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LABEL = 100;

    @Inject ScimCredentials credentials;
    @Inject SignedInUser user;

    private String label = "";
    private String kind = "token";
    private IssuedView issued;

    public List<CredentialView> getItems() {
        user.require(Roles.IT_ADMIN);
        return credentials.list(user.slug()).stream().map(CredentialView::of).toList();
    }

    public void create() {
        user.require(Roles.IT_ADMIN);
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LABEL) {
            Messages.error("scim.labelInvalid", MAX_LABEL);
            return;
        }
        ScimCredentials.Issued fresh = "basic".equals(kind) ? credentials.issueBasic(user.slug(), trimmed, user.getUsername())
                : credentials.issueToken(user.slug(), trimmed, user.getUsername());
        issued = IssuedView.of(fresh);
        label = "";
        Messages.info("scim.created", trimmed);
    }

    public void rotate(UUID id) {
        user.require(Roles.IT_ADMIN);
        try {
            issued = IssuedView.of(credentials.rotate(user.slug(), id, user.getUsername())
                    .orElseThrow(() -> Refusal.notFound("There is no such active SCIM credential in your tenant.")));
            Messages.info("scim.rotated", issued.label());
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void revoke(UUID id) {
        user.require(Roles.IT_ADMIN);
        if (credentials.revoke(user.slug(), id, user.getUsername())) {
            Messages.info("scim.revoked");
        } else {
            Messages.refused(Refusal.notFound("There is no such SCIM credential in your tenant."));
        }
    }

    /** The admin has copied the secret: it leaves the page for good. */
    public void forgetSecret() {
        issued = null;
    }

    public IssuedView getIssued() {
        return issued;
    }

    /** The one secret value to copy: the token, or the client secret of a Basic client. */
    public String getSecret() {
        return issued == null ? null : issued.token() != null ? issued.token() : issued.clientSecret();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = "basic".equals(kind) ? "basic" : "token";
    }

    public int getMaxLabel() {
        return MAX_LABEL;
    }
}
