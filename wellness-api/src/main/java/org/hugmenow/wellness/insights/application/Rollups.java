package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.HugPair;
import org.hugmenow.wellness.insights.domain.InsightsTeam;
import org.hugmenow.wellness.insights.domain.Membership;
import org.hugmenow.wellness.insights.domain.Period;
import org.hugmenow.wellness.insights.domain.PersonPeriod;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;

/**
 * What the release side reads to build cells for the anonymity engine: exact per-person sums,
 * hug counts, membership history and teams, all from insights' own tables (never the mood tables).
 * Every method runs in the caller's unit of work, so one request can read all it needs from one
 * snapshot ({@code TenantData.inSnapshot}).
 *
 * <p>Periods are those of {@link Grain}, identified by their first day, in the tenant's time zone
 * ({@link #timeZone}). A period is reflected here within seconds of a check-in; the current period
 * keeps changing until it ends (ADR 0012: decide which periods are released).
 */
@ApplicationScoped
public class Rollups {

    @Inject RollupReadStore store;

    /** The zone whose days the rollups count in (insights settings; UTC by default). */
    public ZoneId timeZone(Connection c) throws SQLException {
        return store.timeZone(c);
    }

    /** Everyone who checked in during the period, one row each, by person id. */
    public List<PersonPeriod> personPeriods(Connection c, Grain grain, LocalDate periodStart) throws SQLException {
        return store.personPeriods(c, grain, grain.start(periodStart), null);
    }

    /** The rows of these people only; people without a check-in in the period have none. */
    public List<PersonPeriod> personPeriods(Connection c, Grain grain, LocalDate periodStart, Set<String> personIds) throws SQLException {
        return store.personPeriods(c, grain, grain.start(periodStart), personIds);
    }

    /** Hugs delivered in the period, per sender and recipient. */
    public List<HugPair> hugPairs(Connection c, Grain grain, LocalDate periodStart) throws SQLException {
        return store.hugPairs(c, grain, grain.start(periodStart));
    }

    /** One row per person the directory knew on {@code day}: their teams, department, location, manager, status. */
    public List<Membership> membersOn(Connection c, LocalDate day) throws SQLException {
        return store.memberships(c, day, day.plusDays(1));
    }

    /**
     * Every row that holds on some day of the period, ordered by person and then validity: a person
     * who moved during the period appears with each of their rows. The release side decides who
     * counts as a member (for example: on the period's last day, or at any time in it).
     */
    public List<Membership> membersDuring(Connection c, Period period) throws SQLException {
        return store.memberships(c, period.start(), period.endExclusive());
    }

    /** Every team insights knows, removed ones included (they still have past periods). */
    public List<InsightsTeam> teams(Connection c) throws SQLException {
        return store.teams(c);
    }
}
