package org.hugmenow.hr.connector.spi;

import java.util.Map;
import java.util.Set;

/**
 * A connector factory for an HR system reached over HTTP: checks that every required setting is
 * there before the vendor builds its connector, and names the vendor in every failure.
 */
public abstract class HttpConnectorFactory implements HrConnectorFactory {

    private final String id;
    private final String vendor;
    private final Set<String> required;

    protected HttpConnectorFactory(String id, String vendor, Set<String> required) {
        this.id = id;
        this.vendor = vendor;
        this.required = Set.copyOf(required);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> requiredSettings() {
        return required;
    }

    @Override
    public final HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        Settings.require(vendor, settings, required);
        return connect(settings, http);
    }

    /** The connector for settings that hold every required setting. */
    protected abstract HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure;

    /** The vendor's name as failures and skipped records show it. */
    protected final String vendor() {
        return vendor;
    }

    /** The setting as an http(s) base URL without a trailing slash. */
    protected final String baseUrl(String value) throws ConnectorFailure {
        return Settings.baseUrl(vendor, value);
    }

    /** Accepts a base URL with the API version the vendor's documentation shows ("https://host/v1"). */
    protected static String withoutVersion(String baseUrl) {
        return baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - "/v1".length()) : baseUrl;
    }

    protected final ConnectorFailure misconfigured(String problem) {
        return new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED, vendor + " connector's " + problem);
    }
}
