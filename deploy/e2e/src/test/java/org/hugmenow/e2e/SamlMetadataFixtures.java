package org.hugmenow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** SAML metadata a customer could upload, around a certificate made by the JDK's keytool. */
final class SamlMetadataFixtures {

    private SamlMetadataFixtures() {
    }

    /** Base64 DER of a self-signed certificate that ended a year ago. */
    static String expiredCertificate() throws IOException, InterruptedException {
        return certificate(-730, 365);
    }

    /** Base64 DER of a self-signed certificate valid from {@code startDays} (negative: in the past) for {@code validDays}. */
    static String certificate(int startDays, int validDays) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("expired-cert");
        Path store = dir.resolve("keys.p12");
        Path cert = dir.resolve("cert.der");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", "old", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=old.contoso.test",
                "-startdate", (startDays < 0 ? "" : "+") + startDays + "d", "-validity", String.valueOf(validDays), "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit"));
        run(List.of(keytool, "-exportcert", "-alias", "old", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", cert.toString()));
        return Base64.getEncoder().encodeToString(Files.readAllBytes(cert));
    }

    static String withCertificate(String base64) {
        return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " entityID=\"https://sts.contoso.test/adfs/services/trust\"><md:IDPSSODescriptor"
                + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:KeyDescriptor use=\"signing\"><ds:KeyInfo>"
                + "<ds:X509Data><ds:X509Certificate>" + base64 + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
                + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
                + " Location=\"https://sts.contoso.test/adfs/ls/\"/></md:IDPSSODescriptor></md:EntityDescriptor>";
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
