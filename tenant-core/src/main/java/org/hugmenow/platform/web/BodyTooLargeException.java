package org.hugmenow.platform.web;

import java.io.IOException;

/** Raised while reading a request body that passes the size limit; answered with 413. */
public final class BodyTooLargeException extends IOException {
    public BodyTooLargeException() {
        super("request body exceeds the limit");
    }
}
