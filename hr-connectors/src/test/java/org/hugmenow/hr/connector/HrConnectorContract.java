package org.hugmenow.hr.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.VendorHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every HR connector passes, against a local fake of its vendor's public API
 * (WireMock on 127.0.0.1). A subclass says how its vendor serves {@link Fake} employees: its
 * endpoints, paging, auth, field names and error shapes.
 */
public abstract class HrConnectorContract {

    /** 250 employees: more than one page for every vendor's paging. */
    protected static final int EMPLOYEES = 250;

    protected WireMockServer server;
    protected final List<Duration> waits = new ArrayList<>();

    /** What the fake serves, and which faults it injects on the second page (or second request). */
    public record Fake(List<HrEmployee> employees, boolean oddRecord, boolean rateLimitOnce, boolean serverErrorOnce,
                       boolean refuseCredentials, Duration delay) {
    }

    protected abstract HrConnectorFactory factory();

    /** Settings pointing the connector at {@code baseUrl}, with the credentials the fake expects. */
    protected abstract Map<String, String> settings(String baseUrl);

    /** Registers the vendor-shaped stubs on {@link #server}. */
    protected abstract void serve(Fake fake);

    @BeforeEach
    void startFake() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stopFake() {
        server.stop();
    }

    protected static List<HrEmployee> employees(int count) {
        List<HrEmployee> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String manager = i == 1 ? null : "E" + (1 + (i - 2) / 10);
            all.add(new HrEmployee("E" + i, "person" + i + "@acme.example", "First" + i, "Last" + i, i % 50 != 0, manager,
                    i % 2 == 0 ? "Engineering" : "Sales", "CC-" + (100 + i % 7), i % 3 == 0 ? "Berlin" : "London",
                    LocalDate.of(2020, 1, 1).plusDays(i), List.of()));
        }
        return all;
    }

    protected Recorder fetch(Map<String, String> settings, VendorHttp.Policy policy) throws ConnectorFailure {
        Recorder recorder = new Recorder();
        VendorHttp http = new VendorHttp(HttpClient.newHttpClient(), policy, waits::add);
        factory().create(settings, http).fetchAll(recorder);
        return recorder;
    }

    protected Recorder fetch() throws ConnectorFailure {
        return fetch(settings(server.baseUrl()), new VendorHttp.Policy(4, Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofSeconds(5)));
    }

    /** Collects what a connector hands over. */
    public static final class Recorder implements EmployeeSink {
        public final List<HrEmployee> employees = new ArrayList<>();
        public final List<String> skipped = new ArrayList<>();

        @Override
        public void employee(HrEmployee employee) {
            employees.add(employee);
        }

        @Override
        public void skipped(String reference, String reason) {
            skipped.add(reference + ": " + reason);
        }
    }

    @Test
    void readsEveryEmployeeAcrossPagesExactlyOnceWithTheirFields() throws Exception {
        List<HrEmployee> expected = employees(EMPLOYEES);
        serve(new Fake(expected, false, false, false, false, Duration.ZERO));
        Recorder got = fetch();
        assertEquals(EMPLOYEES, got.employees.size(), "every employee once");
        Set<String> ids = new HashSet<>();
        got.employees.forEach(e -> ids.add(e.externalId()));
        assertEquals(EMPLOYEES, ids.size(), "no duplicates across pages");
        assertTrue(got.skipped.isEmpty(), got.skipped::toString);
        HrEmployee sample = got.employees.stream().filter(e -> e.externalId().equals("E150")).findFirst().orElseThrow();
        assertEquals(expected.get(149), sample, "fields mapped from the vendor's names");
        HrEmployee inactive = got.employees.stream().filter(e -> e.externalId().equals("E50")).findFirst().orElseThrow();
        assertFalse(inactive.active(), "terminated or inactive employees come through as inactive");
    }

    @Test
    void aRecordWithMissingOrOddFieldsIsSkippedAloneWithItsReason() throws Exception {
        serve(new Fake(employees(EMPLOYEES), true, false, false, false, Duration.ZERO));
        Recorder got = fetch();
        assertEquals(EMPLOYEES, got.employees.size(), "the odd record costs no valid one");
        assertEquals(1, got.skipped.size(), got.skipped::toString);
    }

    @Test
    void aRateLimitedRequestWaitsForRetryAfterAndGoesOn() throws Exception {
        serve(new Fake(employees(EMPLOYEES), false, true, false, false, Duration.ZERO));
        Recorder got = fetch();
        assertEquals(EMPLOYEES, got.employees.size());
        assertTrue(waits.contains(Duration.ofSeconds(2)), "waited as Retry-After said: " + waits);
    }

    @Test
    void aServerErrorIsRetriedWithBackoff() throws Exception {
        serve(new Fake(employees(EMPLOYEES), false, false, true, false, Duration.ZERO));
        Recorder got = fetch();
        assertEquals(EMPLOYEES, got.employees.size());
        assertFalse(waits.isEmpty(), "backed off before retrying");
    }

    @Test
    void refusedCredentialsFailAtOnceAndClearly() {
        serve(new Fake(employees(EMPLOYEES), false, false, false, true, Duration.ZERO));
        ConnectorFailure failure = assertThrows(ConnectorFailure.class, this::fetch);
        assertEquals(ConnectorFailure.Kind.AUTH, failure.kind());
        assertTrue(waits.isEmpty(), "no retry with bad credentials");
    }

    @Test
    void aVendorSlowerThanTheTimeoutIsReportedUnavailable() {
        serve(new Fake(employees(EMPLOYEES), false, false, false, false, Duration.ofMillis(1500)));
        ConnectorFailure failure = assertThrows(ConnectorFailure.class, () -> fetch(settings(server.baseUrl()),
                new VendorHttp.Policy(2, Duration.ofMillis(300), Duration.ofMillis(10), Duration.ofSeconds(1))));
        assertEquals(ConnectorFailure.Kind.UNAVAILABLE, failure.kind());
    }

    @Test
    void missingSettingsAreRefusedBeforeAnyCall() {
        Map<String, String> none = Map.of();
        ConnectorFailure failure = assertThrows(ConnectorFailure.class, () -> fetch(none, VendorHttp.Policy.DEFAULT));
        assertEquals(ConnectorFailure.Kind.MISCONFIGURED, failure.kind());
        assertEquals(0, server.getAllServeEvents().size());
        assertFalse(factory().requiredSettings().isEmpty());
    }
}
