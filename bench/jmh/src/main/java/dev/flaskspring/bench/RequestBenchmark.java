package dev.flaskspring.bench;

import dev.flaskspring.Flask;
import dev.flaskspring.servlet.StandaloneDispatcher;
import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.testing.FlaskClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * One request in-process through a real {@code DispatcherServlet}: plain Spring MVC ({@code @RestController}),
 * the Flask layer with no signal receivers, and the Flask layer with one receiver on every signal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestBenchmark {

    @Param({"spring-mvc", "flask", "flask-one-receiver"})
    public String stack;

    private DispatcherServlet servlet;
    private Connection[] connections = new Connection[0];
    private final LongAdder received = new LongAdder();

    /** The plain Spring MVC twin of the Flask route. */
    @RestController
    public static class PlainController {
        @GetMapping("/user/{id}")
        public String user(@PathVariable int id) {
            return "user " + id;
        }
    }

    /** The Spring MVC configuration of the plain stack. */
    @Configuration
    @EnableWebMvc
    public static class PlainConfig {
        @org.springframework.context.annotation.Bean
        public PlainController plainController() {
            return new PlainController();
        }
    }

    @Setup
    public void setUp() {
        if (stack.equals("spring-mvc")) {
            AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
            context.register(PlainConfig.class);
            servlet = FlaskClient.initialise(new DispatcherServlet(context));
            return;
        }
        Flask app = new Flask("bench");
        app.route("/user/<int:id>", "user", args -> "user " + args.getInt("id"));
        servlet = FlaskClient.initialise(StandaloneDispatcher.create(app));
        if (stack.equals("flask-one-receiver")) {
            connections = new Connection[] {
                Signals.REQUEST_STARTED.connect(app, e -> received.increment()),
                Signals.REQUEST_FINISHED.connect(app, e -> received.increment()),
                Signals.REQUEST_TEARING_DOWN.connect(app, e -> received.increment()),
                Signals.APPCONTEXT_PUSHED.connect(app, e -> received.increment()),
                Signals.APPCONTEXT_TEARING_DOWN.connect(app, e -> received.increment()),
                Signals.APPCONTEXT_POPPED.connect(app, e -> received.increment()),
            };
        }
    }

    @TearDown
    public void tearDown() {
        for (Connection c : connections) {
            c.close();
        }
    }

    @Benchmark
    public int request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/user/42");
        request.addHeader("Host", "localhost");
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response.getContentAsByteArray().length;
    }
}
