package dev.flaskspring.signals;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Signals; ported from Flask's {@code tests/test_signals.py}. The template signals
 * ({@code test_template_rendered}, {@code test_before_render_template}) are ported with templates.
 */
class SignalsTests {

    // Flask: tests/test_signals.py::test_request_signals
    @Test
    void requestSignals() {
        Flask app = new Flask("app");
        List<String> calls = new ArrayList<>();
        app.beforeRequest(() -> {
            calls.add("before-handler");
            return null;
        });
        app.afterRequest(response -> {
            calls.add("after-handler");
            response.setData("stuff");
            return response;
        });
        app.route("/", "index", args -> {
            calls.add("handler");
            return "ignored anyway";
        });
        try (Connection started = Signals.REQUEST_STARTED.connect(app, e -> calls.add("before-signal"));
                Connection finished = Signals.REQUEST_FINISHED.connect(app, e -> {
                    assertThat(e.response().text()).isEqualTo("stuff");
                    calls.add("after-signal");
                })) {
            assertThat(app.testClient().get("/").text()).isEqualTo("stuff");
            assertThat(calls).containsExactly("before-signal", "before-handler", "handler", "after-handler", "after-signal");
        }
    }

    // Flask: tests/test_signals.py::test_request_exception_signal
    @Test
    void requestExceptionSignal() {
        Flask app = new Flask("app");
        List<Throwable> recorded = new ArrayList<>();
        app.route("/", "index", args -> 1 / 0);
        try (Connection c = Signals.GOT_REQUEST_EXCEPTION.connect(app, e -> recorded.add(e.exception()))) {
            assertThat(app.testClient().get("/").statusCode()).isEqualTo(500);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0)).isInstanceOf(ArithmeticException.class);
        }
    }

    // Flask: tests/test_signals.py::test_appcontext_signals
    @Test
    void appcontextSignals() {
        Flask app = new Flask("app");
        List<String> recorded = new ArrayList<>();
        app.route("/", "index", args -> "Hello");
        try (Connection push = Signals.APPCONTEXT_PUSHED.connect(app, e -> recorded.add("push"));
                Connection pop = Signals.APPCONTEXT_POPPED.connect(app, e -> recorded.add("pop"))) {
            assertThat(app.testClient().get("/").text()).isEqualTo("Hello");
            assertThat(recorded).containsExactly("push", "pop");
        }
    }

    // Flask: tests/test_signals.py::test_flash_signal
    @Test
    void flashSignal() {
        Flask app = new Flask("app");
        app.config().put("SECRET_KEY", "test key");
        app.route("/", "index", args -> {
            flash("This is a flash message", "notice");
            return redirect("/other");
        });
        List<MessageFlashed> recorded = new ArrayList<>();
        try (Connection c = Signals.MESSAGE_FLASHED.connect(app, recorded::add)) {
            app.testClient().get("/");
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0).message()).isEqualTo("This is a flash message");
            assertThat(recorded.get(0).category()).isEqualTo("notice");
        }
    }

    // Flask: tests/test_signals.py::test_appcontext_tearing_down_signal
    @Test
    void appcontextTearingDownSignal() {
        Flask app = new Flask("app");
        List<Throwable> recorded = new ArrayList<>();
        app.route("/", "index", args -> 1 / 0);
        try (Connection c = Signals.APPCONTEXT_TEARING_DOWN.connect(app, e -> recorded.add(e.exception()))) {
            assertThat(app.testClient().get("/").statusCode()).isEqualTo(500);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    void receiversForAnotherSenderAreNotCalled() {
        Flask app = new Flask("app");
        Flask other = new Flask("other");
        List<String> recorded = new ArrayList<>();
        app.route("/", "index", args -> "x");
        try (Connection c = Signals.REQUEST_STARTED.connect(other, e -> recorded.add("other"));
                Connection any = Signals.REQUEST_STARTED.connect(e -> recorded.add("any " + e.app().name()))) {
            app.testClient().get("/");
        }
        assertThat(recorded).containsExactly("any app");
        assertThat(Signals.REQUEST_STARTED.hasReceivers()).isFalse();
    }

    @Test
    void connectingTwiceDeliversOnceAndClosingIsIdempotent() {
        Signal<String> signal = new Signal<>("custom");
        List<String> got = new ArrayList<>();
        Consumer<String> receiver = got::add;
        Connection first = signal.connect(receiver);
        signal.connect(receiver);
        signal.send(this, "hello");
        assertThat(got).containsExactly("hello");
        first.close();
        first.close();
        assertThat(signal.hasReceivers()).isFalse();
        signal.send(this, "ignored");
        assertThat(got).containsExactly("hello");
    }

    @Test
    void receiversRunInConnectionOrderAndTheirErrorsReachTheSender() {
        Signal<String> signal = new Signal<>("custom");
        List<String> got = new ArrayList<>();
        signal.connect(e -> got.add("first"));
        signal.connect(e -> got.add("second"));
        signal.send(this, "x");
        assertThat(got).containsExactly("first", "second");
        signal.connect(e -> {
            throw new IllegalStateException("receiver failed");
        });
        assertThatThrownBy(() -> signal.send(this, "x")).hasMessage("receiver failed");
        assertThat(signal.hasReceiversFor(this)).isTrue();
        assertThat(signal.name()).isEqualTo("custom");
    }
}
