package org.hugmenow.wellness.hug.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.application.ConnectionService;
import org.hugmenow.wellness.hug.domain.HugRequest;
import org.hugmenow.wellness.hug.persistence.HugRequestStore;
import org.hugmenow.wellness.notification.application.Notifier;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.wellness.shared.persistence.PeopleStore;

/** "I could use a hug": asked privately of chosen connections only. */
@ApplicationScoped
public class HugRequestService {

    @Inject TenantData data;
    @Inject HugRequestStore requests;
    @Inject Notifier notifier;
    @Inject ConnectionService connections;

    public HugRequest create(TenantSlug tenant, String me, List<String> recipientIds, String message) {
        return data.inConnection(tenant, c -> {
            List<Refusal.FieldError> errors = new ArrayList<>();
            List<String> recipients = new ArrayList<>(new LinkedHashSet<>(recipientIds));
            for (int i = 0; i < recipients.size(); i++) {
                String other = recipients.get(i);
                if (PeopleStore.activeName(c, other).isEmpty()) {
                    // Unknown here and another tenant's person look the same: 404, as for a hug's recipientId.
                    throw Refusal.notFound("There is no such colleague (recipientIds[" + i + "]).");
                }
                boolean connected = connections.connected(c, me, other);
                if (!connected || PeopleStore.blockedEitherWay(c, me, other)) {
                    errors.add(new Refusal.FieldError("recipientIds[" + i + "]", "is not one of your connections"));
                }
            }
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors);
            }
            HugRequest request = new HugRequest(UUID.randomUUID(), me, message, HugRequest.Status.OPEN,
                    recipients.stream().map(r -> new HugRequest.Recipient(r, null)).toList(), Instant.now().truncatedTo(ChronoUnit.MICROS));
            requests.insert(c, request);
            String myName = PeopleStore.names(c, List.of(me)).getOrDefault(me, "");
            for (String recipient : recipients) {
                var payload = Jsons.object().add("requestId", request.id().toString()).add("requesterId", me).add("requesterName", myName);
                if (message != null) {
                    payload.add("message", message);
                }
                notifier.notify(c, tenant, recipient, Notification.HUG_REQUEST_RECEIVED, me, payload.build());
            }
            return request;
        });
    }

    public HugRequest get(TenantSlug tenant, String me, UUID id) {
        return data.inConnection(tenant, c -> requests.findFor(c, me, id)).map(r -> visibleTo(r, me)).orElseThrow(HugRequestService::noSuchRequest);
    }

    public List<HugRequest> list(TenantSlug tenant, String me, boolean sent) {
        return data.inConnection(tenant, c -> requests.list(c, me, sent)).stream().map(r -> visibleTo(r, me)).toList();
    }

    public void close(TenantSlug tenant, String me, UUID id) {
        data.inConnection(tenant, c -> {
            HugRequest r = requests.findFor(c, me, id).filter(x -> x.requesterId().equals(me)).orElseThrow(HugRequestService::noSuchRequest);
            requests.close(c, r.id());
            return null;
        });
    }

    /** A person asked sees only themselves among the recipients: whom else the requester asked is private. */
    private static HugRequest visibleTo(HugRequest r, String me) {
        if (r.requesterId().equals(me)) {
            return r;
        }
        return new HugRequest(r.id(), r.requesterId(), r.message(), r.status(),
                r.recipients().stream().filter(x -> x.personId().equals(me)).toList(), r.createdAt());
    }

    static Refusal noSuchRequest() {
        return Refusal.notFound("There is no such hug request of yours.");
    }
}
