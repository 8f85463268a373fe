package org.hugmenow.console.layout.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hugmenow.console.shared.ConsoleConfig;

/** Addresses pages link to that come from configuration. */
@Named("consoleLinks")
@ApplicationScoped
public class ConsoleLinks {

    @Inject
    ConsoleConfig config;

    /** The employee web app: the configured address, else the one this application serves at /app/. */
    public String getEmployeeApp() {
        return config.employeeAppUrl()
                .orElseGet(() -> FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/app/");
    }
}
