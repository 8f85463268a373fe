package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.HugFlow;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.PeriodMember;
import org.hugmenow.wellness.insights.domain.PersonPeriod;
import org.hugmenow.wellness.insights.domain.TeamTree;

/**
 * Reads the insights copy of the directory and the rollups that the data side keeps
 * ({@code insights_member}, {@code insights_team}, {@code insights_person_period},
 * {@code insights_hug_period}); never writes them.
 */
@ApplicationScoped
public class InsightsDataStore {

    private final RollupReadStore rollupReads;

    @Inject
    public InsightsDataStore(RollupReadStore rollupReads) {
        this.rollupReads = rollupReads;
    }

    /** For the container's proxy only. */
    protected InsightsDataStore() {
        this(null);
    }

    private static final String MEMBER_COLUMNS = "person_id, team_ids, department, location, manager_id, start_date";

    public TeamTree teams(Connection c) throws SQLException {
        return new TeamTree(Sql.list(c, "SELECT team_id, parent_id, name FROM insights_team",
                r -> new TeamTree.Team(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3))));
    }

    /**
     * The people active at any time in the period, each with their latest active row in it
     * ({@code valid_to} is exclusive).
     */
    public List<PeriodMember> membersActiveIn(Connection c, InsightsPeriod period) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT ON (person_id) " + MEMBER_COLUMNS + " FROM insights_member"
                        + " WHERE active AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY person_id, valid_from DESC",
                InsightsDataStore::member, period.period().endExclusive(), period.start());
    }

    /** Today's active members (the open rows). */
    public List<PeriodMember> currentMembers(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + MEMBER_COLUMNS + " FROM insights_member WHERE active AND valid_to IS NULL",
                InsightsDataStore::member);
    }

    /** Everyone who was ever someone's manager: the reporting lines a segment id may name. */
    public Set<String> managers(Connection c) throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT DISTINCT manager_id FROM insights_member WHERE manager_id IS NOT NULL",
                r -> r.getString(1)));
    }

    public List<String> departments(Connection c, InsightsPeriod period) throws SQLException {
        return distinct(c, "department", period);
    }

    public List<String> locations(Connection c, InsightsPeriod period) throws SQLException {
        return distinct(c, "location", period);
    }

    /** Everyone with check-ins in the period, by person id. */
    public Map<String, PersonPeriod> rollups(Connection c, InsightsPeriod period) throws SQLException {
        return rollupReads.personPeriods(c, period.grain(), period.start(), null).stream()
                .collect(Collectors.toMap(PersonPeriod::personId, Function.identity()));
    }

    public List<HugFlow> hugs(Connection c, InsightsPeriod period) throws SQLException {
        return Sql.list(c, "SELECT sender_id, recipient_id, hugs FROM insights_hug_period WHERE grain = ? AND period_start = ?",
                r -> new HugFlow(r.getString(1), r.getString(2), r.getLong(3)), period.grain().key(), period.start());
    }

    private static List<String> distinct(Connection c, String column, InsightsPeriod period) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT " + column + " FROM insights_member WHERE active AND " + column + " IS NOT NULL"
                        + " AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY 1",
                r -> r.getString(1), period.period().endExclusive(), period.start());
    }

    private static PeriodMember member(ResultSet r) throws SQLException {
        Set<UUID> teams = new HashSet<>();
        Array array = r.getArray("team_ids");
        if (array != null) {
            for (Object t : (Object[]) array.getArray()) {
                teams.add((UUID) t);
            }
        }
        return new PeriodMember(r.getString("person_id"), teams, r.getString("department"), r.getString("location"),
                r.getString("manager_id"), r.getObject("start_date", LocalDate.class));
    }
}
