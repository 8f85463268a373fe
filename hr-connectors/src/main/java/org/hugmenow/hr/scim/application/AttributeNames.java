package org.hugmenow.hr.scim.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.resources.ScimGroup;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.apache.directory.scim.spec.schema.Schema;

/**
 * Attribute names and schema URNs are case-insensitive (RFC 7644 §3.4.2.2, RFC 7643 §2.1), but
 * SCIMple's parser, patch handler and attribute selection, and the JSON they work on, are not.
 * So every place a client names attributes (filters, PATCH paths, sortBy, attributes,
 * excludedAttributes) is rewritten to the schema's spelling as the request comes in, and
 * everything after sees one spelling; filter operators ({@code Eq}, {@code AND}) become lower
 * case, as SCIMple's grammar wants. Names the schemas do not know are left as sent.
 */
public final class AttributeNames {

    /** One attribute path: an optional schema URN, a name, an optional sub-attribute. */
    private static final Pattern ATTRIBUTE_PATH = Pattern.compile(
            "(?i)(urn:[a-z0-9][a-z0-9.:_\\-]*:)?[a-z$][a-z0-9$_\\-]*(\\.[a-z$][a-z0-9$_\\-]*)?");
    /** The common attributes of RFC 7643 §3.1, which SCIMple's schemas do not list. */
    private static final Map<String, List<String>> COMMON = Map.of(
            "id", List.of(), "externalid", List.of(), "schemas", List.of(),
            "meta", List.of("resourceType", "created", "lastModified", "location", "version"));
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le",
            "pr", "true", "false", "null");

    private final SchemaRegistry schemas;

    public AttributeNames(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    /** The core schema of the endpoint a request path names ({@code Users/...}, {@code /Groups}). */
    public static String coreUrnOf(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.regionMatches(true, 0, "Groups", 0, 6) ? ScimGroup.SCHEMA_URI : ScimUser.SCHEMA_URI;
    }

    /** A comma-separated attribute list; anything that is not a list of attribute paths is 400 invalidValue. */
    public String list(String parameter, String csv, String coreUrn) {
        StringBuilder out = new StringBuilder();
        for (String item : csv.split(",", -1)) {
            out.append(out.isEmpty() ? "" : ",").append(attribute(parameter, item.trim(), coreUrn));
        }
        return out.toString();
    }

    /** One attribute path (sortBy, an element of attributes); malformed is 400 invalidValue. */
    public String attribute(String parameter, String path, String coreUrn) {
        if (!ATTRIBUTE_PATH.matcher(path).matches()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "\"" + shortened(path) + "\" in " + parameter
                    + " is not an attribute path (such as userName, name.givenName or a schema URN followed by an attribute).");
        }
        Resolved resolved = resolve(path, coreUrn, null);
        if (resolved.attribute() == null && !isKnownWithoutSchemaAttribute(resolved.text())) {
            // SCIMple answers an unknown name with a 500; RFC 7644 §3.12 makes it the client's invalidValue.
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "\"" + shortened(path) + "\" in " + parameter
                    + " is not an attribute of this resource (see /Schemas).");
        }
        return resolved.text();
    }

    /** The common attributes (id, externalId, schemas, meta.*) and whole schema URNs have no schema attribute to resolve to. */
    private boolean isKnownWithoutSchemaAttribute(String text) {
        String[] parts = text.split("\\.", -1);
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (COMMON.containsKey(first)) {
            return parts.length == 1 || COMMON.get(first).contains(parts[1]);
        }
        return schemas.getAllSchemaUrns().contains(text);
    }

    /** A filter or PATCH path with every attribute name in its schema's spelling; string literals are kept as they are. */
    public String filter(String filter, String coreUrn) {
        StringBuilder out = new StringBuilder(filter.length());
        Deque<Schema.Attribute> brackets = new ArrayDeque<>();
        Schema.Attribute lastToken = null;
        Schema.Attribute lastClosed = null;
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (c == '"') {
                int end = endOfString(filter, i);
                out.append(filter, i, end);
                i = end;
                continue;
            }
            if (FilterBounds.delimiter(c)) {
                if (c == '[') {
                    brackets.push(lastToken == null ? Placeholder.NONE : lastToken);
                } else if (c == ']' && !brackets.isEmpty()) {
                    lastClosed = brackets.pop();
                }
                out.append(c);
                lastToken = null;
                i++;
                continue;
            }
            int end = i;
            while (end < filter.length() && !FilterBounds.delimiter(filter.charAt(end))) {
                end++;
            }
            String token = filter.substring(i, end);
            Resolved resolved;
            if (token.startsWith(".") && lastClosed != null && lastClosed != Placeholder.NONE) {
                Schema.Attribute sub = lastClosed.getAttribute(token.substring(1));
                resolved = new Resolved(sub == null ? token : "." + sub.getName(), null);
            } else if (KEYWORDS.contains(token.toLowerCase(Locale.ROOT))) {
                resolved = new Resolved(token.toLowerCase(Locale.ROOT), null); // operators are case-insensitive too
            } else if (!Character.isLetter(token.charAt(0))) {
                resolved = new Resolved(token, null);
            } else {
                resolved = resolve(token, coreUrn, brackets.isEmpty() ? null : brackets.peek());
            }
            out.append(resolved.text());
            lastToken = resolved.attribute();
            lastClosed = null;
            i = end;
        }
        return out.toString();
    }

    private record Resolved(String text, Schema.Attribute attribute) {
    }

    private Resolved resolve(String token, String coreUrn, Schema.Attribute within) {
        if (within != null && within != Placeholder.NONE && token.indexOf('.') < 0 && token.indexOf(':') < 0) {
            Schema.Attribute sub = within.getAttribute(token);
            if (sub != null) {
                return new Resolved(sub.getName(), sub);
            }
        }
        String prefix = "";
        String rest = token;
        Schema schema = schemas.getSchema(coreUrn);
        if (token.regionMatches(true, 0, "urn:", 0, 4)) {
            Schema named = schemaPrefixOf(token);
            if (named == null) {
                return new Resolved(wholeSchemaUrn(token), null);
            }
            schema = named;
            prefix = named.getId() + ":";
            rest = token.substring(named.getId().length() + 1);
        }
        String[] parts = rest.split("\\.", -1);
        if (schema == null || parts.length > 2) {
            return new Resolved(prefix + rest, null);
        }
        Schema.Attribute attribute = schema.getAttribute(parts[0]);
        if (attribute == null) {
            return new Resolved(prefix + common(parts), null);
        }
        if (parts.length == 1) {
            return new Resolved(prefix + attribute.getName(), attribute);
        }
        Schema.Attribute sub = attribute.getAttribute(parts[1]);
        return new Resolved(prefix + attribute.getName() + "." + (sub == null ? parts[1] : sub.getName()), sub);
    }

    private static String common(String[] parts) {
        String lower = parts[0].toLowerCase(Locale.ROOT);
        if (!COMMON.containsKey(lower)) {
            return String.join(".", parts);
        }
        String name = lower.equals("externalid") ? "externalId" : lower;
        if (parts.length == 1) {
            return name;
        }
        String sub = COMMON.get(lower).stream().filter(s -> s.equalsIgnoreCase(parts[1])).findFirst().orElse(parts[1]);
        return name + "." + sub;
    }

    /** The known schema whose URN (any case) prefixes the token, followed by ':'; the longest wins. */
    private Schema schemaPrefixOf(String token) {
        Schema best = null;
        for (Schema s : schemas.getAllSchemas()) {
            String id = s.getId();
            if (token.length() > id.length() + 1 && token.regionMatches(true, 0, id, 0, id.length()) && token.charAt(id.length()) == ':'
                    && (best == null || id.length() > best.getId().length())) {
                best = s;
            }
        }
        return best;
    }

    private String wholeSchemaUrn(String token) {
        return schemas.getAllSchemaUrns().stream().filter(token::equalsIgnoreCase).findFirst().orElse(token);
    }

    private static int endOfString(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == '"') {
                break;
            }
        }
        return Math.min(i, text.length());
    }

    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** Marks a bracket opened after something that is not a known attribute. */
    private static final class Placeholder {
        static final Schema.Attribute NONE = new Schema.Attribute();
    }
}
