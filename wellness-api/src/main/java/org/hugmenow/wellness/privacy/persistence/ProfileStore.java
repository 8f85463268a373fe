package org.hugmenow.wellness.privacy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.domain.Sharing;

@ApplicationScoped
public class ProfileStore {

    public Profile find(Connection c, String personId) throws SQLException {
        return Sql.one(c, "SELECT display_name, pseudonym, use_pseudonym, default_sharing, time_zone, country, quiet_start, quiet_end"
                + " FROM wellness_profile WHERE person_id = ?", r -> new Profile(personId, r.getString(1), r.getString(2), r.getBoolean(3),
                Sharing.parse(r.getString(4)), r.getString(5) == null ? null : ZoneId.of(r.getString(5)), r.getString(6),
                r.getObject(7, LocalTime.class), r.getObject(8, LocalTime.class)), personId).orElse(Profile.defaults(personId));
    }

    public void save(Connection c, Profile p) throws SQLException {
        Sql.update(c, "INSERT INTO wellness_profile (person_id, display_name, pseudonym, use_pseudonym, default_sharing, time_zone, country,"
                        + " quiet_start, quiet_end, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (person_id) DO UPDATE SET"
                        + " display_name = excluded.display_name, pseudonym = excluded.pseudonym, use_pseudonym = excluded.use_pseudonym, default_sharing = excluded.default_sharing,"
                        + " time_zone = excluded.time_zone, country = excluded.country, quiet_start = excluded.quiet_start,"
                        + " quiet_end = excluded.quiet_end, updated_at = now()",
                p.personId(), p.displayName(), p.pseudonym(), p.usePseudonym(), p.defaultSharing().json(),
                p.timeZone() == null ? null : p.timeZone().getId(), p.country(), p.quietStart(), p.quietEnd());
    }

    public void delete(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM wellness_profile WHERE person_id = ?", personId);
    }
}
