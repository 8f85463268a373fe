package org.hugmenow.hr.scim.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.spec.filter.AttributeComparisonExpression;
import org.apache.directory.scim.spec.filter.AttributePresentExpression;
import org.apache.directory.scim.spec.filter.CompareOperator;
import org.apache.directory.scim.spec.filter.FilterExpression;
import org.apache.directory.scim.spec.filter.GroupExpression;
import org.apache.directory.scim.spec.filter.LogicalExpression;
import org.apache.directory.scim.spec.filter.LogicalOperator;
import org.apache.directory.scim.spec.filter.ValuePathExpression;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.schema.Schema;

/**
 * Evaluates a parsed SCIM filter (RFC 7644 §3.4.2.2) against a resource's JSON. SCIMple parses
 * the grammar; its own in-memory matcher compares strings case-sensitively and misses
 * multi-valued attributes, so the semantics live here: each attribute's {@code caseExact} from
 * the schema, any value of a multi-valued attribute, the {@code value} sub-attribute by default,
 * and dateTime, boolean and number ordering.
 */
final class ScimFilterMatcher {

    private final SchemaRegistry schemas;
    private final String coreUrn;

    ScimFilterMatcher(SchemaRegistry schemas, String coreUrn) {
        this.schemas = schemas;
        this.coreUrn = coreUrn;
    }

    boolean matches(FilterExpression expression, JsonNode resource) {
        return matches(expression, resource, null);
    }

    /** {@code within} is the multi-valued attribute whose element {@code node} is, inside a value path filter. */
    private boolean matches(FilterExpression expression, JsonNode node, AttributeReference within) {
        if (expression instanceof LogicalExpression l) {
            return l.getOperator() == LogicalOperator.AND
                    ? matches(l.getLeft(), node, within) && matches(l.getRight(), node, within)
                    : matches(l.getLeft(), node, within) || matches(l.getRight(), node, within);
        }
        if (expression instanceof GroupExpression g) {
            return g.isNot() != matches(g.getFilterExpression(), node, within);
        }
        if (expression instanceof AttributePresentExpression p) {
            return values(node, p.getAttributePath(), within).stream().anyMatch(ScimFilterMatcher::present);
        }
        if (expression instanceof AttributeComparisonExpression c) {
            boolean caseExact = caseExact(c.getAttributePath(), within);
            List<JsonNode> values = values(node, c.getAttributePath(), within);
            if (c.getOperation() == CompareOperator.NE) {
                return values.stream().noneMatch(v -> compare(v, CompareOperator.EQ, c.getCompareValue(), caseExact));
            }
            return values.stream().anyMatch(v -> compare(v, c.getOperation(), c.getCompareValue(), caseExact));
        }
        if (expression instanceof ValuePathExpression v) {
            AttributeReference attribute = v.getAttributePath();
            JsonNode elements = container(node, attribute).path(attribute.getAttributeName());
            List<JsonNode> candidates = new ArrayList<>();
            if (elements.isArray()) {
                elements.forEach(candidates::add);
            } else if (!elements.isMissingNode() && !elements.isNull()) {
                candidates.add(elements);
            }
            return candidates.stream().anyMatch(e -> matches(v.getAttributeExpression(), e, attribute));
        }
        throw new IllegalArgumentException("unsupported filter expression " + expression.getClass().getSimpleName());
    }

    private List<JsonNode> values(JsonNode node, AttributeReference ref, AttributeReference within) {
        List<JsonNode> out = new ArrayList<>();
        if (within != null) {
            // Inside emails[...]: "type" (or "emails.type") names a sub-attribute of the element.
            String name = ref.getSubAttributeName() != null && ref.getAttributeName().equals(within.getAttributeName())
                    ? ref.getSubAttributeName() : ref.getAttributeName();
            add(out, node.path(name), null);
            return out;
        }
        JsonNode attribute = container(node, ref).path(ref.getAttributeName());
        String sub = ref.getSubAttributeName();
        if (attribute.isArray()) {
            attribute.forEach(element -> add(out, element, sub == null ? "value" : sub));
        } else {
            add(out, sub == null ? attribute : attribute.path(sub), null);
        }
        return out;
    }

    private static void add(List<JsonNode> out, JsonNode node, String subOfObject) {
        JsonNode value = subOfObject != null && node.isObject() ? node.path(subOfObject) : node;
        if (!value.isMissingNode() && !value.isNull()) {
            out.add(value);
        }
    }

    private JsonNode container(JsonNode resource, AttributeReference ref) {
        String urn = ref.getUrn();
        return urn == null || urn.equals(coreUrn) || !resource.has(urn) ? resource : resource.get(urn);
    }

    private boolean caseExact(AttributeReference ref, AttributeReference within) {
        String urn = within != null ? within.getUrn() : ref.getUrn();
        Schema schema = schemas.getSchema(urn == null ? coreUrn : urn);
        if (schema == null) {
            return false;
        }
        String name = within != null ? within.getAttributeName() : ref.getAttributeName();
        String sub = within != null ? (ref.getSubAttributeName() != null ? ref.getSubAttributeName() : ref.getAttributeName()) : ref.getSubAttributeName();
        if (within == null && name.equals("id")) {
            return true; // RFC 7643 §3.1; SCIMple's schema says otherwise
        }
        Schema.Attribute attribute = schema.getAttribute(name);
        if (attribute != null && sub != null) {
            attribute = attribute.getAttribute(sub);
        }
        return attribute != null && attribute.isCaseExact();
    }

    private static boolean present(JsonNode value) {
        return !(value.isTextual() && value.asText().isEmpty()) && !(value.isContainerNode() && value.isEmpty());
    }

    private static boolean compare(JsonNode value, CompareOperator op, Object expected, boolean caseExact) {
        if (expected == null) {
            return op == CompareOperator.EQ && value.isNull();
        }
        if (value.isBoolean() || expected instanceof Boolean) {
            boolean equal = value.asText().equalsIgnoreCase(expected.toString());
            return op == CompareOperator.EQ && equal;
        }
        if (value.isNumber() && expected instanceof Number n) {
            return ordered(op, value.decimalValue().compareTo(new BigDecimal(n.toString())));
        }
        String actual = value.asText();
        String wanted = expected instanceof java.util.Date d ? d.toInstant().toString() : expected.toString();
        Instant a = instant(actual);
        Instant b = a == null ? null : instant(wanted);
        if (a != null && b != null) {
            return ordered(op, a.compareTo(b));
        }
        if (!caseExact) {
            actual = actual.toLowerCase(Locale.ROOT);
            wanted = wanted.toLowerCase(Locale.ROOT);
        }
        return switch (op) {
            case EQ -> actual.equals(wanted);
            case CO -> actual.contains(wanted);
            case SW -> actual.startsWith(wanted);
            case EW -> actual.endsWith(wanted);
            default -> ordered(op, actual.compareTo(wanted));
        };
    }

    private static boolean ordered(CompareOperator op, int comparison) {
        return switch (op) {
            case EQ -> comparison == 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> false;
        };
    }

    /** A dateTime (RFC 7643 §2.3.5); times without an offset are ours, in UTC. */
    private static Instant instant(String text) {
        if (text.length() < 16 || text.charAt(4) != '-' || text.charAt(10) != 'T') {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
