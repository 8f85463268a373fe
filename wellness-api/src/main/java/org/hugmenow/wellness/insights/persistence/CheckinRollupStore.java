package org.hugmenow.wellness.insights.persistence;

import static org.hugmenow.wellness.insights.persistence.RollupSql.PAIRS;
import static org.hugmenow.wellness.insights.persistence.RollupSql.TENANT_ZONE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.Period;
import org.hugmenow.wellness.insights.domain.PeriodSums;
import org.hugmenow.wellness.insights.domain.PersonPeriod;

/**
 * Insights' copy of check-ins ({@code insights_checkin}: no note, no tags) and the person ×
 * period sums kept from it ({@code insights_person_period}). The copy is read from the mood
 * tables when a check-in changes or at a rebuild, never while answering a request.
 */
@ApplicationScoped
public class CheckinRollupStore {

    /** The mood entries matching {@code %s} (on {@code e}), as insights rows. */
    private static final String COPY_ENTRIES = "INSERT INTO insights_checkin (entry_id, person_id, day, score, emotions, factors)"
            + " SELECT e.id, e.person_id, (e.recorded_at AT TIME ZONE z.tz)::date, e.score, e.emotions,"
            + " coalesce((SELECT jsonb_object_agg(f.factor_key, f.value) FROM mood_factor f WHERE f.entry_id = e.id), '{}')"
            + " FROM mood_entry e, " + TENANT_ZONE + " z WHERE %s RETURNING person_id, day";

    /** Every mood entry, set-based: the factors are grouped once rather than looked up per entry. */
    static final String COPY_ALL_ENTRIES = "INSERT INTO insights_checkin (entry_id, person_id, day, score, emotions, factors)"
            + " SELECT e.id, e.person_id, (e.recorded_at AT TIME ZONE z.tz)::date, e.score, e.emotions, coalesce(f.factors, '{}')"
            + " FROM mood_entry e CROSS JOIN " + TENANT_ZONE + " z"
            + " LEFT JOIN (SELECT entry_id, jsonb_object_agg(factor_key, value) AS factors FROM mood_factor GROUP BY entry_id) f"
            + " ON f.entry_id = e.id";

    /** A person's check-ins from the copy, in the columns {@link #add} reads. */
    static final String CHECKINS = "SELECT person_id, day, score, emotions, factors::text FROM insights_checkin";

    /**
     * Brings the copies of the entries in line with the mood tables (changed, added, or gone) and
     * returns, per author, the tenant-local days the entries were and are counted under.
     */
    public Map<String, List<LocalDate>> copyEntries(Connection c, Collection<UUID> entryIds) throws SQLException {
        Map<String, List<LocalDate>> days = new HashMap<>();
        Sql.Row<Void> collect = r -> {
            days.computeIfAbsent(r.getString(1), p -> new ArrayList<>()).add(r.getObject(2, LocalDate.class));
            return null;
        };
        Sql.list(c, "DELETE FROM insights_checkin WHERE entry_id = ANY (?::uuid[]) RETURNING person_id, day", collect, entryIds);
        Sql.list(c, String.format(COPY_ENTRIES, "e.id = ANY (?::uuid[])"), collect, entryIds);
        return days;
    }

    /**
     * Recomputes each person's rows of the given periods from the copy, in one read and one write
     * for all of them; a period left without check-ins loses its row.
     */
    public void recompute(Connection c, Map<String, Set<GrainPeriod>> periodsByPerson) throws SQLException {
        List<String> people = new ArrayList<>();
        List<String> grains = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        periodsByPerson.forEach((person, periods) -> periods.forEach(p -> {
            people.add(person);
            grains.add(p.grain().key());
            starts.add(p.period().start());
            asked.add(person + "/" + p.grain().key() + p.period().start());
        }));
        if (people.isEmpty()) {
            return;
        }
        Collection<GrainPeriod> all = periodsByPerson.values().stream().flatMap(Set::stream).toList();
        LocalDate from = all.stream().map(p -> p.period().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = all.stream().map(p -> p.period().endExclusive()).max(Comparator.naturalOrder()).orElseThrow();
        Sql.update(c, "DELETE FROM insights_person_period p USING unnest(?::text[], ?::text[], ?::date[]) AS d(person_id, grain, period_start)"
                + " WHERE p.person_id = d.person_id AND p.grain = d.grain AND p.period_start = d.period_start", people, grains, starts);
        Map<String, PeriodSums> sums = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(CHECKINS + " WHERE person_id = ANY (?) AND day >= ? AND day < ?")) {
            s.setArray(1, c.createArrayOf("text", periodsByPerson.keySet().toArray()));
            s.setObject(2, from);
            s.setObject(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    add(sums.computeIfAbsent(r.getString(1), PeriodSums::new), r);
                }
            }
        }
        insert(c, sums.values().stream().flatMap(p -> p.periods().stream())
                .filter(row -> asked.contains(row.personId() + "/" + row.grain().key() + row.periodStart())).toList());
    }

    /** A period of one grain. */
    public record GrainPeriod(Grain grain, Period period) {
    }

    /** Copies all the person's check-ins afresh and recomputes all their rows: after an erasure, or to repair. */
    public void resyncPerson(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_checkin WHERE person_id = ?", personId);
        Sql.list(c, String.format(COPY_ENTRIES, "e.person_id = ?"), r -> null, personId);
        Sql.update(c, "DELETE FROM insights_person_period WHERE person_id = ?", personId);
        insert(c, sums(c, personId, ""));
    }

    /** Forgets the person's check-ins and sums, whatever the mood tables hold. */
    public void erase(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_checkin WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM insights_person_period WHERE person_id = ?", personId);
    }

    /** The person's rows of every grain summed from their check-ins in the copy that match {@code andWhere}. */
    private static List<PersonPeriod> sums(Connection c, String personId, String andWhere, Object... params) throws SQLException {
        PeriodSums sums = new PeriodSums(personId);
        try (PreparedStatement s = c.prepareStatement(CHECKINS + " WHERE person_id = ?" + andWhere)) {
            s.setString(1, personId);
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 2, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    add(sums, r);
                }
            }
        }
        return sums.periods();
    }

    /** Adds the check-in at the cursor (columns of {@link #CHECKINS}); sums in Java, as the rebuild does. */
    static void add(PeriodSums sums, ResultSet r) throws SQLException {
        Map<String, Double> factors = new HashMap<>();
        Jsons.parseObject(r.getString(5)).forEach((key, value) -> factors.put(key, ((JsonNumber) value).doubleValue()));
        sums.add(r.getObject(2, LocalDate.class), r.getInt(3), Sql.strings(r, "emotions"), factors);
    }

    private static void insert(Connection c, List<PersonPeriod> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO insights_person_period (grain, period_start, person_id, checkins,"
                + " score_sum, emotions, factor_sums, factor_counts) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            for (PersonPeriod row : rows) {
                s.setString(1, row.grain().key());
                s.setObject(2, row.periodStart());
                s.setString(3, row.personId());
                s.setInt(4, row.checkins());
                s.setInt(5, row.scoreSum());
                s.setArray(6, c.createArrayOf("text", row.emotions().toArray()));
                s.setString(7, PersonPeriodCopyStore.json(row.factorSums()));
                s.setString(8, PersonPeriodCopyStore.json(row.factorCounts()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
