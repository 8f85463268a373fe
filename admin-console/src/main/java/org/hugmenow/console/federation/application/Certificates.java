package org.hugmenow.console.federation.application;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.platform.refusal.Refusal;

/** X.509 signing certificates as metadata and key sets carry them: Base64 DER. */
final class Certificates {

    private Certificates() {
    }

    static CertificateFacts read(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new CertificateFacts(cert.getSubjectX500Principal().getName(), cert.getNotBefore().toInstant(),
                    cert.getNotAfter().toInstant());
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw Refusal.unprocessable("A signing certificate in the metadata is not a valid X.509 certificate.");
        }
    }

    /** The certificate as Keycloak's broker configuration takes it: Base64 DER on one line. */
    static String oneLine(String base64) {
        return base64.replaceAll("\\s+", "");
    }
}
