package org.hugmenow.billing.finance.domain;

/** A finished export file. */
public record Export(String fileName, String contentType, byte[] body) {
}
