package org.hugmenow.wellness.insights.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A segment as asked: the whole tenant, or the intersection of one to {@value #MAX_ATTRIBUTES}
 * attributes. Its canonical id is what the engine keys draws by, so one group of filters has one
 * name however it was asked (ADR 0012):
 *
 * <pre>
 *   tenant
 *   type:value[&amp;type:value]...     types in {@link AttributeType} order, then by value
 * </pre>
 *
 * Types: {@code team} (the team alone), {@code team-tree} (with its sub-teams), {@code dept},
 * {@code loc}, {@code line} (direct reports of a manager), {@code line-all} (all levels),
 * {@code tenure} ({@code under-1y}, {@code 1-2y}, {@code 2-5y}, {@code 5y-plus}). Values are
 * percent-encoded (UTF-8) except {@code A-Z a-z 0-9 - . _ ~}; e.g. {@code dept:Sales&loc:New%20York}.
 *
 * <p>Invariant: attributes sorted, at most one per {@link AttributeType#group()}, at most
 * {@value #MAX_ATTRIBUTES}; the empty list is the tenant.
 */
public record SegmentSpec(List<Attribute> attributes) {

    public static final int MAX_ATTRIBUTES = 4;
    public static final String TENANT_ID = "tenant";
    public static final SegmentSpec TENANT = new SegmentSpec(List.of());
    private static final String FIELD = "segment";
    private static final int MAX_ID_LENGTH = 2000;

    public SegmentSpec {
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort(null);
        if (sorted.size() > MAX_ATTRIBUTES) {
            throw new InsightsInputException(FIELD, "a segment intersects at most " + MAX_ATTRIBUTES + " attributes, not " + sorted.size());
        }
        Set<String> groups = new HashSet<>();
        for (Attribute a : sorted) {
            if (!groups.add(a.type().group())) {
                throw new InsightsInputException(FIELD, "a segment names each kind of attribute once; " + a.type().group() + " appears twice");
            }
        }
        attributes = List.copyOf(sorted);
    }

    public static SegmentSpec of(Attribute... attributes) {
        return new SegmentSpec(List.of(attributes));
    }

    /** Parses any spelling (attributes in any order); {@link #id()} gives the canonical one. */
    public static SegmentSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InsightsInputException(FIELD, "a segment id is required, e.g. tenant or dept:Sales&loc:Berlin");
        }
        if (text.length() > MAX_ID_LENGTH) {
            throw new InsightsInputException(FIELD, "a segment id has at most " + MAX_ID_LENGTH + " characters");
        }
        if (text.equals(TENANT_ID)) {
            return TENANT;
        }
        List<Attribute> attributes = new ArrayList<>();
        for (String part : text.split("&", -1)) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new InsightsInputException(FIELD, "'" + part + "' is not type:value");
            }
            String typeId = part.substring(0, colon);
            AttributeType type = AttributeType.byId(typeId).orElseThrow(() -> new InsightsInputException(FIELD,
                    "unknown segment attribute '" + typeId + "'; use team, team-tree, dept, loc, line, line-all or tenure"));
            attributes.add(new Attribute(type, decode(part.substring(colon + 1))));
        }
        return new SegmentSpec(attributes);
    }

    public String id() {
        if (attributes.isEmpty()) {
            return TENANT_ID;
        }
        return attributes.stream().map(a -> a.type().id() + ":" + encode(a.value())).collect(Collectors.joining("&"));
    }

    public SegmentId segmentId() {
        return new SegmentId(id());
    }

    public boolean isTenant() {
        return attributes.isEmpty();
    }

    public Optional<Attribute> attribute(String group) {
        return attributes.stream().filter(a -> a.type().group().equals(group)).findFirst();
    }

    /** This segment narrowed by one more attribute (replacing none: the group must be free). */
    public SegmentSpec and(Attribute attribute) {
        List<Attribute> more = new ArrayList<>(attributes);
        more.add(attribute);
        return new SegmentSpec(more);
    }

    /** This segment without {@code attribute}. */
    public SegmentSpec without(Attribute attribute) {
        List<Attribute> fewer = new ArrayList<>(attributes);
        fewer.remove(attribute);
        return new SegmentSpec(fewer);
    }

    @Override
    public String toString() {
        return id();
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0 || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw new InsightsInputException(FIELD, "malformed percent-encoding in '" + encoded + "'");
                }
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                throw new InsightsInputException(FIELD, "non-ASCII characters must be percent-encoded (UTF-8)");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InsightsInputException(FIELD, "percent-encoded value is not UTF-8");
        }
    }
}
