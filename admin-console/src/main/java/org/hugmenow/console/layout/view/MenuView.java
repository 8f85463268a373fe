package org.hugmenow.console.layout.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.hugmenow.console.shared.ConsolePage;
import org.hugmenow.console.signin.application.SignedInUser;

/**
 * The menu, computed on the server from the person's roles and the same page list the gate
 * enforces. It is a convenience; the gate and every action check again.
 */
@Named("menu")
@RequestScoped
public class MenuView {

    @Inject SignedInUser user;

    public record Item(String labelKey, String path, boolean current) {
    }

    public List<Item> getItems() {
        if (!user.isSignedIn()) {
            return List.of();
        }
        String current = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return Arrays.stream(ConsolePage.values()).filter(p -> p.inMenu() && p.admits(user.roles()))
                .map(p -> new Item(p.labelKey(), p.path(), p.path().equals(current))).toList();
    }

    /** People without a console role see the friendly employee page instead of an empty console. */
    public boolean isEmployeeOnly() {
        return user.isSignedIn() && user.roles().stream().noneMatch(ConsolePage.CONSOLE_ROLES::contains);
    }
}
