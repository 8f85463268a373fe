package org.hugmenow.platform.db;

import java.time.Duration;

public record DatabaseSettings(String url, String user, String password, int poolSize, int subPools,
                               Duration maxLifetime) {
}
