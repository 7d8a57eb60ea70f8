package dev.flaskspring.bench.servlet;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The five benchmark endpoints in one servlet on embedded Tomcat with its defaults, nothing else: what a request
 * costs with no framework at all, the floor the Flask layer is measured against. Serves the reference's bytes.
 */
public final class BenchServlet extends HttpServlet {

    record Item(int id, String name) {
    }

    private static final List<Item> ITEMS = IntStream.rangeClosed(1, 10).mapToObj(i -> new Item(i, "Item " + i)).toList();
    private static final String UNSAFE = "<script>alert('xss')</script>";

    private final transient Mustache page = new DefaultMustacheFactory("templates").compile("page.mustache");
    private final transient SessionCookie cookie = new SessionCookie(
            System.getenv().getOrDefault("FLASK_SECRET_KEY", "bench-secret-key-not-for-production"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        switch (path) {
            case "/plaintext" -> send(response, "text/plain;charset=UTF-8", "Hello, World!");
            case "/json" -> send(response, "application/json", "{\"message\":\"Hello, World!\"}");
            case "/template" -> {
                StringWriter out = new StringWriter(512);
                page.execute(out, Map.of("title", "Bench page", "items", ITEMS, "unsafe", UNSAFE));
                send(response, "text/html;charset=UTF-8", out.toString());
            }
            case "/session" -> session(request, response);
            default -> {
                if (path.startsWith("/user/") && path.length() > 6 && path.substring(6).chars().allMatch(Character::isDigit)
                        && path.length() < 16) {
                    send(response, "application/json", "{\"id\":" + Integer.parseInt(path.substring(6)) + "}");
                } else {
                    response.sendError(404);
                }
            }
        }
    }

    private void session(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int counter = 0;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals("session")) {
                    counter = SessionCookie.counterOf(cookie.load(c.getValue()));
                }
            }
        }
        counter++;
        String json = "{\"counter\":" + counter + "}";
        response.addHeader("Set-Cookie", "session=" + cookie.dump(json) + "; HttpOnly; Path=/");
        response.addHeader("Vary", "Cookie");
        send(response, "application/json", json);
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Serves on 127.0.0.1, port {@code $PORT} (8003 by default). */
    public static void main(String[] args) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bench-servlet").toString());
        Connector connector = new Connector();
        connector.setPort(Integer.parseInt(System.getenv().getOrDefault("PORT", "8003")));
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "bench", new BenchServlet());
        context.addServletMappingDecoded("/", "bench");
        tomcat.start();
        tomcat.getServer().await();
    }
}
