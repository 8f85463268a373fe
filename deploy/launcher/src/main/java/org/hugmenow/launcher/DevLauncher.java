package org.hugmenow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./run.sh}: embedded PostgreSQL and Keycloak (unless external ones are configured), the
 * app on Payara Micro, and the demo tenant, all on 127.0.0.1. Ctrl-C stops what it started.
 */
public final class DevLauncher {

    private DevLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("HUGMENOW_HOME", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".dev-data");
        Files.createDirectories(data);
        int appPort = Integer.parseInt(env("HUGMENOW_PORT", "8080"));
        int keycloakPort = Integer.parseInt(env("HUGMENOW_KEYCLOAK_PORT", "8180"));
        int dbPort = Integer.parseInt(env("HUGMENOW_DB_PORT", "15432"));
        CountDownLatch stopped = new CountDownLatch(1);
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping HugMeNow...");
            stack.close();
            stopped.countDown();
        }));

        Map<String, String> appEnv = new HashMap<>();
        String appUrl = "http://127.0.0.1:" + appPort;
        appEnv.put("HUGMENOW_APP_URL", appUrl);
        // The demo realms' script client (see DemoSetup) keeps its password grant; every other
        // client of a tenant realm loses it at start-up, as in production.
        appEnv.put("HUGMENOW_KEYCLOAK_PASSWORD_GRANT_CLIENTS", env("HUGMENOW_KEYCLOAK_PASSWORD_GRANT_CLIENTS", "hugmenow-dev"));
        // The demo company identity provider is this machine's Keycloak, on loopback.
        appEnv.put("HUGMENOW_SIGN_IN_ALLOW_PRIVATE_ADDRESSES", env("HUGMENOW_SIGN_IN_ALLOW_PRIVATE_ADDRESSES", "true"));
        appEnv.put("HUGMENOW_OFFBOARDING_EXPORT_DIR", data.resolve("offboarding-exports").toString());
        appEnv.put("HUGMENOW_WELLNESS_NOTES_KEY", env("HUGMENOW_WELLNESS_NOTES_KEY", NotesKey.stored(data.resolve("notes.key"))));
        appEnv.put("HUGMENOW_DIRECTORY_SECRETS_KEY", env("HUGMENOW_DIRECTORY_SECRETS_KEY",
                NotesKey.stored(data.resolve("directory-secrets.key"))));
        appEnv.put("HUGMENOW_CONSOLE_SESSION_KEY", env("HUGMENOW_CONSOLE_SESSION_KEY",
                NotesKey.stored(data.resolve("console-session.key"))));
        if (System.getenv("HUGMENOW_DB_URL") == null) {
            System.out.println("Starting embedded PostgreSQL on 127.0.0.1:" + dbPort + " (data in " + data.resolve("postgres") + ")");
            stack.postgres = LocalPostgres.start(data.resolve("postgres"), dbPort);
            appEnv.put("HUGMENOW_DB_URL", stack.postgres.jdbcUrl());
            appEnv.put("HUGMENOW_DB_USER", LocalPostgres.USER);
            appEnv.put("HUGMENOW_DB_PASSWORD", LocalPostgres.PASSWORD);
        }
        String keycloakUrl = System.getenv("HUGMENOW_KEYCLOAK_URL");
        String adminUser = env("HUGMENOW_KEYCLOAK_ADMIN_USERNAME", LocalKeycloak.ADMIN_USER);
        String adminPassword = env("HUGMENOW_KEYCLOAK_ADMIN_PASSWORD", LocalKeycloak.ADMIN_PASSWORD);
        if (keycloakUrl == null) {
            Path home = keycloakHome(root, data);
            System.out.println("Starting Keycloak (dev mode) on 127.0.0.1:" + keycloakPort + " ...");
            stack.keycloak = new LocalKeycloak(home, keycloakPort, data.resolve("keycloak.log"));
            stack.keycloak.start();
            keycloakUrl = stack.keycloak.url();
            appEnv.put("HUGMENOW_KEYCLOAK_URL", keycloakUrl);
            appEnv.put("HUGMENOW_KEYCLOAK_ADMIN_USERNAME", adminUser);
            appEnv.put("HUGMENOW_KEYCLOAK_ADMIN_PASSWORD", adminPassword);
        }
        String stripe = localStripe(stack, appUrl, appEnv);
        KeycloakAdmin admin = new KeycloakAdmin(keycloakUrl, adminUser, adminPassword);
        DemoSetup demo = new DemoSetup(admin, keycloakUrl, appUrl);
        demo.platformRealm();

        System.out.println("Starting the app on Payara Micro at " + appUrl + " ...");
        Path jar = root.resolve("deploy/app/target/hugmenow.jar");
        stack.app = AppProcess.launch(jar, appPort, appEnv, data.resolve("app.log"), AppProcess.HEAP);
        stack.app.awaitHealthy(java.time.Duration.ofMinutes(4), data.resolve("app.log"));
        demo.demoTenant("acme", "Acme Corporation");
        DemoCompanySignIn.connect(admin, keycloakUrl, appUrl, "acme");
        printWelcome(appUrl, stack.app.metricsUrl(), keycloakUrl, data, stripe);
        stopped.await();
    }

    /**
     * Unless real Stripe keys are configured, a local stand-in for Stripe (test tooling, never part
     * of the app) so that a visitor can click through an upgrade: its hosted pages say so, no
     * payment is taken, and it sends the app signed webhooks as Stripe would. Its keys are demo values.
     */
    private static String localStripe(Stack stack, String appUrl, Map<String, String> appEnv) {
        if (System.getenv("HUGMENOW_STRIPE_SECRET_KEY") != null) {
            return "configured by HUGMENOW_STRIPE_*";
        }
        int port = Integer.parseInt(env("HUGMENOW_FAKE_STRIPE_PORT", "12111"));
        stack.stripe = org.hugmenow.launcher.fakestripe.FakeStripe.start(port, "sk_test_local_demo", "whsec_local_demo");
        stack.stripe.addPrice("price_demo_standard_month", "HugMeNow Standard", 400, "eur", "month");
        stack.stripe.addPrice("price_demo_standard_year", "HugMeNow Standard", 4000, "eur", "year");
        stack.stripe.addPrice("price_demo_premium_month", "HugMeNow Premium", 800, "eur", "month");
        stack.stripe.addPrice("price_demo_premium_year", "HugMeNow Premium", 8000, "eur", "year");
        stack.stripe.deliverWebhooksTo(appUrl + "/api/v1/billing/stripe-webhook");
        appEnv.put("HUGMENOW_STRIPE_SECRET_KEY", "sk_test_local_demo");
        appEnv.put("HUGMENOW_STRIPE_WEBHOOK_SECRET", "whsec_local_demo");
        appEnv.put("HUGMENOW_STRIPE_API_BASE", stack.stripe.apiBase());
        appEnv.put("HUGMENOW_STRIPE_PRICE_STANDARD_MONTHLY", "price_demo_standard_month");
        appEnv.put("HUGMENOW_STRIPE_PRICE_STANDARD_YEARLY", "price_demo_standard_year");
        appEnv.put("HUGMENOW_STRIPE_PRICE_PREMIUM_MONTHLY", "price_demo_premium_month");
        appEnv.put("HUGMENOW_STRIPE_PRICE_PREMIUM_YEARLY", "price_demo_premium_year");
        appEnv.put("HUGMENOW_BILLING_SEAT_DEBOUNCE_SECONDS", "10");
        return stack.stripe.apiBase() + "   (a LOCAL STAND-IN for Stripe: no real payment; set HUGMENOW_STRIPE_* for real Stripe)";
    }

    private static Path keycloakHome(Path root, Path data) throws IOException {
        Path home = data.resolve("keycloak");
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            Path dist = LocalKeycloak.findDistribution(root);
            System.out.println("Copying Keycloak into " + home + " (once)");
            try (Stream<Path> files = Files.walk(dist)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = home.resolve(dist.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return home;
    }

    private static void printWelcome(String appUrl, String metricsUrl, String keycloakUrl, Path data, String stripe) {
        System.out.println();
        System.out.println("HugMeNow for Work is running.");
        System.out.println("  Employee app: " + appUrl + "/app/   (type 'acme', then sign in as emma; works on a phone-sized window)");
        System.out.println("  Console:   " + appUrl + "/console/   (type 'acme' or sign in as an operator; logins below)");
        System.out.println("  API:       " + appUrl + "/api/v1   (OpenAPI at /openapi, health at /health)");
        System.out.println("  Metrics:   " + metricsUrl + "   (scraper-only listener; set HUGMENOW_METRICS_PORT to fix it)");
        System.out.println("  Keycloak:  " + keycloakUrl + "   (admin console: admin / admin-dev)");
        System.out.println("  Stripe:    " + stripe);
        System.out.println("  Billing:   " + appUrl + "/console/finance/billing.xhtml   (as fiona, finance; the demo tenant is on premium set by the operator)");
        System.out.println("  Company sign-in: type emma@acme.example in the app or console: it leads to the demo company provider");
        System.out.println("             (realm " + DemoCompanySignIn.REALM + ", the same logins) and back; ivan manages it under Company sign-in");
        System.out.println("  Logs:      " + data);
        System.out.println();
        System.out.println("Demo logins (password 'demo'; in the app and the console through Keycloak's sign-in page, for scripts the password grant on client 'hugmenow-dev'):");
        System.out.println("  realm acme:     emma (employee), tom (team-lead), hanna (hr-admin), ivan (it-admin), fiona (finance)");
        System.out.println("  realm platform: olivia (platform-operator)");
        System.out.println();
        System.out.println("Try:  TOKEN=$(curl -s -d grant_type=password -d client_id=hugmenow-dev -d username=emma -d password=demo \\");
        System.out.println("        " + keycloakUrl + "/realms/acme/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("      curl -H \"Authorization: Bearer $TOKEN\" " + appUrl + "/api/v1/me");
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** What this launcher started, stopped in reverse order. */
    private static final class Stack {
        LocalPostgres postgres;
        LocalKeycloak keycloak;
        AppProcess app;
        org.hugmenow.launcher.fakestripe.FakeStripe stripe;

        void close() {
            try {
                if (app != null) {
                    app.close();
                }
                if (keycloak != null) {
                    keycloak.close();
                }
                if (postgres != null) {
                    postgres.close();
                }
                if (stripe != null) {
                    stripe.close();
                }
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }
}
