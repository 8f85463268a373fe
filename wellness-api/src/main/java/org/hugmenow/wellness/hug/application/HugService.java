package org.hugmenow.wellness.hug.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.idempotency.IdempotencyKey;
import org.hugmenow.platform.idempotency.IdempotentWrites;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.config.WellnessConfig;
import org.hugmenow.wellness.hug.domain.Allowance;
import org.hugmenow.wellness.hug.domain.Hug;
import org.hugmenow.wellness.hug.domain.HugInput;
import org.hugmenow.wellness.hug.domain.HugRequest;
import org.hugmenow.wellness.hug.persistence.HugRequestStore;
import org.hugmenow.wellness.hug.persistence.HugStore;
import org.hugmenow.wellness.privacy.domain.Profile;
import org.hugmenow.wellness.privacy.domain.Sharing;
import org.hugmenow.wellness.shared.domain.Page;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.wellness.shared.persistence.PeopleStore;

/** Sending, scheduling, cancelling and reading hugs, within the sender's daily allowance. */
@ApplicationScoped
public class HugService {

    public static final String ALLOWANCE_SETTING = "wellness.hugs.daily-allowance";

    @Inject TenantData data;
    @Inject IdempotentWrites idempotency;
    @Inject HugStore hugs;
    @Inject HugRequestStore requests;
    @Inject HugDelivery delivery;
    @Inject Outbox outbox;
    @Inject WellnessConfig config;
    @Inject HugEvents events;

    /** The hugs a send created, with the shown names of everyone in them. */
    public record Sent(List<Hug> hugs, Map<String, String> names) {
    }

    /** Sends to one colleague or to every member of a team but the sender. */
    public Sent send(TenantSlug tenant, String sender, HugInput in) {
        return send(tenant, sender, in, Optional.empty());
    }

    /**
     * With a key, a repeat of the same request (an app resending after a lost answer) returns the
     * hugs the first one sent, as they are now, and sends nothing: no second hug, no allowance used.
     */
    public Sent send(TenantSlug tenant, String sender, HugInput in, Optional<IdempotencyKey> key) {
        return data.inConnection(tenant, c -> {
            String scope = "hugs/" + sender;
            Optional<String> first = key.isEmpty() ? Optional.empty() : idempotency.repeatOf(c, scope, key.get(), fingerprint(in));
            if (first.isPresent()) {
                return sentBefore(c, sender, first.get());
            }
            Sent sent = sendNow(c, tenant, sender, in);
            if (key.isPresent()) {
                idempotency.remember(c, scope, key.get(), String.join(",", sent.hugs().stream().map(h -> h.id().toString()).toList()));
            }
            return sent;
        });
    }

    /** What tells two requests apart, without the message's words (only its length) in the record. */
    private static String fingerprint(HugInput in) {
        return new HugInput(in.recipientId(), in.teamId(), in.type(), in.message() == null ? null : "message of " + in.message().length(),
                in.deliverAt(), in.requestId()).toString();
    }

    private Sent sentBefore(Connection c, String sender, String ids) throws SQLException {
        List<Hug> sent = new ArrayList<>();
        for (String id : ids.split(",")) {
            hugs.find(c, UUID.fromString(id)).filter(h -> h.senderId().equals(sender)).ifPresent(sent::add);
        }
        if (sent.isEmpty()) {
            throw Refusal.notFound("The hugs first sent with this Idempotency-Key are gone.");
        }
        List<String> people = new ArrayList<>(sent.stream().map(Hug::recipientId).toList());
        people.add(sender);
        return new Sent(sent, PeopleStore.names(c, people));
    }

    private Sent sendNow(Connection c, TenantSlug tenant, String sender, HugInput in) throws SQLException {
        if (!hugs.typeExists(c, in.type())) {
            throw Refusal.invalid("type", "'" + in.type() + "' is not a hug type (GET /api/v1/hugs/types)");
        }
        hugs.lockAllowance(c, sender);
        HugStore.SenderDay day = hugs.senderDay(c, sender, ALLOWANCE_SETTING);
        int allowance = parseAllowance(day.allowanceSetting());
        if (day.sentToday() >= allowance) {
            Instant now = Instant.now();
            throw Refusal.tooMany("You have sent your " + allowance + " hugs for today; your allowance renews at midnight.",
                    Allowance.secondsUntilRenewal(now, day.zone()));
        }
        return in.teamId() != null ? toTeam(c, tenant, sender, in) : toOne(c, tenant, sender, day.name(), in);
    }

    private Sent toOne(Connection c, TenantSlug tenant, String sender, String senderName, HugInput in) throws SQLException {
        if (in.recipientId().equals(sender)) {
            throw Refusal.invalid("recipientId", "you cannot send a hug to yourself");
        }
        HugStore.RecipientSide recipient = hugs.recipientSide(c, sender, in.recipientId());
        if (recipient.name() == null) {
            throw Refusal.notFound("There is no such colleague.");
        }
        if (recipient.blocked()) {
            throw Refusal.invalid("recipientId", "you cannot send hugs to this person");
        }
        if (in.requestId() != null) {
            answer(c, sender, in);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant quietUntil = in.deliverAt() != null ? null : new Profile(in.recipientId(), null, null, false, Sharing.NONE,
                recipient.timeZone() == null ? null : ZoneId.of(recipient.timeZone()), null, recipient.quietStart(), recipient.quietEnd())
                .quietUntil(now);
        boolean immediate = in.deliverAt() == null && quietUntil == null;
        Hug hug = new Hug(UUID.randomUUID(), sender, in.recipientId(), in.type(), in.message(), null, in.requestId(),
                immediate ? Hug.Status.DELIVERED : Hug.Status.SCHEDULED, in.deliverAt() != null ? in.deliverAt() : now, immediate ? now : null, false, now);
        hugs.insert(c, hug);
        if (immediate) {
            events.delivered(c, tenant, hug.id());
            delivery.announce(c, tenant, hug, senderName);
        } else {
            outbox.publish(c, tenant, HugDelivery.EVENT, Jsons.object().add("hugId", hug.id().toString()).build().toString(),
                    in.deliverAt() != null ? in.deliverAt() : quietUntil);
        }
        if (in.requestId() != null) {
            requests.answer(c, in.requestId(), sender, hug.id());
        }
        return new Sent(List.of(hug), Map.of(sender, senderName == null ? "" : senderName, in.recipientId(), recipient.name()));
    }

    private Sent toTeam(Connection c, TenantSlug tenant, String sender, HugInput in) throws SQLException {
        List<String> recipients = teamRecipients(c, sender, in.teamId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant deliverAt = in.deliverAt() != null ? in.deliverAt() : now;
        UUID group = UUID.randomUUID();
        List<Hug> created = new ArrayList<>();
        for (String recipient : recipients) {
            Hug hug = new Hug(UUID.randomUUID(), sender, recipient, in.type(), in.message(), group, null,
                    Hug.Status.SCHEDULED, deliverAt, null, false, now);
            hugs.insert(c, hug);
            Optional<Instant> wait = in.deliverAt() == null ? delivery.deliverOrHold(c, tenant, hug) : Optional.of(deliverAt);
            if (wait.isPresent()) {
                outbox.publish(c, tenant, HugDelivery.EVENT, Jsons.object().add("hugId", hug.id().toString()).build().toString(), wait.get());
            }
            created.add(hugs.find(c, hug.id()).orElseThrow());
        }
        List<String> everyone = new ArrayList<>(recipients);
        everyone.add(sender);
        return new Sent(created, PeopleStore.names(c, everyone));
    }

    public Hug get(TenantSlug tenant, String personId, UUID id) {
        return data.inConnection(tenant, c -> hugs.findFor(c, personId, id)).orElseThrow(HugService::noSuchHug);
    }

    public void cancel(TenantSlug tenant, String personId, UUID id) {
        data.inConnection(tenant, c -> {
            Hug hug = hugs.find(c, id).filter(h -> h.senderId().equals(personId)).orElseThrow(HugService::noSuchHug);
            if (hug.status() != Hug.Status.SCHEDULED) {
                throw Refusal.conflict("This hug is already " + hug.status().name().toLowerCase() + "; only scheduled hugs can be cancelled.");
            }
            hugs.cancel(c, id);
            return null;
        });
    }

    public Page<Hug> history(TenantSlug tenant, String personId, boolean sent, Page.Position after, int limit) {
        return data.inConnection(tenant, c -> sent ? hugs.sent(c, personId, after, limit) : hugs.received(c, personId, after, limit));
    }

    public Map<String, Map<String, Long>> counts(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> Map.of("sent", hugs.countsByType(c, personId, true), "received", hugs.countsByType(c, personId, false)));
    }

    /** The recipient reports a hug: it is hidden from them at once and kept for the tenant's admins. */
    public void report(TenantSlug tenant, String personId, UUID id, String reason) {
        data.inConnection(tenant, c -> {
            Hug hug = hugs.findFor(c, personId, id).filter(h -> h.recipientId().equals(personId)).orElseThrow(HugService::noSuchHug);
            hugs.hide(c, hug.id());
            hugs.report(c, hug.id(), personId, reason);
            return null;
        });
    }

    public Map<String, String> names(TenantSlug tenant, List<String> ids) {
        return data.inConnection(tenant, c -> PeopleStore.names(c, ids));
    }

    private int parseAllowance(String setting) {
        if (setting == null) {
            return config.dailyHugAllowance();
        }
        try {
            return Integer.parseInt(setting.strip());
        } catch (NumberFormatException e) {
            return config.dailyHugAllowance();
        }
    }

    private List<String> teamRecipients(Connection c, String sender, UUID teamId) throws SQLException {
        if (!hugs.teamExists(c, teamId)) {
            throw Refusal.notFound("There is no such team.");
        }
        List<String> members = hugs.teamRecipients(c, sender, teamId);
        if (members.isEmpty()) {
            throw Refusal.invalid("teamId", "this team has nobody else to receive a hug");
        }
        return members;
    }

    private void answer(Connection c, String sender, HugInput in) throws SQLException {
        HugRequest request = requests.findFor(c, sender, in.requestId())
                .orElseThrow(() -> Refusal.invalid("requestId", "is not a hug request made to you"));
        boolean askedMe = request.recipients().stream().anyMatch(r -> r.personId().equals(sender));
        if (!askedMe || !request.requesterId().equals(in.recipientId()) || request.status() == HugRequest.Status.CLOSED) {
            throw Refusal.invalid("requestId", "is not an open hug request to you from this recipient");
        }
    }

    static Refusal noSuchHug() {
        return Refusal.notFound("There is no such hug of yours.");
    }
}
