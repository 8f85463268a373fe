package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import org.hugmenow.e2e.console.ConsoleBrowser;
import org.hugmenow.e2e.signin.BrowserlessSignIn;
import org.hugmenow.launcher.CompanyIdp;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Enterprise sign-in with Keycloak on both sides: a realm of the test Keycloak plays the customer's
 * identity provider over OpenID Connect and over SAML 2.0, our tenants' realms broker to it. People
 * sign in with a browser without a screen (redirects, login forms, self-posting SAML forms).
 */
class EnterpriseSignInIT extends AppIT {

    static final String SIGN_IN = "/api/v1/admin/sign-in";
    private static CompanyIdp customer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The customers' identity providers are realms of the test Keycloak, on loopback.
        return TestStack.get().deployment(Map.of("hugmenow.sign-in.metadata-refresh-seconds", "15",
                "hugmenow.sign-in.allow-private-addresses", "true"));
    }

    record Org(String slug, String it, String domain) {
        String issuer() {
            return TestStack.get().keycloak.url() + "/realms/" + slug;
        }

        String brokerEndpoint(String alias) {
            return issuer() + "/broker/" + alias + "/endpoint";
        }
    }

    private synchronized CompanyIdp customer() throws Exception {
        if (customer == null) {
            customer = CompanyIdp.create(stack.keycloakAdmin, stack.keycloak.url(), Tenants.uniqueSlug("contoso-idp"));
        }
        return customer;
    }

    private Org tenant(String prefix, String plan) throws Exception {
        String slug = Tenants.uniqueSlug(prefix);
        tenants.provision(slug, Tenants.createBody(slug, plan));
        // The realm registers the configured app URL; this test's app listens on a random port.
        stack.keycloakAdmin.addRedirectUri(slug, "hugmenow-web", api.base() + "/app/");
        stack.keycloakAdmin.addWebOrigin(slug, "hugmenow-web", api.base());
        stack.keycloakAdmin.addRedirectUri(slug, "hugmenow-console", api.base() + "/console/callback");
        return new Org(slug, tenants.tokenFor(slug, "ivan", List.of("it-admin")), slug + ".test");
    }

    private BrowserlessSignIn browser(Org org) {
        return new BrowserlessSignIn(org.issuer(), "hugmenow-web", api.base() + "/app/");
    }

    /** Connects the customer's OIDC provider to the tenant with a client of its own. */
    private JsonObject connectOidc(Org org, String alias, String policy) throws Exception {
        String secret = customer().oidcClient("hugmenow-" + org.slug + "-" + alias, org.brokerEndpoint(alias));
        Api.Reply connected = api.post(SIGN_IN + "/providers", org.it, Json.createObjectBuilder()
                .add("displayName", "Contoso Entra ID").add("alias", alias).add("protocol", "oidc").add("vendor", "entra-id")
                .add("policy", policy).add("discoveryUrl", customer().discoveryUrl())
                .add("clientId", "hugmenow-" + org.slug + "-" + alias).add("clientSecret", secret)
                .add("domains", Json.createArrayBuilder().add(org.domain)).build().toString());
        assertEquals(201, connected.status(), connected.toString());
        assertFalse(connected.body().contains(secret), "the client secret is never returned");
        return connected.json();
    }

    private JsonObject connectSaml(Org org, String alias, String policy) throws Exception {
        customer().samlClient(org.issuer(), org.brokerEndpoint(alias));
        Api.Reply connected = api.post(SIGN_IN + "/providers", org.it, Json.createObjectBuilder()
                .add("displayName", "Contoso ADFS").add("alias", alias).add("protocol", "saml").add("policy", policy)
                .add("metadataUrl", customer().samlMetadataUrl())
                .add("domains", Json.createArrayBuilder().add(org.domain)).build().toString());
        assertEquals(201, connected.status(), connected.toString());
        return connected.json();
    }

    private String scimToken(Org org) {
        Api.Reply issued = api.post("/api/v1/admin/scim-tokens", org.it, "{\"label\":\"Entra provisioning\"}");
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("token");
    }

    private JsonObject me(String token) {
        Api.Reply me = api.get("/api/v1/me", token);
        assertEquals(200, me.status(), me.toString());
        return me.json();
    }

    /** The tenant's security audit entries whose action matches, as "action subject", oldest first. */
    private List<String> securityAudit(Org org, String actionLike) throws Exception {
        List<String> entries = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(stack.postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
             java.sql.PreparedStatement s = c.prepareStatement("SELECT action, subject FROM "
                     + new TenantSlug(org.slug).schemaName() + ".security_audit WHERE action LIKE ? ORDER BY id")) {
            s.setString(1, actionLike);
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return entries;
    }

    private long tenantUsers(Org org, String username) throws Exception {
        return ((JsonArray) stack.keycloakAdmin.json(org.slug + "/users?exact=true&username=" + username)).size();
    }

    @Test
    void directoryPeopleSignInThroughTheCompanyOidcProviderAndNobodyElse() throws Exception {
        Org org = tenant("sso-oidc", "premium");
        long started = System.nanoTime();
        JsonObject provider = connectOidc(org, "contoso", "directory");
        System.out.printf("[enterprise sign-in] OIDC provider connected end to end in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertTrue(provider.getBoolean("clientSecretSet"));
        assertEquals(org.brokerEndpoint("contoso"), provider.getString("redirectUri"));
        assertEquals(customer().discoveryUrl().replace("/.well-known/openid-configuration", ""), provider.getJsonObject("check").getString("issuer"));
        assertEquals(List.of(org.domain), provider.getJsonArray("domains").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("contoso", api.get("/api/v1/sign-in/discovery?who=dana@" + org.domain, null).json().getString("idpHint"));
        assertFalse(api.get("/api/v1/sign-in/discovery?who=" + org.slug, null).json().containsKey("idpHint"));

        // Dana is provisioned by SCIM under her work address; the company provider knows her by another username.
        Scim scim = Scim.bearer(api, scimToken(org));
        String danaId = Scim.created(scim.post("/Users", Scim.user("dana@" + org.domain, "Dana", "Scully").build()));
        customer().person("dana-" + org.slug, "dana@" + org.domain);
        customer().person("eve-" + org.slug, "eve@" + org.domain);

        BrowserlessSignIn.Outcome dana = browser(org).signIn("contoso", "dana-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(dana.signedIn(), "dana was refused: " + dana.refusal());
        JsonObject me = me(dana.accessToken());
        assertEquals(org.slug, me.getJsonObject("tenant").getString("slug"));
        assertEquals(danaId, me.getString("userId"), "linked to the provisioned person, not a new one");
        assertTrue(me.getJsonArray("roles").toString().contains("employee"), me.toString());
        JsonArray links = (JsonArray) stack.keycloakAdmin.json(org.slug + "/users/" + danaId + "/federated-identity");
        assertEquals("contoso", links.getJsonObject(0).getString("identityProvider"));

        BrowserlessSignIn.Outcome eve = browser(org).signIn("contoso", "eve-" + org.slug, CompanyIdp.PASSWORD);
        assertFalse(eve.signedIn(), "a person the directory does not hold is refused");
        assertEquals(0, tenantUsers(org, "eve-" + org.slug), "and nobody was created for her");

        Api.Reply off = scim.patch("/Users/" + danaId, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("value", Json.createObjectBuilder().add("active", false))), null);
        assertEquals(200, off.status(), off.toString());
        BrowserlessSignIn.Outcome deactivated = browser(org).signIn("contoso", "dana-" + org.slug, CompanyIdp.PASSWORD);
        assertFalse(deactivated.signedIn(), "a person SCIM deactivated is refused at once");

        assertEquals(List.of("sign-in-provider.connected contoso (oidc, directory)"), securityAudit(org, "sign-in-provider.%"));
    }

    @Test
    void unknownPeopleArriveJustInTimeThroughSamlAsEmployeesInTheDirectory() throws Exception {
        Org org = tenant("sso-saml", "premium");
        JsonObject provider = connectSaml(org, "contoso-saml", "just-in-time");
        assertEquals("saml", provider.getString("protocol"));
        assertFalse(provider.getJsonObject("check").getJsonArray("certificates").isEmpty(), "the signing certificate is shown");
        assertEquals(org.issuer(), provider.getString("serviceProviderEntityId"));

        Api.Bytes metadata = api.getBytes(SIGN_IN + "/providers/contoso-saml/sp-metadata", org.it, "application/samlmetadata+xml");
        assertEquals(200, metadata.status());
        String xml = new String(metadata.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("entityID=\"" + org.issuer() + "\""), xml);
        assertTrue(xml.contains(org.brokerEndpoint("contoso-saml")), xml);

        customer().person("frank-" + org.slug, "frank@" + org.domain);
        BrowserlessSignIn.Outcome frank = browser(org).signIn("contoso-saml", "frank-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(frank.signedIn(), "frank was refused: " + frank.refusal());
        JsonObject me = me(frank.accessToken());
        assertEquals(org.slug, me.getJsonObject("tenant").getString("slug"));
        assertTrue(me.getJsonArray("roles").toString().contains("employee"), me.toString());
        String hr = tenants.tokenFor(org.slug, "hanna", List.of("hr-admin"));
        Api.Reply people = api.get("/api/v1/directory/people?q=frank", hr);
        assertEquals(200, people.status(), people.toString());
        assertTrue(people.body().contains(me.getString("userId")), "frank is in the directory: " + people.body());
        JsonObject user = (JsonObject) stack.keycloakAdmin.json(org.slug + "/users/" + me.getString("userId"));
        assertEquals("frank@" + org.domain, user.getString("email"), "e-mail mapped from the SAML attribute");
        assertEquals("Frank-" + org.slug, user.getString("firstName"));
    }

    @Test
    void forgedSamlResponsesAreRefused() throws Exception {
        Org org = tenant("sso-forged", "premium");
        connectSaml(org, "contoso-saml", "just-in-time");
        customer().person("grace-" + org.slug, "grace@" + org.domain);
        customer().person("mallory-" + org.slug, "mallory@" + org.domain);

        BrowserlessSignIn.Outcome unsigned = browser(org).tamperingWith(xml -> xml.replaceAll("(?s)<(\\w+:)?Signature\\b.*?</(\\w+:)?Signature>", ""))
                .signIn("contoso-saml", "mallory-" + org.slug, CompanyIdp.PASSWORD);
        assertFalse(unsigned.signedIn(), "signatures removed");
        BrowserlessSignIn.Outcome altered = browser(org).tamperingWith(xml -> {
            assertTrue(xml.contains("mallory@" + org.domain));
            return xml.replace("mallory@" + org.domain, "grace@" + org.domain);
        }).signIn("contoso-saml", "mallory-" + org.slug, CompanyIdp.PASSWORD);
        assertFalse(altered.signedIn(), "assertion altered after signing");
        assertEquals(0, tenantUsers(org, "mallory-" + org.slug));
        assertEquals(0, tenantUsers(org, "grace-" + org.slug));

        BrowserlessSignIn.Outcome honest = browser(org).signIn("contoso-saml", "mallory-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(honest.signedIn(), "the same sign-in untouched goes through: " + honest.refusal());
    }

    @Test
    void enforcementLeavesPasswordsOnlyToBreakGlassAdmins() throws Exception {
        Org org = tenant("sso-enforce", "premium");
        connectOidc(org, "contoso", "directory");
        stack.keycloakAdmin.ensureUser(org.slug, "emma", "emma@" + org.domain, Tenants.PASSWORD, List.of("employee"));
        customer().person("emma-" + org.slug, "emma@" + org.domain);

        assertEquals(400, api.put(SIGN_IN + "/enforcement", org.it, "{\"enforced\":true,\"breakGlassAdmins\":[]}").status());
        Api.Reply nobody = api.put(SIGN_IN + "/enforcement", org.it, "{\"enforced\":true,\"breakGlassAdmins\":[\"nobody-here\"]}");
        assertEquals(400, nobody.status());
        assertTrue(nobody.body().contains("nobody-here"), nobody.body());
        assertFalse(api.get(SIGN_IN + "/enforcement", org.it).json().getBoolean("enforced"), "nothing half-done");

        Api.Reply on = api.put(SIGN_IN + "/enforcement", org.it, "{\"enforced\":true,\"breakGlassAdmins\":[\"ivan\"]}");
        assertEquals(200, on.status(), on.toString());
        assertTrue(on.json().getBoolean("enforced"));

        assertNull(browser(org).firstPage().selectFirst("input[name=password]"), "no password form for anyone at first");
        BrowserlessSignIn.Outcome emmaPassword = browser(org).signIn(null, "emma", Tenants.PASSWORD);
        assertFalse(emmaPassword.signedIn(), "a normal user's password no longer opens anything");
        assertTrue(emmaPassword.refusal().contains("company account"), emmaPassword.refusal());
        // Another user: Keycloak locks out a user for a minute after two failures within a second.
        stack.keycloakAdmin.ensureUser(org.slug, "emil", "emil@" + org.domain, Tenants.PASSWORD, List.of("employee"));
        assertThrows(Exception.class, () -> Tokens.passwordGrant(stack.keycloak.url(), org.slug, "emil", Tenants.PASSWORD),
                "no password grant either");

        BrowserlessSignIn.Outcome ivan = browser(org).signIn(null, "ivan", Tenants.PASSWORD);
        assertTrue(ivan.signedIn(), "the break-glass admin still signs in: " + ivan.refusal());
        BrowserlessSignIn.Outcome emmaBrokered = browser(org).signIn("contoso", "emma-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(emmaBrokered.signedIn(), "through the company provider emma signs in: " + emmaBrokered.refusal());

        assertEquals(409, api.delete(SIGN_IN + "/providers/contoso", org.it).status(), "no removing the enforced provider");
        assertEquals(409, api.send("PATCH", SIGN_IN + "/providers/contoso", org.it, "{\"enabled\":false}", "application/json").status());

        assertEquals(200, api.put(SIGN_IN + "/enforcement", org.it, "{\"enforced\":false}").status());
        BrowserlessSignIn.Outcome again = browser(org).signIn(null, "emma", Tenants.PASSWORD);
        assertTrue(again.signedIn(), "passwords work again: " + again.refusal() + " at " + again.refusedPage());
        assertEquals(204, api.delete(SIGN_IN + "/providers/contoso", org.it).status());
        assertEquals(0, ((JsonArray) stack.keycloakAdmin.json(org.slug + "/identity-provider/instances")).size());
        assertEquals(List.of("sign-in-provider.connected contoso (oidc, directory)", "sign-in-provider.removed contoso"),
                securityAudit(org, "sign-in-provider.%"));
        assertEquals(List.of("sign-in-enforcement.on break-glass: ivan", "sign-in-enforcement.off break-glass: ivan"),
                securityAudit(org, "sign-in-enforcement.%"));
        assertFalse(api.get("/api/v1/sign-in/discovery?who=emma@" + org.domain, null).json().containsKey("idpHint"));
    }

    @Test
    void badSettingsAreRefusedClearlyAndLeaveNothingBehind() throws Exception {
        Org org = tenant("sso-bad", "premium");
        Map<String, JsonObjectBuilder> refused = Map.of(
                "unreachable discovery", oidc("http://127.0.0.1:9/.well-known/openid-configuration"),
                "not XML", saml("<EntityDescriptor"),
                "a DTD", saml("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
                "no identity provider", saml("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"/>"),
                "an expired certificate", saml(SamlMetadataFixtures.withCertificate(SamlMetadataFixtures.expiredCertificate())));
        for (Map.Entry<String, JsonObjectBuilder> bad : refused.entrySet()) {
            String body = bad.getValue().build().toString();
            Api.Reply reply = api.post(SIGN_IN + "/providers", org.it, body);
            assertEquals(422, reply.status(), bad.getKey() + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), bad.getKey());
            Api.Reply tested = api.post(SIGN_IN + "/test", org.it, body);
            assertEquals(422, tested.status(), bad.getKey() + " (test): " + tested);
        }
        for (String invalid : List.of("{\"protocol\":\"ldap\",\"displayName\":\"X\"}",
                "{\"protocol\":\"oidc\",\"displayName\":\"X\",\"discoveryUrl\":\"" + customer().discoveryUrl() + "\",\"clientId\":\"x\"}",
                "{\"protocol\":\"oidc\",\"displayName\":\"X\",\"alias\":\"Bad Alias\"}",
                "{\"protocol\":\"saml\",\"displayName\":\"X\",\"metadataUrl\":\"ftp://example.com/m\"}",
                "{\"protocol\":\"saml\",\"displayName\":\"X\",\"surprise\":1}", "[]")) {
            assertEquals(400, api.post(SIGN_IN + "/providers", org.it, invalid).status(), invalid);
        }

        Org other = tenant("sso-other", "premium");
        assertEquals(201, api.post(SIGN_IN + "/providers", other.it, Json.createObjectBuilder()
                .add("displayName", "Other").add("protocol", "saml").add("metadataUrl", customer().samlMetadataUrl())
                .add("domains", Json.createArrayBuilder().add(other.domain)).build().toString()).status());
        Api.Reply taken = api.post(SIGN_IN + "/providers", org.it, Json.createObjectBuilder()
                .add("displayName", "Contoso").add("protocol", "saml").add("metadataUrl", customer().samlMetadataUrl())
                .add("domains", Json.createArrayBuilder().add(other.domain)).build().toString());
        assertEquals(409, taken.status(), "a domain routes to one organization only: " + taken);

        assertEquals(0, api.get(SIGN_IN + "/providers", org.it).json().getJsonArray("items").size());
        assertEquals(0, ((JsonArray) stack.keycloakAdmin.json(org.slug + "/identity-provider/instances")).size(), "nothing half-configured");

        Api.Reply expiring = api.post(SIGN_IN + "/providers", org.it, saml(SamlMetadataFixtures.withCertificate(
                SamlMetadataFixtures.certificate(-5, 20))).add("displayName", "Soon expiring").build().toString());
        assertEquals(201, expiring.status(), expiring.toString());
        assertEquals(List.of("certificate-expiring"), expiring.json().getJsonObject("check").getJsonArray("warnings")
                .getValuesAs(jakarta.json.JsonString::getString), "a certificate ending within 30 days is warned about");

        Org free = tenant("sso-free", "free");
        Api.Reply plan = api.post(SIGN_IN + "/providers", free.it, saml(null).add("metadataUrl", customer().samlMetadataUrl()).build().toString());
        assertEquals(403, plan.status(), plan.toString());
        assertEquals("premium", plan.json().getString("requiredPlan"));
    }

    @Test
    void otherTenantsAndOtherRolesCannotTouchProvidersOrEnter() throws Exception {
        Org a = tenant("sso-a", "premium");
        Org b = tenant("sso-b", "premium");
        connectOidc(a, "contoso", "just-in-time");
        customer().person("henry-" + a.slug, "henry@" + a.domain);

        String p = SIGN_IN + "/providers/contoso";
        assertEquals(0, api.get(SIGN_IN + "/providers", b.it).json().getJsonArray("items").size());
        assertEquals(404, api.get(p, b.it).status());
        assertEquals(404, api.send("PATCH", p, b.it, "{\"enabled\":false}", "application/json").status());
        assertEquals(404, api.post(p + "/test", b.it, null).status());
        assertEquals(404, api.get(p + "/sp-metadata", b.it).status());
        assertEquals(404, api.delete(p, b.it).status());
        assertTrue(api.get(p, a.it).json().getBoolean("enabled"), "A's provider is untouched");

        BrowserlessSignIn.Outcome intoB = browser(b).signIn("contoso", "henry-" + a.slug, CompanyIdp.PASSWORD);
        assertFalse(intoB.signedIn(), "a person of A's provider cannot enter B");
        assertTrue(browser(a).signIn("contoso", "henry-" + a.slug, CompanyIdp.PASSWORD).signedIn());

        String operator = tenants.operatorToken();
        Map<String, String> others = Map.of(
                "employee", tenants.tokenFor(a.slug, "emil", List.of("employee")),
                "hr-admin", tenants.tokenFor(a.slug, "hanna", List.of("hr-admin")),
                "finance", tenants.tokenFor(a.slug, "fiona", List.of("finance")),
                "team-lead", tenants.tokenFor(a.slug, "theo", List.of("team-lead")),
                "operator", operator);
        List<String[]> endpoints = List.of(new String[] {"GET", SIGN_IN + "/providers"}, new String[] {"POST", SIGN_IN + "/providers"},
                new String[] {"POST", SIGN_IN + "/test"}, new String[] {"GET", p}, new String[] {"PATCH", p}, new String[] {"DELETE", p},
                new String[] {"POST", p + "/test"}, new String[] {"GET", p + "/sp-metadata"}, new String[] {"GET", SIGN_IN + "/enforcement"},
                new String[] {"PUT", SIGN_IN + "/enforcement"});
        for (String[] endpoint : endpoints) {
            String body = endpoint[0].equals("GET") || endpoint[0].equals("DELETE") ? null : "{\"enforced\":false}";
            for (Map.Entry<String, String> role : others.entrySet()) {
                assertEquals(403, api.send(endpoint[0], endpoint[1], role.getValue(), body, "application/json").status(),
                        role.getKey() + " " + endpoint[0] + " " + endpoint[1]);
            }
            assertEquals(401, api.send(endpoint[0], endpoint[1], null, body, "application/json").status(), "anonymous " + endpoint[1]);
        }
        assertTrue(api.get(p, a.it).json().getBoolean("enabled"));
    }

    @Test
    void itAdminConnectsInTheConsoleAndPeopleSignInThroughTheCompanyLoginPage() throws Exception {
        Org org = tenant("sso-ui", "premium");
        connectOidc(org, "contoso", "directory");
        stack.keycloakAdmin.ensureUser(org.slug, "dana", "dana@" + org.domain, Tenants.PASSWORD, List.of("employee", "it-admin"));
        stack.keycloakAdmin.ensureUser(org.slug, "erin", "erin@" + org.domain, Tenants.PASSWORD, List.of("employee"));
        customer().person("dana-" + org.slug, "dana@" + org.domain);
        customer().person("erin-" + org.slug, "erin@" + org.domain);
        customer().samlClient(org.issuer(), org.brokerEndpoint("contoso-adfs"));
        java.nio.file.Path shots = java.nio.file.Path.of("target", "sign-in-screenshots");
        String customerLogin = "/realms/" + customer().realm() + "/";

        try (ConsoleBrowser browser = new ConsoleBrowser(api.base(), shots)) {
            // The work e-mail leads past our login page straight to the company's own.
            browser.open("/console/");
            browser.type(By.id("door:who"), "dana@" + org.domain);
            browser.driver().findElement(By.id("door:continue")).click();
            browser.waitFor(By.id("username"));
            assertTrue(browser.driver().getCurrentUrl().contains(customerLogin), browser.driver().getCurrentUrl());
            browser.screenshot("customer-login-page");
            browser.keycloakLogin("dana-" + org.slug, CompanyIdp.PASSWORD);

            browser.open("/console/it/sign-in-providers.xhtml");
            browser.waitForText(By.tagName("h1"), "Company sign-in");
            assertTrue(browser.text(By.id("providers")).contains(org.brokerEndpoint("contoso")), "the redirect URI to register is shown");
            browser.check("sign-in-providers");

            new Select(browser.waitFor(By.id("connect:protocol"))).selectByValue("saml");
            browser.waitFor(By.id("connect:metadataUrl"));
            browser.type(By.id("connect:displayName"), "Contoso ADFS");
            browser.type(By.id("connect:metadataUrl"), customer().samlMetadataUrl());
            browser.type(By.id("connect:domains"), "adfs." + org.domain);
            browser.driver().findElement(By.id("connect:test")).click();
            browser.waitFor(By.id("connect:tested"));
            assertTrue(browser.text(By.id("connect:tested")).contains(customer().realm()), "the entity id and certificate are shown");
            browser.check("sign-in-providers-tested");
            browser.type(By.id("connect:displayName"), "Contoso ADFS");
            browser.type(By.id("connect:metadataUrl"), customer().samlMetadataUrl());
            browser.type(By.id("connect:domains"), "adfs." + org.domain);
            browser.driver().findElement(By.id("connect:connectButton")).click();
            browser.waitForText(By.id("messages"), "Contoso ADFS is connected.");
            assertTrue(browser.text(By.id("providers")).contains("contoso-adfs"));
            browser.check("sign-in-providers-two");
            browser.assertFitsWidth(375);
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            browser.screenshot("sign-in-providers-phone");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("de");
            browser.driver().findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Firmen-Anmeldung");
            browser.check("sign-in-providers-de");
            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("en");
            browser.driver().findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Company sign-in");
            browser.signOut();
        }
        BrowserlessSignIn.Outcome throughAdfs = browser(org).signIn("contoso-adfs", "dana-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(throughAdfs.signedIn(), "the provider connected in the console works: " + throughAdfs.refusal());

        try (ConsoleBrowser app = new ConsoleBrowser(api.base(), shots)) {
            app.open("/app/");
            app.type(By.id("who"), "erin@" + org.domain);
            app.driver().findElement(By.id("continue")).click();
            app.waitFor(By.id("username"));
            assertTrue(app.driver().getCurrentUrl().contains(customerLogin), app.driver().getCurrentUrl());
            app.submitKeycloakLogin("erin-" + org.slug, CompanyIdp.PASSWORD);
            app.waitForText(By.tagName("h1"), "How are you today?");
            app.check("app-after-company-sign-in");

            app.open("/console/");
            app.type(By.id("door:who"), "erin@" + org.domain);
            app.driver().findElement(By.id("door:continue")).click();
            app.waitUntilPath("/console/home.xhtml");
            app.open("/console/it/sign-in-providers.xhtml");
            app.assertRefused();
        }
    }

    @Test
    void keyRotationAtTheCustomerNeedsNothingAndAFailingProviderAffectsOnlyItsTenant() throws Exception {
        CompanyIdp fabrikam = CompanyIdp.create(stack.keycloakAdmin, stack.keycloak.url(), Tenants.uniqueSlug("fabrikam-idp"));
        Org org = tenant("sso-rotate", "premium");
        fabrikam.samlClient(org.issuer(), org.brokerEndpoint("fabrikam"));
        Api.Reply connected = api.post(SIGN_IN + "/providers", org.it, Json.createObjectBuilder().add("displayName", "Fabrikam")
                .add("alias", "fabrikam").add("protocol", "saml").add("policy", "just-in-time")
                .add("metadataUrl", fabrikam.samlMetadataUrl()).build().toString());
        assertEquals(201, connected.status(), connected.toString());
        fabrikam.person("ken-" + org.slug, "ken@" + org.domain);
        assertTrue(browser(org).signIn("fabrikam", "ken-" + org.slug, CompanyIdp.PASSWORD).signedIn());

        stack.keycloakAdmin.rotateSigningKey(fabrikam.realm(), 200);
        assertFalse(browser(org).signIn("fabrikam", "ken-" + org.slug, CompanyIdp.PASSWORD).signedIn(),
                "signed with a key the broker does not know yet");
        // The scheduled refresh (every 15 s in this deployment) fetches the metadata with the new certificate.
        Api.poll(() -> api.get(SIGN_IN + "/providers/fabrikam", org.it),
                r -> r.status() == 200 && r.json().getJsonObject("check").getJsonArray("certificates").size() == 2,
                java.time.Duration.ofMinutes(3), "the refresh to pick up the customer's new signing key");
        BrowserlessSignIn.Outcome after = browser(org).signIn("fabrikam", "ken-" + org.slug, CompanyIdp.PASSWORD);
        assertTrue(after.signedIn(), "nothing was done by hand: " + after.refusal());
        assertEquals(List.of("sign-in-provider.connected fabrikam (saml, just-in-time)",
                "sign-in-provider.refreshed fabrikam (new keys or endpoints)"), securityAudit(org, "sign-in-provider.%"));

        // Another organization's provider breaks (its client secret changed at the customer): only that organization notices.
        Org broken = tenant("sso-broken", "premium");
        connectOidc(broken, "contoso", "just-in-time");
        customer().person("lena-" + broken.slug, "lena@" + broken.domain);
        stack.keycloakAdmin.regenerateClientSecret(customer().realm(), "hugmenow-" + broken.slug + "-contoso");
        BrowserlessSignIn.Outcome lena = browser(broken).signIn("contoso", "lena-" + broken.slug, CompanyIdp.PASSWORD);
        assertFalse(lena.signedIn());
        assertTrue(lena.refusedPage().contains("/realms/" + broken.slug + "/"), "our login page says so: " + lena.refusedPage());
        assertTrue(lena.refusal().toLowerCase(java.util.Locale.ROOT).contains("identity provider"), lena.refusal());
        assertTrue(browser(org).signIn("fabrikam", "ken-" + org.slug, CompanyIdp.PASSWORD).signedIn(), "the other organization is unaffected");
    }

    private static JsonObjectBuilder oidc(String discoveryUrl) {
        return Json.createObjectBuilder().add("displayName", "Broken").add("protocol", "oidc").add("discoveryUrl", discoveryUrl)
                .add("clientId", "x").add("clientSecret", "y");
    }

    private static JsonObjectBuilder saml(String xml) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("displayName", "Broken").add("protocol", "saml");
        return xml == null ? body : body.add("metadataXml", xml);
    }

}
