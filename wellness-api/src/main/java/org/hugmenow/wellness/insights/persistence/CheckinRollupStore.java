package org.hugmenow.wellness.insights.persistence;

import static org.hugmenow.wellness.insights.persistence.RollupSql.GRAINS;
import static org.hugmenow.wellness.insights.persistence.RollupSql.PAIRS;
import static org.hugmenow.wellness.insights.persistence.RollupSql.TENANT_ZONE;
import static org.hugmenow.wellness.insights.persistence.RollupSql.periodStart;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.Period;

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
            + " FROM mood_entry e, " + TENANT_ZONE + " z WHERE %s RETURNING day";

    /** Every mood entry, set-based: the factors are grouped once rather than looked up per entry. */
    static final String COPY_ALL_ENTRIES = "INSERT INTO insights_checkin (entry_id, person_id, day, score, emotions, factors)"
            + " SELECT e.id, e.person_id, (e.recorded_at AT TIME ZONE z.tz)::date, e.score, e.emotions, coalesce(f.factors, '{}')"
            + " FROM mood_entry e CROSS JOIN " + TENANT_ZONE + " z"
            + " LEFT JOIN (SELECT entry_id, jsonb_object_agg(factor_key, value) AS factors FROM mood_factor GROUP BY entry_id) f"
            + " ON f.entry_id = e.id";

    /**
     * Sums the check-ins matching the first {@code %s} (on {@code ic}) into person × period rows,
     * for the (grain, period) pairs matching the second (on the computed rows). One value per
     * person and period, as the engine's sensitivities assume. The emotions named are a set, stored
     * in no particular order: no aggregate here needs sorted input, so a rebuild can hash every grouping.
     */
    static final String SUM_PERIODS = "WITH c AS (SELECT g.grain, " + periodStart("ic.day") + " AS period_start,"
            + " ic.person_id, ic.score, ic.emotions, ic.factors FROM insights_checkin ic CROSS JOIN " + GRAINS + " WHERE %s),"
            + " scoped AS (SELECT * FROM c WHERE %s),"
            + " base AS (SELECT grain, period_start, person_id, count(*)::int AS checkins, sum(score)::int AS score_sum"
            + "   FROM scoped GROUP BY 1, 2, 3),"
            + " named AS (SELECT grain, period_start, person_id, array_agg(e) AS emotions"
            + "   FROM (SELECT DISTINCT grain, period_start, person_id, e FROM scoped, unnest(scoped.emotions) AS e) d GROUP BY 1, 2, 3),"
            + " factor AS (SELECT grain, period_start, person_id, jsonb_object_agg(k, s) AS sums, jsonb_object_agg(k, n) AS counts"
            + "   FROM (SELECT grain, period_start, person_id, f.key AS k, sum(f.value::float8) AS s, count(*) AS n"
            + "         FROM scoped, jsonb_each_text(scoped.factors) AS f GROUP BY 1, 2, 3, 4) per_key GROUP BY 1, 2, 3)"
            + " INSERT INTO insights_person_period (grain, period_start, person_id, checkins, score_sum, emotions, factor_sums, factor_counts)"
            + " SELECT b.grain, b.period_start, b.person_id, b.checkins, b.score_sum, coalesce(named.emotions, '{}'),"
            + " coalesce(factor.sums, '{}'), coalesce(factor.counts, '{}')"
            + " FROM base b LEFT JOIN named USING (grain, period_start, person_id) LEFT JOIN factor USING (grain, period_start, person_id)";

    /**
     * Brings the copy of one entry in line with the mood tables (changed, added, or gone) and
     * returns the tenant-local days it was and is counted under.
     */
    public List<LocalDate> copyEntry(Connection c, UUID entryId) throws SQLException {
        List<LocalDate> days = new ArrayList<>(Sql.list(c, "DELETE FROM insights_checkin WHERE entry_id = ? RETURNING day",
                r -> r.getObject(1, LocalDate.class), entryId));
        days.addAll(Sql.list(c, String.format(COPY_ENTRIES, "e.id = ?"), r -> r.getObject(1, LocalDate.class), entryId));
        return days;
    }

    /** Recomputes the person's rows of the given periods from the copy; a period left without check-ins loses its row. */
    public void recompute(Connection c, String personId, Collection<GrainPeriod> periods) throws SQLException {
        if (periods.isEmpty()) {
            return;
        }
        List<String> grains = periods.stream().map(p -> p.grain().key()).toList();
        List<LocalDate> starts = periods.stream().map(p -> p.period().start()).toList();
        LocalDate from = periods.stream().map(p -> p.period().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = periods.stream().map(p -> p.period().endExclusive()).max(Comparator.naturalOrder()).orElseThrow();
        Sql.update(c, "DELETE FROM insights_person_period WHERE person_id = ? AND " + PAIRS, personId, grains, starts);
        Sql.update(c, String.format(SUM_PERIODS, "ic.person_id = ? AND ic.day >= ? AND ic.day < ?", PAIRS),
                personId, from, to, grains, starts);
    }

    /** A period of one grain. */
    public record GrainPeriod(Grain grain, Period period) {
    }

    /** Copies all the person's check-ins afresh and recomputes all their rows: after an erasure, or to repair. */
    public void resyncPerson(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_checkin WHERE person_id = ?", personId);
        Sql.list(c, String.format(COPY_ENTRIES, "e.person_id = ?"), r -> null, personId);
        Sql.update(c, "DELETE FROM insights_person_period WHERE person_id = ?", personId);
        Sql.update(c, String.format(SUM_PERIODS, "ic.person_id = ?", "true"), personId);
    }

    /** Forgets the person's check-ins and sums, whatever the mood tables hold. */
    public void erase(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_checkin WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM insights_person_period WHERE person_id = ?", personId);
    }
}
