package org.hugmenow.platform.security.internal;

/** A token was refused; {@code status} is 401, 403 or 503 and {@code detail} is safe to show. */
public class AuthenticationFailure extends RuntimeException {

    private final int status;

    public AuthenticationFailure(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
