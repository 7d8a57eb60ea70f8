package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.templating.Markup;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Converts the vectors' neutral value form to Java values and compares decoded sessions with it. */
final class NeutralValues {

    private NeutralValues() {
    }

    /** The Java value of a neutral-form value read by Jackson. */
    static Object toJava(Object neutral) {
        if (neutral instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.containsKey("$type") && map.containsKey("value")) {
                return typed(String.valueOf(map.get("$type")), map.get("value"));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toJava(v)));
            return out;
        }
        if (neutral instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(toJava(v)));
            return out;
        }
        if (neutral instanceof Number n && !(neutral instanceof Double)) {
            return narrow(new BigInteger(n.toString()));
        }
        return neutral;
    }

    private static Object narrow(BigInteger n) {
        if (n.bitLength() < 32) {
            return n.intValue();
        }
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }

    private static Object typed(String type, Object value) {
        return switch (type) {
            case "float" -> switch (String.valueOf(value)) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(String.valueOf(value));
            };
            case "tuple" -> new TupleList((List<?>) toJava(value));
            case "bytes" -> Base64.getDecoder().decode(String.valueOf(value));
            case "uuid" -> UUID.fromString(String.valueOf(value));
            case "datetime" -> {
                String s = String.valueOf(value);
                yield s.matches(".*([+-]\\d\\d:\\d\\d|Z)$") ? OffsetDateTime.parse(s) : LocalDateTime.parse(s);
            }
            case "date" -> LocalDate.parse(String.valueOf(value));
            case "markup" -> new Markup(String.valueOf(value));
            case "dict" -> toJava(value);
            default -> throw new IllegalArgumentException("unknown neutral type " + type);
        };
    }

    /** Asserts {@code actual} (a decoded session value) equals {@code expected} (from {@link #toJava}). */
    static void assertSame(Object actual, Object expected, String path) {
        if (expected instanceof Map<?, ?> em) {
            assertThat(actual).as(path).isInstanceOf(Map.class);
            Map<?, ?> am = (Map<?, ?>) actual;
            assertThat(am.keySet()).as(path + " keys").isEqualTo(em.keySet());
            em.forEach((k, v) -> assertSame(am.get(k), v, path + "." + k));
        } else if (expected instanceof TupleList et) {
            assertThat(actual).as(path + " is a tuple").isInstanceOf(TupleList.class);
            assertList((List<?>) actual, et, path);
        } else if (expected instanceof List<?> el) {
            assertThat(actual).as(path).isInstanceOf(List.class).isNotInstanceOf(TupleList.class);
            assertList((List<?>) actual, el, path);
        } else if (expected instanceof byte[] eb) {
            assertThat(actual).as(path).isInstanceOf(byte[].class);
            assertThat(Arrays.equals((byte[]) actual, eb)).as(path).isTrue();
        } else if (expected instanceof Double ed) {
            assertThat(actual).as(path).isInstanceOf(Double.class);
            assertThat(Double.compare((Double) actual, ed)).as(path + " " + actual + " vs " + ed).isZero();
        } else if (expected instanceof Temporal et) {
            assertThat(actual).as(path).isInstanceOf(ZonedDateTime.class);
            java.time.Instant want = et instanceof OffsetDateTime o ? o.toInstant()
                    : ((LocalDateTime) et).toInstant(java.time.ZoneOffset.UTC);
            assertThat(((ZonedDateTime) actual).toInstant()).as(path).isEqualTo(want);
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static void assertList(List<?> actual, List<?> expected, String path) {
        assertThat(actual).as(path + " size").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(actual.get(i), expected.get(i), path + "[" + i + "]");
        }
    }
}
