package org.hugmenow.wellness.content.domain;

public record Recommendation(ContentItem item, String reason) {
}
