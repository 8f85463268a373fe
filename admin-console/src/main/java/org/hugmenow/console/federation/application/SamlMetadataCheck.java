package org.hugmenow.console.federation.application;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.platform.refusal.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Tests a SAML 2.0 identity provider from its metadata (fetched or uploaded): one entity with an
 * IDPSSODescriptor, a single sign-on service over HTTP-POST or HTTP-Redirect, and at least one
 * signing certificate that has not expired. Parsed with DTDs and external entities refused.
 */
final class SamlMetadataCheck {

    static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    static final String EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
    static final String UNSPECIFIED_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

    private SamlMetadataCheck() {
    }

    static ProviderCheck fromUrl(String metadataUrl, boolean allowPrivate) {
        return check(MetadataFetch.get("metadata", MetadataFetch.address("metadataUrl", metadataUrl, allowPrivate)));
    }

    static ProviderCheck check(String xml) {
        if (xml == null || xml.isBlank()) {
            throw Refusal.invalid("metadataXml", "is empty");
        }
        if (xml.length() > MetadataFetch.MAX_BYTES) {
            throw Refusal.invalid("metadataXml", "must be at most 1 MiB");
        }
        Element idp = identityProvider(parse(xml));
        Element entity = (Element) idp.getParentNode();
        String entityId = entity.getAttribute("entityID");
        if (entityId.isBlank()) {
            throw Refusal.unprocessable("The metadata's EntityDescriptor has no entityID.");
        }
        Element sso = singleSignOn(idp);
        List<String> certificates = signingCertificates(idp);
        Instant now = Instant.now();
        List<CertificateFacts> facts = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (String certificate : certificates) {
            CertificateFacts read = Certificates.read(certificate);
            facts.add(read);
            if (!read.expiredAt(now)) {
                valid.add(Certificates.oneLine(certificate));
            }
        }
        if (valid.isEmpty()) {
            throw Refusal.unprocessable("Every signing certificate in the metadata has expired: signed responses could not be trusted.");
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("idpEntityId", entityId);
        endpoints.put("singleSignOnServiceUrl", sso.getAttribute("Location"));
        endpoints.put("postBindingAuthnRequest", String.valueOf(POST.equals(sso.getAttribute("Binding"))));
        endpoints.put("signingCertificate", String.join(",", valid));
        endpoints.put("nameIDPolicyFormat", offersEmailNameId(idp) ? EMAIL_FORMAT : UNSPECIFIED_FORMAT);
        return new ProviderCheck(entityId, sso.getAttribute("Location"), List.copyOf(facts), Map.copyOf(endpoints));
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw Refusal.unprocessable("The metadata is not well-formed XML (or declares a DTD, which is refused).");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    private static Element identityProvider(Document document) {
        NodeList descriptors = document.getElementsByTagNameNS(MD, "IDPSSODescriptor");
        if (descriptors.getLength() == 0) {
            throw Refusal.unprocessable("The metadata describes no SAML identity provider (no IDPSSODescriptor).");
        }
        if (descriptors.getLength() > 1) {
            throw Refusal.unprocessable("The metadata describes several identity providers; upload the one to connect.");
        }
        Element idp = (Element) descriptors.item(0);
        if (!(idp.getParentNode() instanceof Element parent) || !"EntityDescriptor".equals(parent.getLocalName())) {
            throw Refusal.unprocessable("The IDPSSODescriptor is not inside an EntityDescriptor.");
        }
        return idp;
    }

    private static Element singleSignOn(Element idp) {
        Element redirect = null;
        NodeList services = idp.getElementsByTagNameNS(MD, "SingleSignOnService");
        for (int i = 0; i < services.getLength(); i++) {
            Element service = (Element) services.item(i);
            String location = service.getAttribute("Location");
            if (location.startsWith("https://") || location.startsWith("http://")) {
                if (POST.equals(service.getAttribute("Binding"))) {
                    return service;
                }
                if (REDIRECT.equals(service.getAttribute("Binding")) && redirect == null) {
                    redirect = service;
                }
            }
        }
        if (redirect == null) {
            throw Refusal.unprocessable("The metadata has no single sign-on service over HTTP-POST or HTTP-Redirect.");
        }
        return redirect;
    }

    private static List<String> signingCertificates(Element idp) {
        List<String> certificates = new ArrayList<>();
        NodeList keys = idp.getElementsByTagNameNS(MD, "KeyDescriptor");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            String use = key.getAttribute("use");
            if (use.isEmpty() || use.equals("signing")) {
                NodeList x509 = key.getElementsByTagNameNS(DS, "X509Certificate");
                for (int j = 0; j < x509.getLength(); j++) {
                    certificates.add(x509.item(j).getTextContent());
                }
            }
        }
        if (certificates.isEmpty()) {
            throw Refusal.unprocessable("The metadata has no signing certificate, so signed assertions could not be checked.");
        }
        return certificates;
    }

    private static boolean offersEmailNameId(Element idp) {
        NodeList formats = idp.getElementsByTagNameNS(MD, "NameIDFormat");
        for (int i = 0; i < formats.getLength(); i++) {
            if (EMAIL_FORMAT.equals(formats.item(i).getTextContent().strip())) {
                return true;
            }
        }
        return formats.getLength() == 0;
    }
}
