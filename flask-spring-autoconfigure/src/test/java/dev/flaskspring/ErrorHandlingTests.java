package dev.flaskspring;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.BadRequest;
import dev.flaskspring.exceptions.BadRequestKeyError;
import dev.flaskspring.exceptions.Forbidden;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.testing.FlaskClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error handlers and the 500 path; ported from Flask's {@code tests/test_basic.py}.
 * <p>Not ported: {@code test_baseexception_error_handling} (Java has no {@code KeyboardInterrupt}; a
 * thrown {@link Error} is covered instead) and {@code test_enctype_debug_helper} (Flask's debug helper
 * for Python form handling).
 */
class ErrorHandlingTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_basic.py::test_error_handling
    @Test
    void errorHandling() {
        app.setTesting(false);
        app.errorHandler(404, e -> Globals.makeResponse("not found", 404));
        app.errorHandler(500, e -> Globals.makeResponse("internal server error", 500));
        app.errorHandler(Forbidden.class, e -> Globals.makeResponse("forbidden", 403));
        app.route("/", "index", args -> abort(404));
        app.route("/error", "error", args -> 1 / 0);
        app.route("/forbidden", "error2", args -> abort(403));
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.text()).isEqualTo("not found");
        rv = client.get("/error");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.text()).isEqualTo("internal server error");
        rv = client.get("/forbidden");
        assertThat(rv.statusCode()).isEqualTo(403);
        assertThat(rv.text()).isEqualTo("forbidden");
    }

    // Flask: tests/test_basic.py::test_error_handling_processing
    @Test
    void errorHandlingProcessing() {
        app.setTesting(false);
        app.errorHandler(500, e -> Globals.makeResponse("internal server error", 500));
        app.route("/", "broken_func", args -> 1 / 0);
        app.afterRequest(resp -> {
            resp.setMimetype("text/x-special");
            return resp;
        });
        var resp = client.get("/");
        assertThat(resp.mimetype()).isEqualTo("text/x-special");
        assertThat(resp.text()).isEqualTo("internal server error");
    }

    @Test
    void errorsPropagateOutOfTheClientWithoutA500() {
        app.setTesting(false);
        app.route("/", "broken_func", args -> {
            throw new StackOverflowError("not an Exception");
        });
        assertThatThrownBy(() -> client.get("/")).isInstanceOf(StackOverflowError.class);
    }

    // Flask: tests/test_basic.py::test_before_request_and_routing_errors
    @Test
    void beforeRequestAndRoutingErrors() {
        app.beforeRequest(() -> {
            g().put("something", "value");
            return null;
        });
        app.errorHandler(404, error -> Globals.makeResponse(g().get("something"), 404));
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.text()).isEqualTo("value");
    }

    static class MyException extends Exception {
    }

    // Flask: tests/test_basic.py::test_user_error_handling
    @Test
    void userErrorHandling() {
        app.errorHandler(MyException.class, e -> {
            assertThat(e).isInstanceOf(MyException.class);
            return "42";
        });
        app.route("/", "index", args -> {
            throw new MyException();
        });
        assertThat(client.get("/").text()).isEqualTo("42");
    }

    // Flask: tests/test_basic.py::test_http_error_subclass_handling (the subclass local to the test, as there)
    @Test
    void httpErrorSubclassHandling() {
        class ForbiddenSubclass extends Forbidden {
        }

        app.errorHandler(ForbiddenSubclass.class, e -> {
            assertThat(e).isInstanceOf(ForbiddenSubclass.class);
            return "banana";
        });
        app.errorHandler(403, e -> {
            assertThat(e).isNotInstanceOf(ForbiddenSubclass.class).isInstanceOf(Forbidden.class);
            return "apple";
        });
        app.route("/1", "index1", args -> {
            throw new ForbiddenSubclass();
        });
        app.route("/2", "index2", args -> abort(403));
        app.route("/3", "index3", args -> {
            throw new Forbidden();
        });
        assertThat(client.get("/1").text()).isEqualTo("banana");
        assertThat(client.get("/2").text()).isEqualTo("apple");
        assertThat(client.get("/3").text()).isEqualTo("apple");
    }

    static class Denied extends Forbidden {
        Denied(String why) {
            super(why);
        }
    }

    @Test
    void aSubclassMadeOnlyWithArgumentsIsStillFoundInsideItsCode() {
        app.errorHandler(Denied.class, e -> "denied: " + e.description());
        app.errorHandler(403, e -> "forbidden");
        app.route("/denied", "denied", args -> {
            throw new Denied("no entry");
        });
        app.route("/forbidden", "forbidden", args -> abort(403));
        assertThat(client.get("/denied").text()).isEqualTo("denied: no entry");
        assertThat(client.get("/forbidden").text()).isEqualTo("forbidden");
    }

    static class E1 extends RuntimeException {
    }

    static class E2 extends RuntimeException {
    }

    static class E3 extends E2 {
    }

    // Flask: tests/test_basic.py::test_errorhandler_precedence (E3 extends only E2: Java has single inheritance)
    @Test
    void errorhandlerPrecedence() {
        app.errorHandler(E2.class, e -> "E2");
        app.errorHandler(Exception.class, e -> "Exception");
        app.route("/E1", "raise_e1", args -> {
            throw new E1();
        });
        app.route("/E3", "raise_e3", args -> {
            throw new E3();
        });
        assertThat(client.get("/E1").text()).isEqualTo("Exception");
        assertThat(client.get("/E3").text()).isEqualTo("E2");
    }

    // Flask: tests/test_basic.py::test_trap_bad_request_key_error
    @ParameterizedTest
    @CsvSource(value = {"false,,true,true", "true,,false,true", "false,true,false,false"})
    void trapBadRequestKeyError(boolean debug, Boolean trap, boolean expectKey, boolean expectAbort) {
        app.config().put("DEBUG", debug);
        app.config().put("TRAP_BAD_REQUEST_ERRORS", trap);
        app.route("/key", "fail", args -> request().form().require("missing_key"));
        app.route("/abort", "allow_abort", args -> abort(400));
        if (expectKey) {
            var rv = client.get("/key");
            assertThat(rv.statusCode()).isEqualTo(400);
            assertThat(rv.text()).doesNotContain("missing_key");
        } else {
            assertThatThrownBy(() -> client.get("/key")).isInstanceOf(BadRequestKeyError.class)
                    .satisfies(e -> assertThat(((HTTPException) e).getDescription()).contains("missing_key"));
        }
        if (expectAbort) {
            assertThat(client.get("/abort").statusCode()).isEqualTo(400);
        } else {
            assertThatThrownBy(() -> client.get("/abort")).isInstanceOf(BadRequest.class);
        }
    }

    // Flask: tests/test_basic.py::test_trapping_of_all_http_exceptions
    @Test
    void trappingOfAllHttpExceptions() {
        app.config().put("TRAP_HTTP_EXCEPTIONS", true);
        app.route("/fail", "fail", args -> abort(404));
        assertThatThrownBy(() -> client.get("/fail")).isInstanceOf(NotFound.class);
    }

    // Flask: tests/test_basic.py::test_error_handler_after_processor_error
    @Test
    void errorHandlerAfterProcessorError() {
        app.setTesting(false);
        String[] trigger = {""};
        app.beforeRequest(() -> {
            if (trigger[0].equals("before")) {
                throw new ArithmeticException();
            }
            return null;
        });
        app.afterRequest(response -> {
            if (trigger[0].equals("after")) {
                throw new ArithmeticException();
            }
            return response;
        });
        app.route("/", "index", args -> "Foo");
        app.errorHandler(500, e -> Globals.makeResponse("Hello Server Error", 500));
        for (String t : new String[] {"before", "after"}) {
            trigger[0] = t;
            var rv = client.get("/");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.text()).isEqualTo("Hello Server Error");
        }
    }

    // Flask: tests/test_basic.py::test_exception_propagation
    @ParameterizedTest
    @CsvSource({"TESTING", "PROPAGATE_EXCEPTIONS", "DEBUG", "NONE"})
    void exceptionPropagation(String key) {
        app.setTesting(false);
        app.route("/", "index", args -> 1 / 0);
        if (!key.equals("NONE")) {
            app.config().put(key, true);
            assertThatThrownBy(() -> client.get("/")).isInstanceOf(ArithmeticException.class);
        } else {
            assertThat(client.get("/").statusCode()).isEqualTo(500);
        }
    }

    @Test
    void noStackTraceInTheDefault500Page() {
        app.setTesting(false);
        app.route("/", "index", args -> {
            throw new IllegalStateException("secret internals");
        });
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.text()).contains("<title>500 Internal Server Error</title>").doesNotContain("secret internals")
                .doesNotContain("at dev.flaskspring");
    }

    @Test
    void handlerFor500ReceivesTheOriginalException() {
        app.setTesting(false);
        app.errorHandler(500, e -> "original: "
                + ((dev.flaskspring.exceptions.InternalServerError) e).originalException().getClass().getSimpleName());
        app.route("/", "index", args -> 1 / 0);
        assertThat(client.get("/").text()).isEqualTo("original: ArithmeticException");
    }

    @Test
    void failingErrorHandlerGivesAPlain500() {
        app.setTesting(false);
        app.errorHandler(500, e -> {
            throw new IllegalStateException("handler broke");
        });
        app.route("/", "index", args -> 1 / 0);
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.text()).contains("Internal Server Error").doesNotContain("handler broke");
    }

    @Test
    void defaultNotFoundPageIsWerkzeugs() {
        var rv = client.get("/missing");
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.text()).isEqualTo("<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
                + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL"
                + " manually please check your spelling and try again.</p>\n");
        assertThat(rv.contentType()).isEqualTo("text/html; charset=utf-8");
    }
}
