package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.HugPair;
import org.hugmenow.wellness.insights.domain.InsightsTeam;
import org.hugmenow.wellness.insights.domain.Membership;
import org.hugmenow.wellness.insights.domain.PersonPeriod;

/** Reads of the rollups, for the release side; never the mood or hug tables. */
@ApplicationScoped
public class RollupReadStore {

    private static final String PERSON_PERIOD = "SELECT grain, period_start, person_id, checkins, score_sum, emotions,"
            + " factor_sums::text, factor_counts::text FROM insights_person_period";
    private static final String MEMBER = "SELECT person_id, valid_from, valid_to, active, team_ids, department, location,"
            + " manager_id, start_date FROM insights_member";

    public ZoneId timeZone(Connection c) throws SQLException {
        return ZoneId.of(Sql.one(c, "SELECT time_zone FROM insights_settings", r -> r.getString(1)).orElse("UTC"));
    }

    /** {@code personIds} null: everyone with a row. */
    public List<PersonPeriod> personPeriods(Connection c, Grain grain, LocalDate start, Collection<String> personIds) throws SQLException {
        return Sql.list(c, PERSON_PERIOD + " WHERE grain = ? AND period_start = ? AND (?::text[] IS NULL OR person_id = ANY (?::text[]))"
                + " ORDER BY person_id", RollupReadStore::personPeriod, grain.key(), start, personIds, personIds);
    }

    public List<HugPair> hugPairs(Connection c, Grain grain, LocalDate start) throws SQLException {
        return Sql.list(c, "SELECT grain, period_start, sender_id, recipient_id, hugs FROM insights_hug_period"
                        + " WHERE grain = ? AND period_start = ? ORDER BY sender_id, recipient_id",
                r -> new HugPair(Grain.ofKey(r.getString(1)), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4), r.getInt(5)),
                grain.key(), start);
    }

    /** Rows that hold on some day of [from, toExclusive), oldest first per person. */
    public List<Membership> memberships(Connection c, LocalDate from, LocalDate toExclusive) throws SQLException {
        return Sql.list(c, MEMBER + " WHERE valid_from < ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY person_id, valid_from",
                RollupReadStore::membership, toExclusive, from);
    }

    public List<InsightsTeam> teams(Connection c) throws SQLException {
        return Sql.list(c, "SELECT team_id, parent_id, name, removed FROM insights_team ORDER BY name, team_id",
                r -> new InsightsTeam(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3), r.getBoolean(4)));
    }

    private static PersonPeriod personPeriod(ResultSet r) throws SQLException {
        JsonObject sums = Jsons.parseObject(r.getString(7));
        JsonObject counts = Jsons.parseObject(r.getString(8));
        Map<String, Double> factorSums = new TreeMap<>();
        sums.forEach((k, v) -> factorSums.put(k, ((JsonNumber) v).doubleValue()));
        Map<String, Integer> factorCounts = new TreeMap<>();
        counts.forEach((k, v) -> factorCounts.put(k, ((JsonNumber) v).intValue()));
        return new PersonPeriod(Grain.ofKey(r.getString(1)), r.getObject(2, LocalDate.class), r.getString(3), r.getInt(4), r.getInt(5),
                Sql.strings(r, "emotions").stream().sorted().toList(), factorSums, factorCounts);
    }

    private static Membership membership(ResultSet r) throws SQLException {
        Array teams = r.getArray(5);
        List<UUID> teamIds = Arrays.stream((Object[]) teams.getArray()).map(UUID.class::cast).toList();
        return new Membership(r.getString(1), r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class), r.getBoolean(4), teamIds,
                r.getString(6), r.getString(7), r.getString(8), r.getObject(9, LocalDate.class));
    }
}
