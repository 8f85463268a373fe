package org.hugmenow.e2e;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assembled WAR deployed to its own Payara Micro, against the shared PostgreSQL and Keycloak. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedAppIT {

    @ArquillianResource
    URL deployed;

    protected Api api;
    protected TestStack stack;
    protected Tenants tenants;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestStack.get().deployment();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployed);
        stack = TestStack.get();
        tenants = new Tenants(api, stack);
    }
}
