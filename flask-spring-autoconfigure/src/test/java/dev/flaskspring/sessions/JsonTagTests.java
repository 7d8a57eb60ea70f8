package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.templating.Markup;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flask's tagged JSON; ported from Flask's {@code tests/test_json_tag.py}.
 * <p>{@code test_tag_interface} checks that the base class's methods raise; here they are abstract, so
 * the compiler enforces it.
 */
class JsonTagTests {

    static Stream<Object> data() {
        return Stream.of(Map.of(" t", TupleList.of(1, 2, 3)), Map.of(" t__", "a".getBytes()), Map.of(" di", " di"),
                Map.of("x", TupleList.of(1, 2, 3), "y", 4), TupleList.of(1, 2, 3), List.of(TupleList.of(1, 2, 3)),
                new byte[] {(byte) 0xff}, new Markup("<html>"), UUID.randomUUID(),
                ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    // Flask: tests/test_json_tag.py::test_dump_load_unchanged
    @ParameterizedTest
    @MethodSource("data")
    void dumpLoadUnchanged(Object data) {
        TaggedJsonSerializer s = new TaggedJsonSerializer();
        Object back = s.loads(s.dumps(data));
        if (data instanceof byte[] bytes) {
            assertThat((byte[]) back).isEqualTo(bytes);
        } else if (data instanceof Map<?, ?> m && m.values().iterator().next() instanceof byte[] b) {
            assertThat((byte[]) ((Map<?, ?>) back).get(m.keySet().iterator().next())).isEqualTo(b);
        } else {
            assertThat(back).isEqualTo(data);
        }
        if (data instanceof TupleList) {
            assertThat(back).isInstanceOf(TupleList.class);
        }
    }

    static class TagDict extends JsonTag {
        TagDict(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " d";
        }

        @Override
        public boolean check(Object value) {
            return false;
        }

        @Override
        public Object toJson(Object value) {
            return value;
        }

        @Override
        public Object toJava(Object value) {
            return value;
        }
    }

    // Flask: tests/test_json_tag.py::test_duplicate_tag
    @Test
    void duplicateTag() {
        TaggedJsonSerializer s = new TaggedJsonSerializer();
        assertThatThrownBy(() -> s.register(TagDict::new)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tag ' d' is already registered.");
        s.register(TagDict::new, true, 0);
        assertThat(s.tags().get(" d")).isInstanceOf(TagDict.class);
        assertThat(s.order().get(0)).isInstanceOf(TagDict.class);
    }

    record Foo(Object data) {
    }

    static class TagFoo extends JsonTag {
        TagFoo(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " f";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof Foo;
        }

        @Override
        public Object toJson(Object value) {
            return serializer.tag(((Foo) value).data());
        }

        @Override
        public Object toJava(Object value) {
            return new Foo(value);
        }
    }

    // Flask: tests/test_json_tag.py::test_custom_tag
    @Test
    void customTag() {
        TaggedJsonSerializer s = new TaggedJsonSerializer();
        s.register(TagFoo::new, false, 0);
        assertThat(((Foo) s.loads(s.dumps(new Foo("bar")))).data()).isEqualTo("bar");
    }

    static class Tag1 extends TagDict {
        Tag1(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " 1";
        }
    }

    static class Tag2 extends TagDict {
        Tag2(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " 2";
        }
    }

    // Flask: tests/test_json_tag.py::test_tag_order
    @Test
    void tagOrder() {
        TaggedJsonSerializer s = new TaggedJsonSerializer();
        s.register(Tag1::new, false, -1);
        assertThat(s.order().get(s.order().size() - 2)).isInstanceOf(Tag1.class);
        s.register(Tag2::new, false, null);
        assertThat(s.order().get(s.order().size() - 1)).isInstanceOf(Tag2.class);
    }
}
