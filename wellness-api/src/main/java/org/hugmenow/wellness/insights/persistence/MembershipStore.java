package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.db.Sql;

/**
 * Membership history ({@code insights_member}) and the team mirror ({@code insights_team}), kept
 * in step with the directory's tables (its published read model, ADR 0005). The directory keeps no
 * history, so neither is rebuilt from scratch: both are reconciled with today's directory, which
 * closes the open row of a person whose attributes changed at {@code today} and opens a new one.
 *
 * <p>Every statement takes the scope of people as {@code ?::text[]}, NULL meaning everyone.
 */
@ApplicationScoped
public class MembershipStore {

    private static final String IN_SCOPE = "(?::text[] IS NULL OR %s = ANY (?::text[]))";

    /** What the directory says of each person in scope now; team ids sorted, so rows compare by value. */
    private static final String DESIRED = "(SELECT p.id AS person_id, p.status = 'active' AS active,"
            + " coalesce(array_agg(tm.team_id ORDER BY tm.team_id) FILTER (WHERE tm.team_id IS NOT NULL), '{}') AS team_ids,"
            + " p.department, p.location, p.manager_id, p.start_date"
            + " FROM person p LEFT JOIN team_member tm ON tm.person_id = p.id WHERE " + String.format(IN_SCOPE, "p.id") + " GROUP BY p.id) d";

    private static final String DIFFERS = "(m.active, m.team_ids, m.department, m.location, m.manager_id, m.start_date)"
            + " IS DISTINCT FROM (d.active, d.team_ids, d.department, d.location, d.manager_id, d.start_date)";

    /**
     * Reconciles the open rows of {@code personIds} (null: everyone) with the directory as of
     * {@code today}: same-day changes overwrite today's row (and one undone the same day leaves no
     * trace), older rows are closed at today and
     * followed by a new one, people gone from the directory get their open row closed. A person
     * seen for the first time is dated back to their first check-in or start date, if earlier: the
     * history before that is unknown, and today's teams are the best account of it.
     */
    public void reconcile(Connection c, LocalDate today, Collection<String> personIds) throws SQLException {
        Object scope = personIds == null ? null : List.copyOf(personIds);
        String openInScope = "m.valid_to IS NULL AND " + String.format(IN_SCOPE, "m.person_id");
        String gone = " AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = m.person_id)";
        Sql.update(c, "DELETE FROM insights_member m WHERE " + openInScope + gone + " AND m.valid_from >= ?", scope, scope, today);
        Sql.update(c, "UPDATE insights_member m SET valid_to = ? WHERE " + openInScope + gone, today, scope, scope);
        Sql.update(c, "UPDATE insights_member m SET active = d.active, team_ids = d.team_ids, department = d.department,"
                + " location = d.location, manager_id = d.manager_id, start_date = d.start_date FROM " + DESIRED
                + " WHERE m.person_id = d.person_id AND m.valid_to IS NULL AND m.valid_from >= ? AND " + DIFFERS, scope, scope, today);
        // A same-day change undone the same day leaves today's row equal to the one closed today: join them again.
        Sql.update(c, "WITH undone AS (DELETE FROM insights_member m USING insights_member prev WHERE " + openInScope
                + " AND m.valid_from = ? AND prev.person_id = m.person_id AND prev.valid_to = m.valid_from"
                + " AND (prev.active, prev.team_ids, prev.department, prev.location, prev.manager_id, prev.start_date)"
                + " IS NOT DISTINCT FROM (m.active, m.team_ids, m.department, m.location, m.manager_id, m.start_date)"
                + " RETURNING m.person_id, m.valid_from)"
                + " UPDATE insights_member p SET valid_to = NULL FROM undone WHERE p.person_id = undone.person_id"
                + " AND p.valid_to = undone.valid_from", scope, scope, today);
        Sql.update(c, "UPDATE insights_member m SET valid_to = ? FROM " + DESIRED
                + " WHERE m.person_id = d.person_id AND m.valid_to IS NULL AND m.valid_from < ? AND " + DIFFERS, today, scope, scope, today);
        Sql.update(c, "INSERT INTO insights_member (person_id, valid_from, valid_to, active, team_ids, department, location, manager_id,"
                + " start_date) SELECT d.person_id,"
                + " CASE WHEN EXISTS (SELECT 1 FROM insights_member h WHERE h.person_id = d.person_id) THEN ?::date"
                + "  ELSE least(?::date, d.start_date, (SELECT min(ic.day) FROM insights_checkin ic WHERE ic.person_id = d.person_id)) END,"
                + " NULL, d.active, d.team_ids, d.department, d.location, d.manager_id, d.start_date FROM " + DESIRED
                + " WHERE NOT EXISTS (SELECT 1 FROM insights_member m WHERE m.person_id = d.person_id AND m.valid_to IS NULL)"
                + " ON CONFLICT (person_id, valid_from) DO UPDATE SET valid_to = NULL, active = EXCLUDED.active,"
                + " team_ids = EXCLUDED.team_ids, department = EXCLUDED.department, location = EXCLUDED.location,"
                + " manager_id = EXCLUDED.manager_id, start_date = EXCLUDED.start_date", today, today, scope, scope);
    }

    /** People whose membership a change of these teams may touch: their members now and as insights last saw them. */
    /** Whether the person has rows and the earliest starts after {@code day}. */
    /** The first day insights has an account of each of the people; people without rows are left out. */
    public Map<String, LocalDate> firstDays(Connection c, Collection<String> personIds) throws SQLException {
        Map<String, LocalDate> first = new HashMap<>();
        Sql.list(c, "SELECT person_id, min(valid_from) FROM insights_member WHERE person_id = ANY (?) GROUP BY person_id", r -> {
            first.put(r.getString(1), r.getObject(2, LocalDate.class));
            return null;
        }, personIds);
        return first;
    }

    /**
     * Dates the person's earliest row back to {@code day} when it starts later: before their first
     * row insights has no account of them, and the earliest one known is the best (as for a person
     * seen for the first time). A person without rows is left to {@link #reconcile}.
     */
    public void reachBackTo(Connection c, String personId, LocalDate day) throws SQLException {
        Sql.update(c, "UPDATE insights_member m SET valid_from = ? WHERE m.person_id = ? AND m.valid_from > ?"
                + " AND m.valid_from = (SELECT min(h.valid_from) FROM insights_member h WHERE h.person_id = m.person_id)",
                day, personId, day);
    }

    public List<String> peopleOfTeams(Connection c, Collection<String> teamIds) throws SQLException {
        return Sql.list(c, "SELECT person_id FROM team_member WHERE team_id = ANY (?::uuid[])"
                + " UNION SELECT person_id FROM insights_member WHERE valid_to IS NULL AND team_ids && ?::uuid[]",
                r -> r.getString(1), teamIds, teamIds);
    }

    /** Mirrors the teams in scope (null: all); a team gone from the directory stays, marked removed. */
    public void reconcileTeams(Connection c, Collection<String> teamIds) throws SQLException {
        Object scope = teamIds == null ? null : List.copyOf(teamIds);
        Sql.update(c, "INSERT INTO insights_team (team_id, parent_id, name, removed)"
                + " SELECT t.id, t.parent_id, t.name, false FROM team t WHERE " + String.format(IN_SCOPE, "t.id::text")
                + " ON CONFLICT (team_id) DO UPDATE SET parent_id = EXCLUDED.parent_id, name = EXCLUDED.name, removed = false", scope, scope);
        Sql.update(c, "UPDATE insights_team it SET removed = true WHERE NOT it.removed AND " + String.format(IN_SCOPE, "it.team_id::text")
                + " AND NOT EXISTS (SELECT 1 FROM team t WHERE t.id = it.team_id)", scope, scope);
    }

    /** Forgets the person's history (erasure); a person still in the directory gets a fresh open row at the next reconcile. */
    public void erase(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_member WHERE person_id = ?", personId);
    }
}
