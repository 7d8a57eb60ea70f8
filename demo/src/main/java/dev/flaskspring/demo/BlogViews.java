package dev.flaskspring.demo;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.urlFor;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import dev.flaskspring.annotation.Decorate;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Post;
import dev.flaskspring.annotation.Route;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.wrappers.Request;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code blog} blueprint: the list of posts, and creating, editing and deleting one's own posts;
 * flaskr's {@code blog.py}.
 * <p>What flaskr's Jinja templates compute (the date format, whether the user wrote a post, the last post)
 * is computed here too, for the Mustache templates, which cannot.
 */
@Views(blueprint = "blog")
class BlogViews {

    static final String POST_QUERY = "SELECT p.id, title, body, created, author_id, username"
            + " FROM post p JOIN \"user\" u ON p.author_id = u.id";

    /** Shows all the posts, most recent first; flaskr's {@code index}. */
    @Get("/")
    Object index() {
        List<Map<String, Object>> rows = getDb().fetchAll(POST_QUERY + " ORDER BY created DESC");
        Map<?, ?> user = currentUser();
        List<Map<String, Object>> posts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> post = new LinkedHashMap<>(rows.get(i));
            post.put("created_date", formatDate(post.get("created")));
            post.put("is_author", user != null && sameId(user.get("id"), post.get("author_id")));
            post.put("loop", Map.of("last", i == rows.size() - 1));
            posts.add(post);
        }
        return renderTemplate("blog/index.html", "posts", posts);
    }

    /**
     * The post {@code id} with its author; 404 when it does not exist and, with {@code checkAuthor}, 403
     * when the current user did not write it; flaskr's {@code get_post}.
     */
    static Map<String, Object> getPost(int id, boolean checkAuthor) {
        Map<String, Object> post = getDb().fetchOne(POST_QUERY + " WHERE p.id = ?", id);

        if (post == null) {
            abort(404, "Post id " + id + " doesn't exist.");
        }

        if (checkAuthor && !sameId(post.get("author_id"), currentUser().get("id"))) {
            abort(403);
        }

        return post;
    }

    /** Creates a post for the current user; flaskr's {@code create}. */
    @Route(value = "/create", methods = {"GET", "POST"})
    @Decorate(LoginRequired.class)
    Object create(Request request) {
        if ("POST".equals(request.method())) {
            String title = request.form().require("title");
            String body = request.form().require("body");
            String error = null;

            if (title.isEmpty()) {
                error = "Title is required.";
            }

            if (error != null) {
                flash(error);
            } else {
                getDb().execute("INSERT INTO post (title, body, author_id) VALUES (?, ?, ?)",
                        title, body, currentUser().get("id"));
                return redirect(urlFor("blog.index"));
            }
        }
        return renderTemplate("blog/create.html", "form", request.form().toSingleValueMap());
    }

    /** Updates a post when the current user wrote it; flaskr's {@code update}. */
    @Route(value = "/<int:id>/update", methods = {"GET", "POST"})
    @Decorate(LoginRequired.class)
    Object update(int id, Request request) {
        Map<String, Object> post = getPost(id, true);

        if ("POST".equals(request.method())) {
            String title = request.form().require("title");
            String body = request.form().require("body");
            String error = null;

            if (title.isEmpty()) {
                error = "Title is required.";
            }

            if (error != null) {
                flash(error);
            } else {
                getDb().execute("UPDATE post SET title = ?, body = ? WHERE id = ?", title, body, id);
                return redirect(urlFor("blog.index"));
            }
        }
        // The template's request.form['title'] or post['title'].
        Map<String, Object> form = Map.of("title", orElse(request.form().get("title"), post.get("title")),
                "body", orElse(request.form().get("body"), post.get("body")));
        return renderTemplate("blog/update.html", "post", post, "form", form);
    }

    /**
     * Deletes a post the current user wrote; flaskr's {@code delete}. Beyond flaskr, the next page says so: a
     * flash carried across the redirect in the session cookie, to whichever instance serves that page.
     */
    @Post("/<int:id>/delete")
    @Decorate(LoginRequired.class)
    Object delete(int id) {
        Map<String, Object> post = getPost(id, true);
        getDb().execute("DELETE FROM post WHERE id = ?", id);
        flash("Post deleted: " + post.get("title"));
        return redirect(urlFor("blog.index"));
    }

    private static Map<?, ?> currentUser() {
        return (Map<?, ?>) g().get("user");
    }

    /** Whether two SQLite integers are equal, whatever their Java width. */
    static boolean sameId(Object a, Object b) {
        return a instanceof Number x && b instanceof Number y && x.longValue() == y.longValue();
    }

    /** {@code created.strftime('%Y-%m-%d')}: the date of SQLite's UTC text, with no zone conversion. */
    static String formatDate(Object created) {
        return ((LocalDateTime) created).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static Object orElse(String formValue, Object fallback) {
        return formValue == null || formValue.isEmpty() ? fallback : formValue;
    }
}
