package dev.flaskspring.wrappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Urlencoded text as Werkzeug reads it ({@code parse_qsl} with blank values kept), in one pass. */
class UrlEncodedFormTests {

    @Test
    void fieldsWithoutAnEqualsSignGetAnEmptyValueAndTheFirstEqualsSignSplits() {
        MultiDict<String> parsed = UrlEncodedForm.parse("a&a&a=b");
        assertThat(parsed.getList("a")).containsExactly("", "", "b");
        parsed = UrlEncodedForm.parse("=b&a=&&b=c=d");
        assertThat(parsed.items()).extracting(e -> e.getKey() + "|" + e.getValue())
                .containsExactly("|b", "a|", "b|c=d");
        assertThat(UrlEncodedForm.parse("a+b=%41%2B+").get("a b")).isEqualTo("A+ ");
    }

    @Test
    void eachCharacterIsReadOnceSoAFieldWithoutEqualsSignDoesNotScanTheRest() {
        String body = "a&".repeat(50_000) + "a=b";
        CountingText text = new CountingText(body);
        MultiDict<String> parsed = UrlEncodedForm.parse(text);
        assertThat(parsed.getList("a")).hasSize(50_001).endsWith("b");
        assertThat(text.reads).as("characters read for %d characters", body.length()).isEqualTo(body.length());
    }

    /** Text that counts the characters read from it one at a time. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    void anEmptyOrMissingQueryIsEmpty() {
        assertThat(UrlEncodedForm.parse((String) null).isEmpty()).isTrue();
        assertThat(UrlEncodedForm.parse("").isEmpty()).isTrue();
        assertThat(UrlEncodedForm.parse("&&").items()).isEqualTo(List.of());
    }
}
