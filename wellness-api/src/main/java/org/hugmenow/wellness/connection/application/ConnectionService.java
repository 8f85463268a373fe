package org.hugmenow.wellness.connection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.domain.Connection;
import org.hugmenow.wellness.connection.domain.SharedMood;
import org.hugmenow.wellness.connection.domain.Suggestion;
import org.hugmenow.wellness.connection.persistence.ConnectionStore;
import org.hugmenow.wellness.mood.domain.Streak;
import org.hugmenow.wellness.mood.application.MoodReadings;
import org.hugmenow.wellness.notification.application.Notifier;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.domain.Sharing;
import org.hugmenow.wellness.privacy.application.PrivacyService;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.wellness.shared.persistence.PeopleStore;

/** Connections between colleagues, and the only path by which one person sees another's mood. */
@ApplicationScoped
public class ConnectionService {

    @Inject TenantData data;
    @Inject ConnectionStore store;
    @Inject PrivacyService privacy;
    @Inject MoodReadings moods;
    @Inject Notifier notifier;

    public record View(Connection connection, String otherName) {
    }

    public View request(TenantSlug tenant, String me, String personId) {
        return data.inConnection(tenant, c -> {
            String name = PeopleStore.activeName(c, personId).orElseThrow(() -> Refusal.notFound("There is no such colleague."));
            if (personId.equals(me)) {
                throw Refusal.invalid("personId", "you cannot connect with yourself");
            }
            if (PeopleStore.blockedEitherWay(c, me, personId)) {
                throw Refusal.invalid("personId", "you cannot connect with this person");
            }
            Connection k = new Connection(UUID.randomUUID(), me, personId, false, privacy.profile(c, me).defaultSharing(), Sharing.NONE,
                    Instant.now().truncatedTo(ChronoUnit.MICROS), null);
            if (!store.insert(c, k)) {
                throw Refusal.conflict("You are already connected with this person, or one of you has asked.");
            }
            notifier.notify(c, tenant, personId, Notification.CONNECTION_REQUESTED, me, Jsons.object()
                    .add("connectionId", k.id().toString()).add("personId", me).add("displayName", myName(c, me)).build());
            return new View(k, name);
        });
    }

    public View accept(TenantSlug tenant, String me, UUID id) {
        return data.inConnection(tenant, c -> {
            Connection k = incomingPending(c, me, id);
            if (PeopleStore.blockedEitherWay(c, me, k.requesterId())) {
                throw Refusal.notFound("There is no such connection of yours.");
            }
            Sharing mine = privacy.profile(c, me).defaultSharing();
            store.accept(c, id, mine);
            notifier.notify(c, tenant, k.requesterId(), Notification.CONNECTION_ACCEPTED, me, Jsons.object()
                    .add("connectionId", id.toString()).add("personId", me).add("displayName", myName(c, me)).build());
            return view(c, me, store.find(c, me, id).orElseThrow());
        });
    }

    public void decline(TenantSlug tenant, String me, UUID id) {
        data.inConnection(tenant, c -> {
            incomingPending(c, me, id);
            return store.delete(c, id);
        });
    }

    public void remove(TenantSlug tenant, String me, UUID id) {
        data.inConnection(tenant, c -> {
            mine(c, me, id);
            return store.delete(c, id);
        });
    }

    public View get(TenantSlug tenant, String me, UUID id) {
        return data.inConnection(tenant, c -> view(c, me, mine(c, me, id)));
    }

    public List<View> list(TenantSlug tenant, String me, Boolean accepted) {
        return data.inConnection(tenant, c -> {
            List<Connection> all = store.of(c, me).stream().filter(k -> accepted == null || k.accepted() == accepted).toList();
            Map<String, String> names = PeopleStore.names(c, all.stream().map(k -> k.other(me)).toList());
            return all.stream().map(k -> new View(k, names.get(k.other(me)))).toList();
        });
    }

    public View setSharing(TenantSlug tenant, String me, UUID id, Sharing level) {
        return data.inConnection(tenant, c -> {
            Connection k = mine(c, me, id);
            store.setSharing(c, k, me, level);
            return view(c, me, store.find(c, me, id).orElseThrow());
        });
    }

    public List<Suggestion> suggestions(TenantSlug tenant, String me) {
        return data.inConnection(tenant, c -> store.suggestions(c, me, 20));
    }

    /** The other person's mood, exactly at the level they chose for me. */
    public SharedMood sharedMood(TenantSlug tenant, String me, UUID id) {
        return data.inConnection(tenant, c -> {
            Connection k = mine(c, me, id);
            Sharing level = k.accepted() && !PeopleStore.blockedEitherWay(c, me, k.other(me)) ? k.sharingWith(me) : Sharing.NONE;
            if (level == Sharing.NONE) {
                return new SharedMood(Sharing.NONE, null, null);
            }
            String other = k.other(me);
            Profile profile = privacy.profile(c, other);
            var recent = moods.recentWithoutNotes(c, other, Instant.now().truncatedTo(ChronoUnit.MICROS).minus(java.time.Duration.ofDays(30)));
            ZoneId zone = profile.zoneOr(recent.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(recent.get(0).timeZone()));
            LocalDate today = LocalDate.now(zone);
            double todayAverage = recent.stream().filter(e -> e.localDate().equals(today)).mapToInt(e -> e.score()).average().orElse(Double.NaN);
            SharedMood.Summary summary = new SharedMood.Summary(SharedMood.band(todayAverage), Streak.of(moods.days(c, other), today).current());
            if (level == Sharing.SUMMARY) {
                return new SharedMood(level, summary, null);
            }
            return new SharedMood(level, summary, recent.stream()
                    .map(e -> new SharedMood.SharedEntry(e.recordedAt(), e.localDate(), e.score(), e.emotions())).toList());
        });
    }

    /** For other features, inside their transaction: true if the two accepted a connection, whoever asked. */
    public boolean connected(java.sql.Connection c, String a, String b) throws SQLException {
        return store.connected(c, a, b);
    }

    /** For other features, inside their transaction: ends the two people's connection or request, if any (as a block does). */
    public void endBetween(java.sql.Connection c, String a, String b) throws SQLException {
        var connection = store.between(c, a, b);
        if (connection.isPresent()) {
            store.delete(c, connection.get().id());
        }
    }

    private Connection mine(java.sql.Connection c, String me, UUID id) throws SQLException {
        return store.find(c, me, id).orElseThrow(() -> Refusal.notFound("There is no such connection of yours."));
    }

    private Connection incomingPending(java.sql.Connection c, String me, UUID id) throws SQLException {
        Connection k = mine(c, me, id);
        if (!k.addresseeId().equals(me)) {
            throw Refusal.conflict("Only the person asked can answer a connection request.");
        }
        if (k.accepted()) {
            throw Refusal.conflict("This connection is already accepted.");
        }
        return k;
    }

    private static View view(java.sql.Connection c, String me, Connection k) throws SQLException {
        return new View(k, PeopleStore.activeName(c, k.other(me)).orElse(null));
    }

    private static String myName(java.sql.Connection c, String me) throws SQLException {
        return PeopleStore.name(c, me).orElse("");
    }
}
