package org.hugmenow.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field that carries a whole document, such as SAML metadata: kept exactly as sent
 * (like {@link VerbatimText}), line breaks allowed, up to 1 MiB instead of the usual backstop.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface DocumentText {
}
