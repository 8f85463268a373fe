package org.hugmenow.console.federation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class SamlMetadataCheckTest {

    /** A real self-signed certificate (CN=test.contoso.example), valid from 2024-01-01 for a hundred years. */
    static final String CERT = TestCertificates.LONG_LIVED;

    static String metadata(String keyDescriptors, String services) {
        return "<?xml version=\"1.0\"?><md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"https://sts.contoso.example/adfs/services/trust\">"
                + "<md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">" + keyDescriptors
                + "<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>" + services
                + "</md:IDPSSODescriptor></md:EntityDescriptor>";
    }

    static String signing(String cert) {
        return "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n" + cert
                + "\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>";
    }

    static final String REDIRECT = "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
            + " Location=\"https://sts.contoso.example/adfs/ls/redirect\"/>";
    static final String POST = "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
            + " Location=\"https://sts.contoso.example/adfs/ls/post\"/>";

    @Test
    void readsEntityServiceAndCertificates() {
        ProviderCheck check = SamlMetadataCheck.check(metadata(signing(CERT), REDIRECT + POST));
        assertEquals("https://sts.contoso.example/adfs/services/trust", check.issuer());
        assertEquals("https://sts.contoso.example/adfs/ls/post", check.endpoints().get("singleSignOnServiceUrl"), "POST preferred");
        assertEquals("true", check.endpoints().get("postBindingAuthnRequest"));
        assertEquals(CERT.replaceAll("\\s", ""), check.endpoints().get("signingCertificate"), "one line for the broker");
        assertEquals(SamlMetadataCheck.EMAIL_FORMAT, check.endpoints().get("nameIDPolicyFormat"));
        assertEquals(1, check.certificates().size());
        assertTrue(check.certificates().get(0).subject().contains("test.contoso.example"));
        assertEquals("false", SamlMetadataCheck.check(metadata(signing(CERT), REDIRECT)).endpoints().get("postBindingAuthnRequest"));
    }

    @Test
    void refusesWhatCannotBeTrusted() {
        String[] bad = {
            "<x",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"/>",
            metadata("", POST),
            metadata(signing(CERT), ""),
            metadata(signing("bm90IGEgY2VydGlmaWNhdGU="), POST),
            metadata(signing(CERT), "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
                    + " Location=\"javascript:alert(1)\"/>"),
        };
        for (String xml : bad) {
            Refusal refusal = assertThrows(Refusal.class, () -> SamlMetadataCheck.check(xml), xml);
            assertEquals(Refusal.Kind.UNPROCESSABLE, refusal.kind(), xml);
        }
        assertEquals(Refusal.Kind.INVALID, assertThrows(Refusal.class, () -> SamlMetadataCheck.check(" ")).kind());
    }
}
