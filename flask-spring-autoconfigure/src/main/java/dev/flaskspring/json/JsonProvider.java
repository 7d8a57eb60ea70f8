package dev.flaskspring.json;

import dev.flaskspring.Flask;
import dev.flaskspring.wrappers.HttpDates;
import dev.flaskspring.wrappers.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes JSON for the app on Jackson; Flask's {@code DefaultJSONProvider}.
 * <p>Keys are sorted ({@code sort_keys}), non-ASCII is escaped ({@code ensure_ascii}), dates are HTTP dates,
 * and responses are compact unless the app is in debug mode, each followed by a newline as in Flask.
 */
public class JsonProvider {

    private final JsonMapper mapper;
    private final Writers sorted;
    private volatile Writers unsorted;
    private final Flask app;
    private Boolean compact;
    private boolean ensureAscii = true;
    private boolean sortKeys = true;
    private String mimetype = "application/json";

    /** The provider of {@code app}, whose debug flag and response class its responses follow; Flask's {@code DefaultJSONProvider(app)}. */
    public JsonProvider(Flask app) {
        this(defaultMapper(), app);
    }

    /** A provider on a given mapper (for instance Spring Boot's), keeping Flask's key order and date rules. */
    public JsonProvider(JsonMapper mapper, Flask app) {
        this.mapper = mapper.rebuild()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(flaskTypes())
                .build();
        this.sorted = Writers.of(this.mapper);
        this.app = app;
    }

    /** The compact and the indented writer of one mapper, both escaping non-ASCII. */
    private record Writers(ObjectWriter compact, ObjectWriter pretty) {
        static Writers of(JsonMapper mapper) {
            AsciiEscapes escapes = new AsciiEscapes();
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new Writers(mapper.writer().with(escapes), mapper.writer().with(escapes).with(pretty));
        }
    }

    private static JsonMapper defaultMapper() {
        return JsonMapper.builder().build();
    }

    private static SimpleModule flaskTypes() {
        SimpleModule module = new SimpleModule("flask-json");
        module.addSerializer(Instant.class, httpDate(i -> i));
        module.addSerializer(ZonedDateTime.class, httpDate(ZonedDateTime::toInstant));
        module.addSerializer(OffsetDateTime.class, httpDate(OffsetDateTime::toInstant));
        module.addSerializer(LocalDateTime.class, httpDate(d -> d.toInstant(ZoneOffset.UTC)));
        module.addSerializer(LocalDate.class, httpDate(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        module.addSerializer(Date.class, httpDate(Date::toInstant));
        module.addSerializer(java.math.BigDecimal.class, asText(java.math.BigDecimal::toString));
        module.addSerializer(dev.flaskspring.templating.Markup.class, asText(dev.flaskspring.templating.Markup::html));
        return module;
    }

    private static <T> ValueSerializer<T> httpDate(java.util.function.Function<T, Instant> toInstant) {
        return new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(HttpDates.format(toInstant.apply(value)));
            }
        };
    }

    /** A value written as a JSON string: decimals as Python's {@code str(Decimal)}, Markup as its HTML. */
    private static <T> ValueSerializer<T> asText(java.util.function.Function<T, String> text) {
        return new ValueSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(text.apply(value));
            }
        };
    }

    /** Whether non-ASCII is written as {@code \}{@code uXXXX} (default true); Flask's {@code ensure_ascii}. */
    public void setEnsureAscii(boolean ensureAscii) {
        this.ensureAscii = ensureAscii;
    }

    /** Whether map keys and object properties are written sorted; Flask's {@code sort_keys} (default true). */
    public boolean sortKeys() {
        return sortKeys;
    }

    /**
     * Sets {@link #sortKeys()}; off, maps keep their iteration order and records their component order, which
     * spares the sorting, as in Flask.
     */
    public void setSortKeys(boolean sortKeys) {
        this.sortKeys = sortKeys;
    }

    /** The Jackson mapper in use (the sorting one; reading does not depend on the order). */
    public JsonMapper mapper() {
        return mapper;
    }

    /** Serializes {@code value} compactly; Flask's {@code app.json.dumps}. */
    public String dumps(Object value) {
        return writer(false).writeValueAsString(value);
    }

    private ObjectWriter writer(boolean pretty) {
        Writers writers = sortKeys ? sorted : unsortedWriters();
        ObjectWriter w = pretty ? writers.pretty() : writers.compact();
        return ensureAscii ? w : w.without(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .with((tools.jackson.core.io.CharacterEscapes) null);
    }

    private Writers unsortedWriters() {
        Writers w = unsorted;
        if (w == null) {
            w = Writers.of(mapper.rebuild().disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST).build());
            unsorted = w;
        }
        return w;
    }

    /**
     * Parses JSON text into maps, lists, strings, numbers, booleans and null; Flask's {@code app.json.loads}.
     *
     * @throws JacksonException when the text is not JSON
     */
    public Object loads(String text) {
        return mapper.readValue(text, Object.class);
    }

    /** Parses JSON bytes (UTF-8, or UTF-16/32 with a BOM as JSON allows). */
    public Object loads(byte[] bytes) {
        return mapper.readValue(bytes, Object.class);
    }

    /** Whether responses are compact: {@code null} means compact unless debug; Flask's {@code compact}. */
    public void setCompact(Boolean compact) {
        this.compact = compact;
    }

    /** The mimetype of JSON responses; Flask's {@code mimetype}. */
    public String mimetype() {
        return mimetype;
    }

    /** Sets the mimetype of JSON responses. */
    public void setMimetype(String mimetype) {
        this.mimetype = mimetype;
    }

    /** A response holding {@code value} as JSON plus a newline; Flask's {@code app.json.response} ({@code jsonify}). */
    public Response response(Object value) {
        boolean pretty = (compact == null && app.isDebug()) || Boolean.FALSE.equals(compact);
        String body = writer(pretty).writeValueAsString(value) + "\n";
        return app.responseClass().create(body, mimetype);
    }
}
