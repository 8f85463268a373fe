package org.hugmenow.hr.connector.spi;

/**
 * The connector that reads a file uploaded for each run instead of calling an HR system (CSV,
 * for every HR system without a connector of its own). The file is used for that run only and
 * never stored with the connection.
 */
public final class Uploads {

    /** The id of the connector that takes uploads. */
    public static final String CONNECTOR = "csv";
    /** The setting a run's uploaded file arrives in. */
    public static final String CONTENT = "content";

    private Uploads() {
    }

    public static boolean takesUploads(String connectorId) {
        return CONNECTOR.equals(connectorId);
    }
}
