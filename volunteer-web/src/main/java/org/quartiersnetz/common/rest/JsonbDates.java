package org.quartiersnetz.common.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.quartiersnetz.common.view.QueryParams;

/**
 * JSON-B as by default, except that dates and times in request bodies must lie in the years
 * 1–9999 (ISO 8601 without extended years): a date in the year 300000 is a typing mistake, which
 * PostgreSQL cannot even store, so it is refused as an unreadable body (400) before it reaches a service.
 */
@Provider
public class JsonbDates implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(
            new JsonbConfig().withDeserializers(new LocalDates(), new LocalDateTimes(), new Instants()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** The JSON string read as a date or time (null stays null); anything else is an unreadable body. */
    private static <T> T read(JsonParser parser, DeserializationContext context, Function<String, T> parse) {
        String text = context.deserialize(String.class, parser);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            throw new JsonbException("not a date or time: " + e.getMessage(), e);
        }
    }

    /** The value, unless its year lies outside those allowed. */
    private static <T> T inYears(T value, ToIntFunction<T> year) {
        if (value != null && !QueryParams.allowedYear(year.applyAsInt(value))) {
            throw new JsonbException("year " + year.applyAsInt(value) + " is outside " + QueryParams.FIRST_YEAR + "–"
                    + QueryParams.LAST_YEAR);
        }
        return value;
    }

    // each names its type directly: JSON-B finds a deserializer's type from its own declaration

    static final class LocalDates implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            LocalDate value = read(parser, context, LocalDate::parse);
            return inYears(value, LocalDate::getYear);
        }
    }

    static final class LocalDateTimes implements JsonbDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context, Type type) {
            LocalDateTime value = read(parser, context, LocalDateTime::parse);
            return inYears(value, LocalDateTime::getYear);
        }
    }

    static final class Instants implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Instant value = read(parser, context, Instant::parse);
            return inYears(value, i -> i.atOffset(ZoneOffset.UTC).getYear());
        }
    }
}
