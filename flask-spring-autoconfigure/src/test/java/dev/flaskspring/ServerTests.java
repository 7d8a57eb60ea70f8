package dev.flaskspring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The app served by {@code app.start} on embedded Tomcat, over a real socket. */
class ServerTests {

    @Test
    void servesRoutingErrorsAndHeadOverHttp() throws Exception {
        Flask app = new Flask("served");
        app.route("/", "index", args -> "Hello, World!");
        app.route("/user/<int:id>", "user", args -> Map.of("id", args.getInt("id")));
        app.route("/form", "form", Set.of("POST"), args -> Globals.request().form().require("name"));
        HttpClient http = HttpClient.newHttpClient();
        try (FlaskServer server = app.start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> rv = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("Hello, World!");
            assertThat(rv.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualTo("text/html;charset=utf-8");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/user/42")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.body()).isEqualTo("{\"id\":42}\n");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/missing")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(404);
            assertThat(rv.body()).contains("<title>404 Not Found</title>");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(405);
            assertThat(rv.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEmpty();
            assertThat(rv.headers().firstValue("Content-Length")).hasValue("13");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/user/7/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(404);

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/form"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=Ada+L%C3%B6")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.body()).isEqualTo("Ada Lö");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/form"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("other=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(400);
        }
    }
}
