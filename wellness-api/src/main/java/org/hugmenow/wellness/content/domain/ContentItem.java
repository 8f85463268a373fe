package org.hugmenow.wellness.content.domain;

import java.util.List;
import java.util.UUID;

/** A wellness exercise or resource: global (shipped with the product) or the tenant's own. */
public record ContentItem(UUID id, String kind, String title, String summary, String body, int minutes, boolean global) {

    public static final List<String> KINDS = List.of("breathing", "gratitude", "movement", "sleep");
}
