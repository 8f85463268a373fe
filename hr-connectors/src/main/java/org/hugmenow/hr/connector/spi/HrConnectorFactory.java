package org.hugmenow.hr.connector.spi;

import java.util.Map;
import java.util.Set;

/**
 * A plug-in for one kind of HR system, discovered through CDI by its {@link #id()}. Every factory
 * passes the shared connector contract test.
 */
public interface HrConnectorFactory {

    /** Stable id stored with a tenant's connector configuration, such as {@code bamboohr}. */
    String id();

    /** Names of the settings this connector needs (for example {@code baseUrl}, {@code apiKey}). */
    Set<String> requiredSettings();

    /** A connector for one tenant; settings hold decrypted credentials and must never be logged. */
    HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure;
}
