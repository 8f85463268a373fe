package org.hugmenow.wellness.insights.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One filter of a segment, with a value already in canonical form: a team id in lower-case UUID
 * form, a reporting line as its opaque token (never a person id), a tenure band id, or a
 * department or location name as the directory spells it.
 */
public record Attribute(AttributeType type, String value) implements Comparable<Attribute> {

    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern LINE_TOKEN = Pattern.compile("[0-9a-f]{16}");
    private static final Comparator<Attribute> ORDER = Comparator.comparing(Attribute::type).thenComparing(Attribute::value);

    public Attribute {
        Objects.requireNonNull(type, "type");
        value = canonical(type, value);
    }

    public static Attribute team(UUID team) {
        return new Attribute(AttributeType.TEAM, team.toString());
    }

    public static Attribute teamTree(UUID team) {
        return new Attribute(AttributeType.TEAM_TREE, team.toString());
    }

    public UUID teamId() {
        return UUID.fromString(value);
    }

    @Override
    public int compareTo(Attribute other) {
        return ORDER.compare(this, other);
    }

    private static String canonical(AttributeType type, String value) {
        String field = "segment";
        if (value == null || value.isBlank()) {
            throw new InsightsInputException(field, type.id() + " needs a value");
        }
        switch (type) {
            case TEAM, TEAM_TREE -> {
                try {
                    String uuid = UUID.fromString(value).toString();
                    if (!uuid.equalsIgnoreCase(value)) {
                        throw new IllegalArgumentException(value);
                    }
                    return uuid;
                } catch (IllegalArgumentException e) {
                    throw new InsightsInputException(field, type.id() + " takes a team id (a UUID), not '" + value + "'");
                }
            }
            case LINE, LINE_ALL -> {
                if (!LINE_TOKEN.matcher(value).matches()) {
                    throw new InsightsInputException(field, type.id() + " takes a reporting-line token (16 hex digits)");
                }
                return value;
            }
            case TENURE -> {
                return TenureBand.byId(value).map(TenureBand::id).orElseThrow(() -> new InsightsInputException(field,
                        "tenure takes one of under-1y, 1-2y, 2-5y, 5y-plus, not '" + value + "'"));
            }
            default -> {
                if (value.length() > MAX_NAME_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
                    throw new InsightsInputException(field, type.id() + " names at most " + MAX_NAME_LENGTH + " printable characters");
                }
                return value;
            }
        }
    }
}
