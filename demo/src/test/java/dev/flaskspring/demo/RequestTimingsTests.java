package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The request-timing log the demo adds beside flaskr, fed by the request signals. */
@ExtendWith(OutputCaptureExtension.class)
class RequestTimingsTests extends FlaskrTestCase {

    @Test
    void eachRequestIsLoggedWithItsStatusAndDuration(CapturedOutput output) {
        client.get("/hello");
        client.post("/1/delete");

        assertThat(output).containsPattern("RequestTimings +: GET /hello 200 \\d+\\.\\d ms");
        assertThat(output).containsPattern("RequestTimings +: POST /1/delete 302 \\d+\\.\\d ms");
    }

    @Test
    void springControllersAreNotFlaskRequests(CapturedOutput output) {
        client.get("/spring/status");

        assertThat(output).doesNotContain("/spring/status");
    }
}
