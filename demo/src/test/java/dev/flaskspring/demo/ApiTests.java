package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code api} blueprint the demo adds beside flaskr: posts as JSON. */
class ApiTests extends FlaskrTestCase {

    private static final Map<String, Object> TEST_POST = Map.of("id", 1, "title", "test title", "body", "test\nbody",
            "created", "Mon, 01 Jan 2018 00:00:00 GMT", "author_id", 1, "username", "test",
            "url", "http://localhost/api/posts/1");

    @Test
    void postsListsEveryPostAsJson() {
        TestResponse response = client.get("/api/posts");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.mimetype()).isEqualTo("application/json");
        assertThat(response.json()).isEqualTo(List.of(TEST_POST));
    }

    @Test
    void postGivesOnePost() {
        assertThat(client.get("/api/posts/1").json()).isEqualTo(TEST_POST);
    }

    @Test
    void aMissingPostIsAJsonNotFound() {
        TestResponse response = client.get("/api/posts/2");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.json()).isEqualTo(Map.of("error", "Post id 2 doesn't exist."));
    }

    @Test
    void aPostIdPastTheIntRangeIsNotFound() {
        assertThat(client.get("/api/posts/4294967297").statusCode()).isEqualTo(404);
    }

    @Test
    void postsNeedNoLogin() {
        auth.login();
        client.post("/create", Map.of("title", "second", "body", ""));
        auth.logout();
        assertThat((List<?>) client.get("/api/posts").json()).hasSize(2);
    }

    @Test
    void eachPostsUrlIsExternalAndLeadsToThePost() {
        Map<?, ?> post = (Map<?, ?>) ((List<?>) client.get("/api/posts").json()).get(0);
        assertThat(post.get("url")).isEqualTo("http://localhost/api/posts/1");
        assertThat(client.get("/api/posts/1").json()).isEqualTo(post);
    }

    @Test
    void theStreamedPostsCarryTheirUrls() {
        assertThat(client.get("/api/posts.ndjson").text()).contains("\"url\"", "\"http://localhost/api/posts/1\"");
    }

    @Test
    void theApiAnswersGetOnly() {
        assertThat(client.post("/api/posts").statusCode()).isEqualTo(405);
    }
}
