package org.hugmenow.tenant.offboarding;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * Writes everything a tenant owns into one zip: its registry record, every table of its schema
 * as CSV (PostgreSQL COPY, formula-like cells neutralized), and its realm's users. Written to a temporary name and moved into
 * place, so a crash never leaves a zip that looks complete. The tables are read through
 * {@link TenantData#inSnapshot}, so the export is consistent across tables.
 */
public final class TenantExporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public Path export(Tenant tenant, TenantData data, List<JsonObject> users, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path target = folder.resolve(tenant.slug() + "-" + STAMP.format(Instant.now()) + ".zip");
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            writeEntry(zip, "tenant.json", tenantJson(tenant).getBytes(StandardCharsets.UTF_8));
            data.inSnapshot(tenant.slug(), connection -> writeTables(connection, tenant, zip));
            JsonArrayBuilder array = Jsons.array();
            users.forEach(array::add);
            writeEntry(zip, "identity/users.json", array.build().toString().getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (TenantData.TenantDataException e) {
            throw (SQLException) e.getCause();
        }
        return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Void writeTables(Connection connection, Tenant tenant, ZipOutputStream zip) throws SQLException {
        try {
            for (String table : tables(connection, tenant.slug().schemaName())) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
                // Cells that a spreadsheet would run as formulas are neutralized (OWASP CSV injection).
                NeutralizedCsvCopy.copy(connection,
                        "COPY " + tenant.slug().schemaName() + "." + quote(table) + " TO STDOUT WITH (FORMAT csv, HEADER)", zip);
                zip.closeEntry();
            }
            return null;
        } catch (IOException e) {
            // Carried out of the unit of work (which rolls back) and rethrown as itself by export.
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename")) {
            s.setString(1, schema);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static String tenantJson(Tenant tenant) {
        return Jsons.object()
                .add("id", tenant.id().toString())
                .add("slug", tenant.slug().value())
                .add("name", tenant.name())
                .add("plan", tenant.plan())
                .add("realm", tenant.identityHome().realm())
                .add("issuer", tenant.identityHome().issuer())
                .add("createdAt", tenant.createdAt().toString())
                .add("exportedAt", Instant.now().toString())
                .build().toString();
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
