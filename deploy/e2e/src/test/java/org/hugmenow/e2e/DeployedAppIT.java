package org.hugmenow.e2e;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The assembled WAR deployed to its own Payara Micro, against the shared PostgreSQL and Keycloak. */
abstract class DeployedAppIT extends AppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestStack.get().deployment();
    }
}
