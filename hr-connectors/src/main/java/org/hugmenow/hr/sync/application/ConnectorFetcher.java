package org.hugmenow.hr.sync.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.VendorHttp;
import org.hugmenow.hr.sync.persistence.SyncRunStore;

/** Reads a whole HR export through a connector, into memory, for one run's plan. */
@ApplicationScoped
public class ConnectorFetcher {

    /** Everything a fetch read: the employees, and the records the connector had to skip. */
    public record Fetched(List<HrEmployee> employees, List<SyncRunStore.Skipped> skipped) {

        /** Only the CSV template has teams; a source that names none says nothing about teams. */
        public boolean reportsTeams() {
            return employees.stream().anyMatch(e -> !e.teams().isEmpty());
        }
    }

    private VendorHttp http;

    @PostConstruct
    void init() {
        http = new VendorHttp(VendorHttp.Policy.DEFAULT);
    }

    /**
     * A generous bound on the whole fetch: VendorHttp already limits each request and retries,
     * so this only stops a vendor that keeps paging slowly for ever.
     */
    @Timeout(value = 10, unit = ChronoUnit.MINUTES)
    public Fetched fetch(HrConnectorFactory factory, Map<String, String> settings) throws ConnectorFailure {
        List<HrEmployee> employees = new ArrayList<>();
        List<SyncRunStore.Skipped> skipped = new ArrayList<>();
        factory.create(settings, http).fetchAll(new EmployeeSink() {
            @Override
            public void employee(HrEmployee employee) {
                employees.add(employee);
            }

            @Override
            public void skipped(String reference, String reason) {
                skipped.add(new SyncRunStore.Skipped(reference, reason));
            }
        });
        return new Fetched(List.copyOf(employees), List.copyOf(skipped));
    }
}
