package org.hugmenow.wellness.mood.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.mood.domain.Emotion;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.mood.domain.FactorKind;

/** People's own emotions, and the factors defined by the tenant or by one person. */
@ApplicationScoped
public class VocabularyStore {

    public List<Emotion> customEmotions(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT name, energy, pleasantness FROM custom_emotion WHERE owner_id = ? ORDER BY name",
                r -> new Emotion(r.getString(1), r.getInt(2), r.getInt(3), true), personId);
    }

    public boolean addEmotion(Connection c, String personId, Emotion e) throws SQLException {
        return Sql.update(c, "INSERT INTO custom_emotion (owner_id, name, energy, pleasantness) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", personId, e.name(), e.energy(), e.pleasantness()) > 0;
    }

    public boolean deleteEmotion(Connection c, String personId, String name) throws SQLException {
        return Sql.update(c, "DELETE FROM custom_emotion WHERE owner_id = ? AND name = ?", personId, name) > 0;
    }

    /** Tenant-wide and the person's own factor definitions. */
    public List<FactorDefinition> factors(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT key, label, kind, owner_id FROM factor_definition WHERE owner_id IS NULL OR owner_id = ? ORDER BY key",
                r -> FactorDefinition.custom(r.getString(1), r.getString(2), FactorKind.valueOf(r.getString(3).toUpperCase()),
                        r.getString(4) == null ? FactorDefinition.Scope.TENANT : FactorDefinition.Scope.PERSONAL), personId);
    }

    public boolean addFactor(Connection c, String ownerOrNull, FactorDefinition f) throws SQLException {
        return Sql.update(c, "INSERT INTO factor_definition (id, owner_id, key, label, kind) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                UUID.randomUUID(), ownerOrNull, f.key(), f.label(), f.kind()) > 0;
    }

    public boolean deleteFactor(Connection c, String ownerOrNull, String key) throws SQLException {
        return ownerOrNull == null
                ? Sql.update(c, "DELETE FROM factor_definition WHERE owner_id IS NULL AND key = ?", key) > 0
                : Sql.update(c, "DELETE FROM factor_definition WHERE owner_id = ? AND key = ?", ownerOrNull, key) > 0;
    }
}
