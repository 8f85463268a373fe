package org.hugmenow.tenant.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.Outbox;

/**
 * One outbox event, {@value #EVENT}, published by every directory write in its own transaction:
 * modules that keep something derived from the directory (team insights) reconcile what it names.
 * The payload stays small: the ids of the people and teams written, or {@code everyone} when a
 * write touched people it does not name one by one. Consumers read the directory's current state,
 * so events may arrive twice or out of order.
 */
@ApplicationScoped
public class DirectoryChanges {

    public static final String EVENT = "directory.changed";

    /**
     * Published besides {@link #EVENT} when people were written: the count of active people may have
     * changed (billing's seats follow it). A second type, because each type has one consumer.
     */
    public static final String HEADCOUNT = "directory.headcount";

    /** Beyond this many ids an event says {@code everyone}: a consumer reconciles all at once, set-based, for less. */
    static final int MOST_IDS = 1000;

    /** What a change touched; {@code everyone} means: reconcile all people and teams. */
    public record Change(Set<String> people, Set<String> teams, boolean everyone) {
    }

    @Inject
    Outbox outbox;

    /** Must run in a TenantData unit of work, on its connection. */
    public void people(Connection c, Collection<String> personIds) throws SQLException {
        publish(c, personIds, List.of(), false);
    }

    public void teams(Connection c, Collection<String> teamIds) throws SQLException {
        publish(c, List.of(), teamIds, false);
    }

    /** People and teams written by one operation, in one event. */
    public void changed(Connection c, Collection<String> people, Collection<String> teams) throws SQLException {
        publish(c, people, teams, people.size() + teams.size() > MOST_IDS);
    }

    public void everyone(Connection c) throws SQLException {
        publish(c, List.of(), List.of(), true);
    }

    private void publish(Connection c, Collection<String> people, Collection<String> teams, boolean everyone) throws SQLException {
        if (!everyone && people.isEmpty() && teams.isEmpty()) {
            return;
        }
        everyone = everyone || people.size() + teams.size() > MOST_IDS;
        var payload = Jsons.object();
        if (everyone) {
            payload.add("everyone", true);
        } else {
            payload.add("people", array(people)).add("teams", array(teams));
        }
        outbox.publish(c, TenantData.tenantOf(c), EVENT, payload.build().toString());
        if (everyone || !people.isEmpty()) {
            outbox.publish(c, TenantData.tenantOf(c), HEADCOUNT, "{}");
        }
    }

    private static jakarta.json.JsonArrayBuilder array(Collection<String> ids) {
        var array = Jsons.array();
        new TreeSet<>(ids).forEach(array::add);
        return array;
    }

    public static Change parse(String payload) {
        JsonObject json = Jsons.parseObject(payload);
        return new Change(strings(json.getJsonArray("people")), strings(json.getJsonArray("teams")), json.getBoolean("everyone", false));
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.getValuesAs(JsonString.class).forEach(v -> values.add(v.getString()));
        }
        return values;
    }
}
