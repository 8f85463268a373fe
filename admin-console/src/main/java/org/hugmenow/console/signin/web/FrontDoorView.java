package org.hugmenow.console.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.HomeRealmDiscovery;

/**
 * The console's front door: a work e-mail or the organization's slug leads to the organization's
 * sign-in page (home-realm discovery). What was typed is not put in any URL.
 */
@Named("frontDoor")
@RequestScoped
public class FrontDoorView {

    @Inject HomeRealmDiscovery discovery;

    private String who;

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public void go() throws IOException {
        Optional<String> slug = discovery.tenantFor(who);
        if (slug.isEmpty()) {
            Messages.error("frontDoor.notFound");
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        // A domain routed to a company provider goes straight to it (kc_idp_hint); the hint is only a shortcut.
        String hint = discovery.providerHintFor(who).map(alias -> "?idp=" + URLEncoder.encode(alias, StandardCharsets.UTF_8)).orElse("");
        context.redirect(context.getRequestContextPath() + "/console/t/" + URLEncoder.encode(slug.get(), StandardCharsets.UTF_8) + "/" + hint);
    }

    /** The reason the person is back at the front door, as a bundle key; null when there is none. */
    public String getNotice() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (query.containsKey("unknown")) {
            return "frontDoor.unknown";
        }
        if (query.containsKey("failed")) {
            return "frontDoor.failed";
        }
        if (query.containsKey("unavailable")) {
            return "frontDoor.unavailable";
        }
        String ended = query.get("ended");
        if (ended != null && ended.matches("[a-z_]{1,30}")) {
            return "frontDoor.ended." + ended;
        }
        return null;
    }
}
