package org.hugmenow.tenant.offboarding;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.tenant.offboarding.persistence.TenantExportStore;

/**
 * Writes everything a tenant owns into one zip: its registry record, every table of its schema
 * as CSV (PostgreSQL COPY, formula-like cells neutralized), and its realm's users. Written to a temporary name and moved into
 * place, so a crash never leaves a zip that looks complete.
 */
public final class TenantExporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public Path export(Tenant tenant, TenantExportStore store, List<JsonObject> users, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path target = folder.resolve(tenant.slug() + "-" + STAMP.format(Instant.now()) + ".zip");
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            writeEntry(zip, "tenant.json", tenantJson(tenant).getBytes(StandardCharsets.UTF_8));
            store.writeTables(tenant.slug(), zip);
            JsonArrayBuilder array = Jsons.array();
            users.forEach(array::add);
            writeEntry(zip, "identity/users.json", array.build().toString().getBytes(StandardCharsets.UTF_8));
        }
        return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
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
}
