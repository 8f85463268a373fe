package org.hugmenow.tenant.offboarding.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.postgresql.PGConnection;

/** Reads every table of a tenant's schema for its offboarding export. */
@ApplicationScoped
public class TenantExportStore {

    @Inject
    TenantData data;

    /**
     * Writes each table of the tenant's schema into {@code zip} as {@code tables/<table>.csv}, all
     * from one snapshot ({@link TenantData#inSnapshot}), so the export is consistent across tables.
     */
    public void writeTables(TenantSlug tenant, ZipOutputStream zip) throws IOException, SQLException {
        try {
            data.inSnapshot(tenant, connection -> writeTables(connection, tenant.schemaName(), zip));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (TenantData.TenantDataException e) {
            throw (SQLException) e.getCause();
        }
    }

    private static Void writeTables(Connection connection, String schema, ZipOutputStream zip) throws SQLException {
        List<String> tables = Sql.list(connection, "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename",
                row -> row.getString(1), schema);
        try {
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
                // Cells that a spreadsheet would run as formulas are neutralized (OWASP CSV injection).
                NeutralizedCsvCopy.copy(connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("COPY " + schema + "." + quote(table) + " TO STDOUT WITH (FORMAT csv, HEADER)"), zip);
                zip.closeEntry();
            }
            return null;
        } catch (IOException e) {
            // Carried out of the unit of work (which rolls back) and rethrown as itself above.
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
