package org.hugmenow.wellness.mood.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.mood.domain.CalendarDay;
import org.hugmenow.wellness.mood.domain.Trends;

/** Set-based reads for trends: the database sums per day and correlates, the domain does the rest. */
@ApplicationScoped
public class TrendStore {

    public List<Trends.Day> days(Connection c, String personId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(c, "SELECT local_date, sum(score), count(*) FROM mood_entry WHERE person_id = ?"
                        + " AND local_date BETWEEN ? AND ? GROUP BY local_date ORDER BY local_date",
                r -> new Trends.Day(r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3)), personId, from, to);
    }

    public List<Trends.FactorCorrelation> correlations(Connection c, String personId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(c, "SELECT f.factor_key, corr(f.value, e.score), count(*) FROM mood_factor f"
                        + " JOIN mood_entry e ON e.id = f.entry_id WHERE e.person_id = ? AND e.local_date BETWEEN ? AND ?"
                        + " GROUP BY f.factor_key ORDER BY f.factor_key",
                r -> {
                    double corr = r.getDouble(2);
                    boolean known = !r.wasNull() && r.getLong(3) >= 3;
                    return new Trends.FactorCorrelation(r.getString(1), known ? Math.round(corr * 1000.0) / 1000.0 : null, r.getLong(3));
                }, personId, from, to);
    }

    public List<CalendarDay> calendar(Connection c, String personId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(c, "SELECT local_date, count(*), round(avg(score), 2), min(score), max(score) FROM mood_entry"
                        + " WHERE person_id = ? AND local_date BETWEEN ? AND ? GROUP BY local_date ORDER BY local_date",
                r -> new CalendarDay(r.getObject(1, LocalDate.class), r.getLong(2), r.getDouble(3), r.getInt(4), r.getInt(5)),
                personId, from, to);
    }
}
