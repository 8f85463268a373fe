package org.hugmenow.console.hugs.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Person;
import org.hugmenow.wellness.hug.application.HugSafetyService;
import org.hugmenow.wellness.hug.domain.HugReport;
import org.hugmenow.wellness.hug.domain.HugType;

/**
 * HR admins' hug types (the standard ones and the organization's own, with a form to add one) and
 * the hugs reported as abusive, with the shown names of sender and reporter (never usernames) and
 * no mood data. The rules for a new type are the service's, so the API and this page agree.
 */
@Named("hugSafety")
@RequestScoped
public class HugSafetyView {

    @Inject HugSafetyService safety;
    @Inject Directory directory;
    @Inject SignedInUser user;

    private String key;
    private String label;
    private String meaning;
    private final Map<String, String> names = new HashMap<>();

    /** A report as HR reads it. */
    public record ReportRow(String sender, String reporter, String type, String message, String reason, Instant reportedAt) {
    }

    public List<HugType> getTypes() {
        user.require(Roles.HR_ADMIN);
        return safety.types(user.slug());
    }

    public List<ReportRow> getReports() {
        user.require(Roles.HR_ADMIN);
        return safety.reports(user.slug()).stream().map(this::row).toList();
    }

    public void addType() {
        user.require(Roles.HR_ADMIN);
        try {
            HugType added = safety.addType(user.slug(), new HugType(strip(key), strip(label), strip(meaning), true));
            Messages.info("hugSafety.added", added.label());
            key = null;
            label = null;
            meaning = null;
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    private ReportRow row(HugReport r) {
        return new ReportRow(name(r.senderId()), name(r.reporterId()), r.type(), r.message(), r.reason(), r.reportedAt());
    }

    /** The name a person chose to show; someone no longer in the directory is "former member". */
    private String name(String personId) {
        return names.computeIfAbsent(personId, id -> directory.person(user.slug(), id).map(Person::shownName)
                .orElse(Messages.text("hugSafety.formerMember")));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getMeaning() {
        return meaning;
    }

    public void setMeaning(String meaning) {
        this.meaning = meaning;
    }
}
