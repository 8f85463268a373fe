package org.hugmenow.e2e;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assembled WAR on its own Payara Micro, with the API client, the shared stack and tenant
 * helpers; a subclass declares the deployment (most use {@link DeployedAppIT}'s plain one).
 */
@ExtendWith(ArquillianExtension.class)
abstract class AppIT {

    @ArquillianResource
    URL deployed;

    protected Api api;
    protected TestStack stack;
    protected Tenants tenants;

    @BeforeEach
    void connect() {
        api = new Api(deployed);
        stack = TestStack.get();
        tenants = new Tenants(api, stack);
    }
}
