package org.hugmenow.tenant.directory.domain;

import java.util.UUID;

public record Team(UUID id, String name, UUID parentId, int memberCount) {
}
