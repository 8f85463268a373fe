package org.hugmenow.console.signin.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A domain people sign in with ("acme.example"), as home-realm discovery matches it: lower case, no "@". */
public record EmailDomain(String value) {

    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private static final Pattern LOCAL_PART = Pattern.compile("[^@\\s<>\"(),:;\\[\\]]{1,64}");

    public EmailDomain {
        if (!DOMAIN.matcher(value).matches()) {
            throw new IllegalArgumentException("not a domain name");
        }
    }

    /** The domain of a typed value that is a domain, or an e-mail address; empty if it is neither. */
    public static Optional<EmailDomain> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        int at = text.lastIndexOf('@');
        if (at >= 0 && !LOCAL_PART.matcher(text.substring(0, at)).matches()) {
            return Optional.empty();
        }
        String domain = at >= 0 ? text.substring(at + 1) : text;
        return DOMAIN.matcher(domain).matches() ? Optional.of(new EmailDomain(domain)) : Optional.empty();
    }
}
