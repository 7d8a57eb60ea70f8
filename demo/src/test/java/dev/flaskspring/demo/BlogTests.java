package dev.flaskspring.demo;

import static dev.flaskspring.demo.FlaskrDatabase.getDb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** flaskr's {@code tests/test_blog.py}, and what the templates must keep from Jinja. */
class BlogTests extends FlaskrTestCase {

    // flaskr: tests/test_blog.py::test_index
    @Test
    void index() {
        TestResponse response = client.get("/");
        assertThat(response.text()).contains("Log In");
        assertThat(response.text()).contains("Register");

        auth.login();
        response = client.get("/");
        assertThat(response.text()).contains("test title");
        assertThat(response.text()).contains("by test on 2018-01-01");
        assertThat(response.text()).contains("test\nbody");
        assertThat(response.text()).contains("href=\"/1/update\"");
    }

    // flaskr: tests/test_blog.py::test_login_required
    @ParameterizedTest
    @ValueSource(strings = {"/create", "/1/update", "/1/delete"})
    void loginRequired(String path) {
        TestResponse response = client.post(path);
        assertThat(response.headers().get("Location")).isEqualTo("/auth/login");
    }

    // flaskr: tests/test_blog.py::test_author_required
    @Test
    void authorRequired() throws Exception {
        // change the post author to another user
        try (AppContext ctx = app.appContext()) {
            getDb().execute("UPDATE post SET author_id = 2 WHERE id = 1");
        }

        auth.login();
        // current user can't modify other user's post
        assertThat(client.post("/1/update").statusCode()).isEqualTo(403);
        assertThat(client.post("/1/delete").statusCode()).isEqualTo(403);
        // current user doesn't see edit link
        assertThat(client.get("/").text()).doesNotContain("href=\"/1/update\"");
    }

    // flaskr: tests/test_blog.py::test_exists_required
    @ParameterizedTest
    @ValueSource(strings = {"/2/update", "/2/delete"})
    void existsRequired(String path) {
        auth.login();
        assertThat(client.post(path).statusCode()).isEqualTo(404);
    }

    // flaskr: tests/test_blog.py::test_create
    @Test
    void create() throws Exception {
        auth.login();
        assertThat(client.get("/create").statusCode()).isEqualTo(200);
        client.post("/create", Map.of("title", "created", "body", ""));

        try (AppContext ctx = app.appContext()) {
            Map<String, Object> count = getDb().fetchOne("SELECT COUNT(id) FROM post");
            assertThat(((Number) count.values().iterator().next()).intValue()).isEqualTo(2);
        }
    }

    // flaskr: tests/test_blog.py::test_update
    @Test
    void update() throws Exception {
        auth.login();
        assertThat(client.get("/1/update").statusCode()).isEqualTo(200);
        client.post("/1/update", Map.of("title", "updated", "body", ""));

        try (AppContext ctx = app.appContext()) {
            Map<String, Object> post = getDb().fetchOne("SELECT * FROM post WHERE id = 1");
            assertThat(post.get("title")).isEqualTo("updated");
        }
    }

    // flaskr: tests/test_blog.py::test_create_update_validate
    @ParameterizedTest
    @ValueSource(strings = {"/create", "/1/update"})
    void createUpdateValidate(String path) {
        auth.login();
        TestResponse response = client.post(path, Map.of("title", "", "body", ""));
        assertThat(response.text()).contains("Title is required.");
    }

    // flaskr: tests/test_blog.py::test_delete
    @Test
    void delete() throws Exception {
        auth.login();
        TestResponse response = client.post("/1/delete");
        assertThat(response.headers().get("Location")).isEqualTo("/");

        try (AppContext ctx = app.appContext()) {
            assertThat(getDb().fetchOne("SELECT * FROM post WHERE id = 1")).isNull();
        }
    }

    @Test
    void aMissingPostGetsFlaskrsMessage() {
        auth.login();
        assertThat(client.get("/2/update").text()).contains("Post id 2 doesn&#39;t exist.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/4294967297/update", "/4294967297/delete", "/18446744073709551617/update"})
    void aPostIdPastTheIntRangeIsAMissingPostNeverAnotherOne(String path) throws Exception {
        auth.login();
        assertThat(client.post(path, Map.of("title", "overwritten", "body", "")).statusCode()).isEqualTo(404);
        try (AppContext ctx = app.appContext()) {
            assertThat(getDb().fetchOne("SELECT * FROM post WHERE id = 1").get("title")).isEqualTo("test title");
        }
    }

    @Test
    void theNextPageAfterADeleteSaysWhichPostWasDeleted() {
        auth.login();
        client.post("/1/delete");
        assertThat(client.get("/").text()).contains("<div class=\"flash\">Post deleted: test title</div>");
        assertThat(client.get("/").text()).doesNotContain("class=\"flash\"");
    }

    @Test
    void deleteAcceptsOnlyPost() {
        auth.login();
        assertThat(client.get("/1/delete").statusCode()).isEqualTo(405);
    }

    @Test
    void datesAreShownInUtcWhateverTheJvmTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        // At midnight UTC on 2018-01-01 it is still 2017 in Los Angeles.
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            assertThat(client.get("/").text()).contains("by test on 2018-01-01");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void postsAreListedMostRecentFirstWithARuleBetweenThem() throws Exception {
        try (AppContext ctx = app.appContext()) {
            getDb().execute("INSERT INTO post (title, body, author_id, created) VALUES"
                    + " ('newer', 'b', 2, '2019-06-30 23:59:59')");
        }
        String page = client.get("/").text();
        assertThat(page.indexOf("newer")).isLessThan(page.indexOf("test title"));
        assertThat(page).contains("by other on 2019-06-30");
        assertThat(page.split("<hr>", -1)).hasSize(2);
    }

    @Test
    void theUpdateFormKeepsWhatWasTypedWhenTheTitleIsMissing() {
        auth.login();
        String page = client.post("/1/update", Map.of("title", "", "body", "typed <body>")).text();
        assertThat(page).contains("value=\"test title\"").contains(">typed &lt;body&gt;</textarea>");
    }

    @Test
    void textIsEscapedAsJinjaEscapesIt() throws Exception {
        try (AppContext ctx = app.appContext()) {
            getDb().execute("UPDATE post SET title = ? WHERE id = 1", "<b>\"it's\" & more</b>");
        }
        assertThat(client.get("/").text()).contains("&lt;b&gt;&#34;it&#39;s&#34; &amp; more&lt;/b&gt;");
    }
}
