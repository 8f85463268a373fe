package org.hugmenow.console.federation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hugmenow.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class MetadataFetchTest {

    @Test
    void urlsIntoPrivateNetworksAreRefusedUnlessAllowed() {
        for (String url : new String[] {"http://127.0.0.1:5432/", "http://localhost/x", "http://10.1.2.3/metadata",
            "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/",
            "http://0.0.0.0/"}) {
            assertEquals(Refusal.Kind.INVALID, assertThrows(Refusal.class, () -> MetadataFetch.address("metadataUrl", url, false)).kind(), url);
            assertEquals(url, MetadataFetch.address("metadataUrl", url, true).toString());
        }
        assertEquals("https://203.0.113.7/metadata", MetadataFetch.address("metadataUrl", "https://203.0.113.7/metadata", false).toString());
        for (String url : new String[] {"ftp://example.com/m", "file:///etc/passwd", "https://user:pw@example.com/", "not a url", ""}) {
            assertEquals(Refusal.Kind.INVALID, assertThrows(Refusal.class, () -> MetadataFetch.address("metadataUrl", url, true)).kind(), url);
        }
    }
}
