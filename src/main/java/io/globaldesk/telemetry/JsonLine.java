package io.globaldesk.telemetry;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one flat JSON object with Jackson's streaming parser and checks each value's type and range as it is read, so a
 * line costs one pass and no tree. Every failure becomes a {@link LineRejectedException} naming the field and the rule.
 */
final class JsonLine implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser parser;

    private JsonLine(JsonParser parser) {
        this.parser = parser;
    }

    static JsonLine open(byte[] buffer, int offset, int length) {
        try {
            JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), buffer, offset, length);
            if (p.nextToken() != JsonToken.START_OBJECT) throw FieldRules.notAnObject();
            return new JsonLine(p);
        } catch (JacksonException e) {
            throw badJson(e);
        }
    }

    /** The next property name, or {@code null} after the object's end (which must also be the line's end). */
    String nextField() {
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                return name;
            }
            if (parser.nextToken() != null) throw FieldRules.contentAfterObject();
            return null;
        } catch (JacksonException e) {
            throw badJson(e);
        }
    }

    void skipValue() {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw badJson(e);
        }
    }

    String string(String field) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw FieldRules.notAString(field);
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw badJson(e);
        }
    }

    /** A string, or an integer kept as its decimal digits (status and error codes come both ways). */
    String stringOrInteger(String field) {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            try {
                return parser.getString();
            } catch (JacksonException e) {
                throw badJson(e);
            }
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING && parser.currentToken() != JsonToken.VALUE_NULL) {
            throw new LineRejectedException(field + " must be a string or an integer");
        }
        return string(field);
    }

    Double number(String field) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) throw FieldRules.notANumber(field);
        try {
            return parser.getDoubleValue();
        } catch (JacksonException e) {
            throw badJson(e);
        }
    }

    /** A non-negative number, or null when absent. */
    Double nonNegative(String field) {
        Double v = number(field);
        if (v != null) FieldRules.nonNegative(field, v);
        return v;
    }

    /** A percentage in 0..100, or null when absent. */
    Double percent(String field) {
        Double v = number(field);
        if (v != null) FieldRules.percent(field, v);
        return v;
    }

    Instant instant(String field) {
        String s = string(field);
        if (s == null) return null;
        try {
            return IsoInstant.parse(s);
        } catch (DateTimeParseException e) {
            throw FieldRules.notAnInstant(field, s);
        }
    }

    @Override
    public void close() {
        parser.close();
    }

    private static LineRejectedException badJson(JacksonException e) {
        return new LineRejectedException("bad JSON: " + e.getOriginalMessage());
    }
}
