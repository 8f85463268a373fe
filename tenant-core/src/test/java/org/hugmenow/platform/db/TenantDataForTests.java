package org.hugmenow.platform.db;

/**
 * Opens {@link TenantData} outside CDI for this module's integration tests (its constructor for
 * tests is package-private): JDBC units only, on pools the test opens and closes.
 */
public final class TenantDataForTests {

    private TenantDataForTests() {
    }

    public static TenantData over(ConnectionPools pools) {
        return new TenantData(new PlatformDatabase(pools), null);
    }
}
