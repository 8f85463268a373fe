package org.hugmenow.console.layout.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hugmenow.console.shared.ConsoleConfig;

/** Addresses pages link to that come from configuration. */
@Named("consoleLinks")
@ApplicationScoped
public class ConsoleLinks {

    @Inject
    ConsoleConfig config;

    /** The employee web app, or null when this installation has none (people use the mobile app). */
    public String getEmployeeApp() {
        return config.employeeAppUrl().orElse(null);
    }
}
