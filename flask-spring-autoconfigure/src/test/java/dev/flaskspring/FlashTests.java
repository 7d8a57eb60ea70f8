package dev.flaskspring;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.getFlashedMessages;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.sessions.TupleList;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.testing.FlaskClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message flashing; ported from Flask's {@code tests/test_basic.py}. */
class FlashTests {

    final Flask app = TestApps.flask();

    // Flask: tests/test_basic.py::test_flashes
    @Test
    void flashes() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(session().isModified()).isFalse();
            flash("Zap");
            assertThat(session().isModified()).isTrue();
            flash("Zip");
            assertThat(session().isModified()).isTrue();
            assertThat(getFlashedMessages()).containsExactly("Zap", "Zip");
        }
    }

    // Flask: tests/test_basic.py::test_extended_flashing
    @Test
    void extendedFlashing() {
        Markup testing = new Markup("<em>Testing</em>");
        app.route("/", "index", args -> {
            flash("Hello World");
            flash("Hello World", "error");
            flash(testing, "warning");
            return "";
        });
        app.route("/test/", "test", args -> {
            assertThat(getFlashedMessages(false)).containsExactly("Hello World", "Hello World", testing);
            return "";
        });
        app.route("/test_with_categories/", "twc", args -> {
            List<Object> messages = getFlashedMessages(true);
            assertThat(messages).hasSize(3).containsExactly(TupleList.of("message", "Hello World"),
                    TupleList.of("error", "Hello World"), TupleList.of("warning", testing));
            return "";
        });
        app.route("/test_filter/", "tf", args -> {
            assertThat(getFlashedMessages(true, "message")).containsExactly(TupleList.of("message", "Hello World"));
            return "";
        });
        app.route("/test_filters/", "tfs", args -> {
            assertThat(getFlashedMessages(true, "message", "warning"))
                    .containsExactly(TupleList.of("message", "Hello World"), TupleList.of("warning", testing));
            return "";
        });
        app.route("/test_filters_without_returning_categories/", "tf2", args -> {
            List<Object> messages = getFlashedMessages(false, "message", "warning");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(0)).isEqualTo("Hello World");
            assertThat(messages.get(1)).isEqualTo(testing);
            return "";
        });
        for (String path : List.of("/test_with_categories/", "/test_filter/", "/test_filters/",
                "/test_filters_without_returning_categories/", "/test/")) {
            FlaskClient client = app.testClient();
            client.get("/");
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void flashesAreStoredAsFlaskStoresThem() {
        app.route("/", "index", args -> {
            flash("Hello", "error");
            return new java.util.LinkedHashMap<>(session());
        });
        assertThat(app.testClient().get("/").text()).isEqualTo("{\"_flashes\":[[\"error\",\"Hello\"]]}\n");
    }
}
