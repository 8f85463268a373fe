package org.hugmenow.hr.connector.spi;

import java.util.regex.Pattern;

/** The one plausibility check every connector applies to an email before it keys a person on it. */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    public static boolean plausible(String email) {
        return email != null && ADDRESS.matcher(email).matches();
    }
}
