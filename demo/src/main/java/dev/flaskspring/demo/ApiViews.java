package dev.flaskspring.demo;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import dev.flaskspring.annotation.ErrorHandler;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.wrappers.Response;
import java.sql.SQLException;
import java.util.Map;

/**
 * The {@code api} blueprint, beside flaskr's pages: the posts as JSON. Dates are written as Flask's JSON
 * provider writes a {@code datetime} (an HTTP date in GMT); errors raised here answer in JSON.
 */
@Views(blueprint = "api", urlPrefix = "/api")
class ApiViews {

    /** Every post with its author's name, most recent first. */
    @Get("/posts")
    Object posts() throws SQLException {
        return getDb().fetchAll(BlogViews.POST_QUERY + " ORDER BY created DESC");
    }

    /** One post, or 404 when it does not exist. */
    @Get("/posts/<int:id>")
    Object post(int id) throws SQLException {
        Map<String, Object> post = getDb().fetchOne(BlogViews.POST_QUERY + " WHERE p.id = ?", id);
        if (post == null) {
            abort(404, "Post id " + id + " doesn't exist.");
        }
        return post;
    }

    /** HTTP errors of this blueprint's views as {@code {"error": description}} with their status. */
    @ErrorHandler(exception = HTTPException.class)
    Object httpError(HTTPException e) {
        Response response = jsonify("error", e.description());
        response.setStatusCode(e.code());
        return response;
    }
}
