package org.hugmenow.wellness.notification.application;

import org.hugmenow.platform.outbox.Outbox;

/** A {@link Notifier} outside CDI for integration tests of features that notify. */
public final class NotifierForTests {

    private NotifierForTests() {
    }

    public static Notifier over(Outbox outbox) {
        Notifier notifier = new Notifier();
        notifier.outbox = outbox;
        return notifier;
    }
}
