package org.hugmenow.console.tenants.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantStatus;
import org.hugmenow.tenant.directory.domain.Directory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The registry as a paged, searchable table. People are counted for the rows of the shown page
 * only: each count reads that tenant's schema.
 */
public class TenantRows extends LazyDataModel<TenantRow> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<Tenant>> registry;
    private final transient Function<UUID, Set<String>> steps;
    private final transient Directory directory;
    private String query = "";
    /** What {@link #count} found, for the {@link #load} that PrimeFaces makes right after it. */
    private transient List<Tenant> counted;

    public TenantRows(Supplier<List<Tenant>> registry, Function<UUID, Set<String>> steps, Directory directory) {
        this.registry = registry;
        this.steps = steps;
        this.directory = directory;
    }

    public void search(String text) {
        query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        counted = null;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = matching();
        return counted.size();
    }

    @Override
    public List<TenantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<Tenant> found = counted != null ? counted : matching();
        counted = null;
        setRowCount(found.size());
        // Steps and people are read for the shown rows only.
        return found.subList(Math.min(first, found.size()), Math.min(first + pageSize, found.size())).stream()
                .map(t -> new TenantRow(t.slug().value(), t.name(), t.status().wireName(), t.plan(), people(t), t.createdAt(),
                        t.lastError(), steps.apply(t.id())))
                .toList();
    }

    @Override
    public String getRowKey(TenantRow row) {
        return row.slug();
    }

    @Override
    public TenantRow getRowData(String rowKey) {
        return null;
    }

    private List<Tenant> matching() {
        return registry.get().stream()
                .filter(t -> query.isEmpty() || t.slug().value().contains(query) || t.name().toLowerCase(Locale.ROOT).contains(query))
                .toList();
    }

    private Long people(Tenant tenant) {
        if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
            return null;
        }
        try {
            return directory.activePeople(tenant.slug());
        } catch (RuntimeException unavailable) {
            return null;
        }
    }
}
