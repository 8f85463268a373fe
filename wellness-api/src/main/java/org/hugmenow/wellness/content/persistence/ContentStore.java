package org.hugmenow.wellness.content.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.wellness.content.domain.ContentItem;

/** The global catalogue ships with the product (read-only); tenant items live in the tenant schema. */
@ApplicationScoped
public class ContentStore {

    private static final List<ContentItem> GLOBAL = loadGlobal();

    public List<ContentItem> global() {
        return GLOBAL;
    }

    public List<ContentItem> tenantItems(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, kind, title, summary, body, minutes FROM content_item ORDER BY kind, title",
                r -> new ContentItem(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), false));
    }

    public void insert(Connection c, ContentItem i) throws SQLException {
        Sql.update(c, "INSERT INTO content_item (id, kind, title, summary, body, minutes) VALUES (?, ?, ?, ?, ?, ?)",
                i.id(), i.kind(), i.title(), i.summary(), i.body(), i.minutes());
    }

    public boolean delete(Connection c, UUID id) throws SQLException {
        return Sql.update(c, "DELETE FROM content_item WHERE id = ?", id) > 0;
    }

    private static List<ContentItem> loadGlobal() {
        try (InputStream in = ContentStore.class.getResourceAsStream("/wellness/content.json"); JsonReader reader = Jsons.reader(in)) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).map(ContentStore::item).toList();
        } catch (IOException e) {
            throw new IllegalStateException("global content catalogue missing", e);
        }
    }

    private static ContentItem item(JsonObject o) {
        return new ContentItem(UUID.fromString(o.getString("id")), o.getString("kind"), o.getString("title"), o.getString("summary"),
                o.getString("body"), o.getInt("minutes"), true);
    }
}
