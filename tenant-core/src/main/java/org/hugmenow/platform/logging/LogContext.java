package org.hugmenow.platform.logging;

/**
 * The request ID and tenant of the work running on this thread, prefixed to every log line of
 * ours as {@code [request=… tenant=…]}. Never holds personal data.
 */
public final class LogContext {

    private static final ThreadLocal<String[]> CURRENT = ThreadLocal.withInitial(() -> new String[] {"-", "-"});

    private LogContext() {
    }

    public static void begin(String requestId) {
        CURRENT.set(new String[] {requestId, "-"});
    }

    public static void tenant(String tenant) {
        CURRENT.get()[1] = tenant;
    }

    public static String requestId() {
        return CURRENT.get()[0];
    }

    public static String tenant() {
        return CURRENT.get()[1];
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static String prefix() {
        String[] context = CURRENT.get();
        return "[request=" + context[0] + " tenant=" + context[1] + "] ";
    }
}
