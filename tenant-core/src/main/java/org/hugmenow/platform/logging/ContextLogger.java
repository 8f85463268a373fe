package org.hugmenow.platform.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/** java.util.logging with the request ID and tenant on every line. */
public final class ContextLogger {

    private final Logger delegate;

    private ContextLogger(Logger delegate) {
        this.delegate = delegate;
    }

    public static ContextLogger of(Class<?> owner) {
        return new ContextLogger(Logger.getLogger(owner.getName()));
    }

    public void info(String message) {
        delegate.log(Level.INFO, LogContext.prefix() + message);
    }

    public void warn(String message) {
        delegate.log(Level.WARNING, LogContext.prefix() + message);
    }

    public void warn(String message, Throwable cause) {
        delegate.log(Level.WARNING, LogContext.prefix() + message, cause);
    }

    public void error(String message, Throwable cause) {
        delegate.log(Level.SEVERE, LogContext.prefix() + message, cause);
    }
}
