package org.hugmenow.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body that may hold line breaks and tabs (notes, messages,
 * bodies). Every other text field is one line. Both refuse other control characters and
 * bidirectional overrides; see {@code org.hugmenow.platform.web.body.TextPolicy}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface MultilineText {
}
