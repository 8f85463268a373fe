package org.hugmenow.console.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.hugmenow.platform.refusal.Refusal;

/** Faces messages in the person's language, from the console's bundle (var "msg" in faces-config.xml). */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args), null);
    }

    /**
     * A refusal from an application service, as the person should read it: its kind in their
     * language, with the service's own detail (written for people, in English) and any field errors.
     */
    public static void refused(Refusal refusal) {
        String title = text("refusal." + refusal.kind().name().toLowerCase());
        if (refusal.errors().isEmpty()) {
            add(FacesMessage.SEVERITY_ERROR, title, refusal.getMessage());
            return;
        }
        for (Refusal.FieldError error : refusal.errors()) {
            add(FacesMessage.SEVERITY_ERROR, title, error.field() + ": " + error.message());
        }
    }

    /** An absent detail is "", not null: Faces would repeat the summary as the detail. */
    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }
}
