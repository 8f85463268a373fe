package org.hugmenow.wellness.insights.persistence;

/**
 * SQL fragments every rollup statement shares, so the incremental path and the rebuild cut time
 * and sum the same way. Days are tenant-local: the time zone of {@code insights_settings}, UTC
 * when the tenant has none. Periods follow {@code Grain}: {@code date_trunc} on a plain timestamp
 * starts ISO weeks on Monday, months and quarters on their first day.
 */
final class RollupSql {

    /** One row, column {@code tz}: the tenant's time zone. */
    static final String TENANT_ZONE = "(SELECT coalesce((SELECT time_zone FROM insights_settings), 'UTC') AS tz)";

    /** The four grains, as rows of column {@code grain}. */
    static final String GRAINS = "(VALUES ('day'), ('week'), ('month'), ('quarter')) AS g(grain)";

    private RollupSql() {
    }

    /** The start of the period of grain {@code g.grain} containing {@code day}. */
    static String periodStart(String day) {
        return "CASE g.grain WHEN 'day' THEN " + day + " ELSE date_trunc(g.grain, " + day + "::timestamp)::date END";
    }

    /** Only the (grain, period) pairs bound as two arrays: grain keys and period starts. */
    static final String PAIRS = "(grain, period_start) IN (SELECT * FROM unnest(?::text[], ?::date[]))";
}
