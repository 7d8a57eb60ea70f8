package dev.flaskspring.demo;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.streamWithContext;
import static dev.flaskspring.Globals.urlFor;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import dev.flaskspring.annotation.ErrorHandler;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The {@code api} blueprint, beside flaskr's pages: the posts as JSON, each with its own address as
 * {@code "url"} ({@code url_for("api.post", id=..., _external=True)}, so behind a proxy it carries the proxy's host
 * and scheme). Dates are written as Flask's JSON provider writes a {@code datetime} (an HTTP date in GMT);
 * errors raised here answer in JSON.
 */
@Views(blueprint = "api", urlPrefix = "/api")
class ApiViews {

    /** Every post with its author's name, most recent first. */
    @Get("/posts")
    Object posts() {
        return getDb().fetchAll(BlogViews.POST_QUERY + " ORDER BY created DESC").stream().map(ApiViews::withUrl).toList();
    }

    /** The post's row with its external URL under {@code "url"}. */
    static Map<String, Object> withUrl(Map<String, Object> post) {
        Map<String, Object> json = new LinkedHashMap<>(post);
        json.put("url", urlFor("api.post", "id", post.get("id"), "_external", true));
        return json;
    }

    /**
     * Every post as newline-delimited JSON, streamed while it is read from the database in pages, most
     * recent first; each page takes a pooled connection and gives it back, and the app context's database
     * is closed at teardown, after the stream.
     */
    @Get("/posts.ndjson")
    Object postsStream() {
        Iterator<String> lines = new Iterator<>() {
            private static final int PAGE = 100;
            private final Deque<String> buffered = new ArrayDeque<>();
            private int offset;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (buffered.isEmpty() && !exhausted) {
                    List<Map<String, Object>> page = getDb().fetchAll(
                            BlogViews.POST_QUERY + " ORDER BY created DESC, p.id DESC LIMIT ? OFFSET ?", PAGE, offset);
                    offset += page.size();
                    exhausted = page.size() < PAGE;
                    page.forEach(row -> buffered.add(currentApp().json().dumps(withUrl(row)) + "\n"));
                }
                return !buffered.isEmpty();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.poll();
            }
        };
        return new Response(streamWithContext(lines), 200, null, "application/x-ndjson");
    }

    /** One post, or 404 when it does not exist. */
    @Get("/posts/<int:id>")
    Object post(int id) {
        Map<String, Object> post = getDb().fetchOne(BlogViews.POST_QUERY + " WHERE p.id = ?", id);
        if (post == null) {
            abort(404, "Post id " + id + " doesn't exist.");
        }
        return withUrl(post);
    }

    /** HTTP errors of this blueprint's views as {@code {"error": description}} with their status. */
    @ErrorHandler(exception = HTTPException.class)
    Object httpError(HTTPException e) {
        Response response = jsonify("error", e.description());
        response.setStatusCode(e.code());
        return response;
    }
}
