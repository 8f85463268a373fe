package org.hugmenow.hr.scim.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.AttributeComparisonExpression;
import org.apache.directory.scim.spec.filter.CompareOperator;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterExpression;
import org.apache.directory.scim.spec.filter.GroupExpression;
import org.apache.directory.scim.spec.filter.LogicalExpression;
import org.apache.directory.scim.spec.filter.LogicalOperator;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortOrder;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.resources.ScimResource;

/**
 * Filtering, sorting and paging of SCIM lists. {@link ScimFilterMatcher} is the one judge of a
 * filter, so every operator and attribute behaves the same; the database only narrows the
 * candidates first, when the filter requires an indexed attribute to equal a value.
 */
public final class ScimListing {

    /** A condition the database can answer from an index, such as {@code userName eq "x"}. */
    public record Narrowing(String attribute, String value) {
    }

    private ScimListing() {
    }

    /** The first indexed equality the whole filter requires (through {@code and} and plain groups). */
    public static Optional<Narrowing> narrowing(Filter filter, List<String> indexed) {
        return filter == null ? Optional.empty() : narrowing(filter.getExpression(), indexed);
    }

    private static Optional<Narrowing> narrowing(FilterExpression expression, List<String> indexed) {
        if (expression instanceof AttributeComparisonExpression c && c.getOperation() == CompareOperator.EQ
                && c.getCompareValue() instanceof String value) {
            AttributeReference ref = c.getAttributePath();
            if (ref.getSubAttributeName() == null && indexed.contains(ref.getAttributeName())) {
                return Optional.of(new Narrowing(ref.getAttributeName(), value));
            }
        }
        if (expression instanceof LogicalExpression l && l.getOperator() == LogicalOperator.AND) {
            return narrowing(l.getLeft(), indexed).or(() -> narrowing(l.getRight(), indexed));
        }
        if (expression instanceof GroupExpression g && !g.isNot()) {
            return narrowing(g.getFilterExpression(), indexed);
        }
        return Optional.empty();
    }

    /** Filters, sorts and pages the candidates, each turned into JSON once. */
    static <T extends ScimResource> FilterResponse<T> select(ScimRequest request, List<T> candidates, Filter filter, SortRequest sort,
                                                             PageRequest page, ObjectMapper json, ScimFilterMatcher matcher, int maximum) {
        record Entry<R>(R resource, JsonNode tree) {
        }
        List<Entry<T>> entries = new ArrayList<>();
        for (T resource : candidates) {
            JsonNode tree = json.valueToTree(resource);
            if (filter == null || matcher.matches(filter.getExpression(), tree)) {
                entries.add(new Entry<>(resource, tree));
            }
        }
        if (sort != null && sort.getSortBy() != null) {
            AttributeReference by = sort.getSortBy();
            Comparator<Entry<T>> order = Comparator.comparing(e -> sortKey(e.tree(), by), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
            entries.sort(sort.getSortOrder() == SortOrder.DESCENDING ? order.reversed() : order);
        }
        List<T> found = entries.stream().map(Entry::resource).toList();
        return answer(request, List.copyOf(page(found, page, maximum)), page, found.size());
    }

    private static String sortKey(JsonNode resource, AttributeReference by) {
        JsonNode node = by.getUrn() != null && resource.has(by.getUrn()) ? resource.get(by.getUrn()) : resource;
        node = node.get(by.getAttributeName());
        if (node != null && node.isArray()) {
            JsonNode chosen = null;
            for (JsonNode item : node) {
                if (chosen == null || item.path("primary").asBoolean(false)) {
                    chosen = item;
                }
            }
            node = chosen == null ? null : chosen.get(by.getSubAttributeName() == null ? "value" : by.getSubAttributeName());
        } else if (node != null && by.getSubAttributeName() != null) {
            node = node.get(by.getSubAttributeName());
        }
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Remembers the query's total and start for the response, then answers with the page. */
    static <T> FilterResponse<T> answer(ScimRequest request, List<T> page, PageRequest pageRequest, int total) {
        request.listed(total, offset(pageRequest) + 1);
        return new FilterResponse<>(page, pageRequest, total);
    }

    /** RFC 7644 §3.4.2.4: startIndex is 1-based and values below 1 mean 1; count below 0 means 0. */
    public static int offset(PageRequest page) {
        Integer start = page == null ? null : page.getStartIndex();
        return start == null || start < 1 ? 0 : start - 1;
    }

    public static int limit(PageRequest page, int maximum) {
        Integer count = page == null ? null : page.getCount();
        return count == null ? maximum : Math.max(0, Math.min(count, maximum));
    }

    public static <T> List<T> page(List<T> all, PageRequest page, int maximum) {
        int from = Math.min(offset(page), all.size());
        int to = Math.min(all.size(), from + limit(page, maximum));
        return all.subList(from, to);
    }
}
