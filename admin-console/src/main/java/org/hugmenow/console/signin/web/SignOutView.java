package org.hugmenow.console.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hugmenow.console.signin.application.ConsoleSessions;

/**
 * Sign-out, as a Faces action (so it carries the view state like every other change): the server
 * forgets the session, the identity provider's session ends over the back channel (RP-initiated
 * logout without any token in a browser URL), and the container session goes too.
 */
@Named("signOut")
@RequestScoped
public class SignOutView {

    @Inject ConsoleSessions sessions;

    public void signOut() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        HttpServletResponse response = (HttpServletResponse) context.getResponse();
        ConsoleCookies.read(request, ConsoleCookies.SESSION).ifPresent(sessions::end);
        ConsoleCookies.clear(request, response, ConsoleCookies.SESSION);
        context.invalidateSession();
        context.redirect(request.getContextPath() + "/console/signed-out.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
