package dev.flaskspring;

import static dev.flaskspring.Globals.abort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.Forbidden;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.InternalServerError;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Error handler lookup; ported from Flask's {@code tests/test_user_error_handler.py}. Python's
 * {@code KeyError} is {@link NoSuchElementException} here; registering an instance or a non-exception
 * class cannot compile in Java, so only the unknown-code check of {@code test_error_handler_no_match} remains.
 */
class UserErrorHandlerTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    static class CustomException extends Exception {
    }

    // Flask: tests/test_user_error_handler.py::test_error_handler_no_match
    @Test
    void errorHandlerNoMatch() {
        app.errorHandler(CustomException.class, e -> "custom");
        app.errorHandler(500, e -> {
            InternalServerError ise = (InternalServerError) e;
            return ise.originalException() != null ? "wrapped " + ise.originalException().getClass().getSimpleName()
                    : "direct";
        });
        assertThatThrownBy(() -> app.errorHandler(999, e -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Use a subclass of HTTPException");
        app.route("/custom", "custom_test", args -> {
            throw new CustomException();
        });
        app.route("/keyerror", "key_error", args -> {
            throw new NoSuchElementException();
        });
        app.route("/abort", "do_abort", args -> abort(500));
        app.setTesting(false);
        assertThat(client.get("/custom").text()).isEqualTo("custom");
        assertThat(client.get("/keyerror").text()).isEqualTo("wrapped NoSuchElementException");
        assertThat(client.get("/abort").text()).isEqualTo("direct");
    }

    static class ParentException extends Exception {
    }

    static class ChildExceptionUnregistered extends ParentException {
    }

    static class ChildExceptionRegistered extends ParentException {
    }

    // Flask: tests/test_user_error_handler.py::test_error_handler_subclass
    @Test
    void errorHandlerSubclass() {
        app.errorHandler(ParentException.class, e -> "parent");
        app.errorHandler(ChildExceptionRegistered.class, e -> "child-registered");
        app.route("/parent", "parent_test", args -> {
            throw new ParentException();
        });
        app.route("/child-unregistered", "unregistered_test", args -> {
            throw new ChildExceptionUnregistered();
        });
        app.route("/child-registered", "registered_test", args -> {
            throw new ChildExceptionRegistered();
        });
        assertThat(client.get("/parent").text()).isEqualTo("parent");
        assertThat(client.get("/child-unregistered").text()).isEqualTo("parent");
        assertThat(client.get("/child-registered").text()).isEqualTo("child-registered");
    }

    static class ForbiddenSubclassRegistered extends Forbidden {
    }

    static class ForbiddenSubclassUnregistered extends Forbidden {
    }

    // Flask: tests/test_user_error_handler.py::test_error_handler_http_subclass
    @Test
    void errorHandlerHttpSubclass() {
        app.errorHandler(403, e -> {
            assertThat(e).isInstanceOf(Forbidden.class);
            return "forbidden";
        });
        app.errorHandler(ForbiddenSubclassRegistered.class, e -> "forbidden-registered");
        app.route("/forbidden", "forbidden_test", args -> {
            throw new Forbidden();
        });
        app.route("/forbidden-registered", "registered_test", args -> {
            throw new ForbiddenSubclassRegistered();
        });
        app.route("/forbidden-unregistered", "unregistered_test", args -> {
            throw new ForbiddenSubclassUnregistered();
        });
        assertThat(client.get("/forbidden").text()).isEqualTo("forbidden");
        assertThat(client.get("/forbidden-unregistered").text()).isEqualTo("forbidden");
        assertThat(client.get("/forbidden-registered").text()).isEqualTo("forbidden-registered");
    }

    // Flask: tests/test_user_error_handler.py::test_error_handler_blueprint
    @Test
    void errorHandlerBlueprint() {
        Blueprint bp = new Blueprint("bp");
        bp.errorHandler(500, e -> "bp-error");
        bp.route("/error", "bp_test", args -> {
            throw new InternalServerError();
        });
        app.errorHandler(500, e -> "app-error");
        app.route("/error", "app_test", args -> {
            throw new InternalServerError();
        });
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/bp").build());
        assertThat(client.get("/error").text()).isEqualTo("app-error");
        assertThat(client.get("/bp/error").text()).isEqualTo("bp-error");
    }

    // Flask: tests/test_user_error_handler.py::test_default_error_handler
    @Test
    void defaultErrorHandler() {
        Blueprint bp = new Blueprint("bp");
        bp.errorHandler(HTTPException.class, e -> {
            assertThat(e).isInstanceOf(NotFound.class);
            return "bp-default";
        });
        bp.errorHandler(Forbidden.class, e -> "bp-forbidden");
        bp.route("/undefined", "bp_registered_test", args -> {
            throw new NotFound();
        });
        bp.route("/forbidden", "bp_forbidden_test", args -> {
            throw new Forbidden();
        });
        Flask plain = new Flask("plain");
        plain.errorHandler(HTTPException.class, e -> {
            assertThat(e).isInstanceOf(NotFound.class);
            return "default";
        });
        plain.errorHandler(Forbidden.class, e -> "forbidden");
        plain.route("/forbidden", "forbidden", args -> {
            throw new Forbidden();
        });
        plain.route("/slash/", "slash", args -> "slash");
        plain.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/bp").build());
        FlaskClient c = plain.testClient();
        assertThat(c.get("/bp/undefined").text()).isEqualTo("bp-default");
        assertThat(c.get("/bp/forbidden").text()).isEqualTo("bp-forbidden");
        assertThat(c.get("/undefined").text()).isEqualTo("default");
        assertThat(c.get("/forbidden").text()).isEqualTo("forbidden");
        assertThat(c.open(TestRequest.get("/slash").followRedirects(true)).text()).isEqualTo("slash");
    }

    /** Flask: tests/test_user_error_handler.py::TestGenericHandlers. */
    @Nested
    class GenericHandlers {

        static class Custom extends Exception {
        }

        GenericHandlers() {
            app.route("/custom", "do_custom", args -> {
                throw new Custom();
            });
            app.route("/error", "do_error", args -> {
                throw new NoSuchElementException();
            });
            app.route("/abort", "do_abort", args -> abort(500));
            app.route("/raise", "do_raise", args -> {
                throw new InternalServerError();
            });
            app.config().put("PROPAGATE_EXCEPTIONS", false);
        }

        private String reportError(Throwable e) {
            Throwable original = e instanceof InternalServerError ise ? ise.originalException() : null;
            return original != null ? "wrapped " + original.getClass().getSimpleName()
                    : "direct " + e.getClass().getSimpleName();
        }

        // Flask: tests/test_user_error_handler.py::TestGenericHandlers::test_handle_class_or_code
        @Test
        void handleClassOrCode() {
            for (boolean byClass : new boolean[] {true, false}) {
                Flask fresh = TestApps.flask();
                fresh.route("/custom", "do_custom", args -> {
                    throw new Custom();
                });
                fresh.route("/error", "do_error", args -> {
                    throw new NoSuchElementException();
                });
                fresh.route("/abort", "do_abort", args -> abort(500));
                fresh.route("/raise", "do_raise", args -> {
                    throw new InternalServerError();
                });
                fresh.config().put("PROPAGATE_EXCEPTIONS", false);
                ErrorHandler<HTTPException> handler = e -> {
                    assertThat(e).isInstanceOf(InternalServerError.class);
                    return reportError(e);
                };
                if (byClass) {
                    fresh.errorHandler(InternalServerError.class, handler::apply);
                } else {
                    fresh.errorHandler(500, handler);
                }
                FlaskClient c = fresh.testClient();
                assertThat(c.get("/custom").text()).isEqualTo("wrapped Custom");
                assertThat(c.get("/error").text()).isEqualTo("wrapped NoSuchElementException");
                assertThat(c.get("/abort").text()).isEqualTo("direct InternalServerError");
                assertThat(c.get("/raise").text()).isEqualTo("direct InternalServerError");
            }
        }

        // Flask: tests/test_user_error_handler.py::TestGenericHandlers::test_handle_generic_http
        @Test
        void handleGenericHttp() {
            app.errorHandler(HTTPException.class, e -> String.valueOf(e.code()));
            assertThat(client.get("/error").text()).isEqualTo("500");
            assertThat(client.get("/abort").text()).isEqualTo("500");
            assertThat(client.get("/not-found").text()).isEqualTo("404");
        }

        // Flask: tests/test_user_error_handler.py::TestGenericHandlers::test_handle_generic
        @Test
        void handleGeneric() {
            app.errorHandler(Exception.class, this::reportError);
            assertThat(client.get("/custom").text()).isEqualTo("direct Custom");
            assertThat(client.get("/error").text()).isEqualTo("direct NoSuchElementException");
            assertThat(client.get("/abort").text()).isEqualTo("direct InternalServerError");
            assertThat(client.get("/not-found").text()).isEqualTo("direct NotFound");
        }
    }
}
