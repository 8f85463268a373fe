package org.hugmenow.hr.sync.domain;

/**
 * A skipped source record, a conflict or a per-record apply error of a run. {@code reference}
 * is the source's key or a line number, never other personal data.
 */
public record RunIssue(int seq, String kind, String reference, String attribute, String detail) {
}
