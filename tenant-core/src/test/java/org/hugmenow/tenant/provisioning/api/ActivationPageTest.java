package org.hugmenow.tenant.provisioning.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ActivationPageTest {

    @Test
    void thePolicyAllowsExactlyThePagesOwnStyleAndNoScript() {
        String html = ActivationPage.form("t0ken", "Too short");
        Matcher style = Pattern.compile("<style>(.*?)</style>").matcher(html);
        assertTrue(style.find());
        String policy = ActivationPage.CONTENT_SECURITY_POLICY;
        assertTrue(policy.contains("style-src '" + ActivationPage.sha256(style.group(1)) + "'"), policy);
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        assertTrue(policy.contains("form-action 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("script-src"), policy);
        assertFalse(html.contains("<script") || html.contains(" style=") || html.contains(" on"), "nothing the policy would block");
        assertFalse(style.find(), "one style element only");
    }

    @Test
    void hashesFollowCspLevel2() {
        // echo -n 'a' | openssl dgst -sha256 -binary | base64
        assertEquals("sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=", ActivationPage.sha256("a"));
    }
}
