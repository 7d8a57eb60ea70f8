package dev.flaskspring.demo;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An ordinary Spring MVC controller, served beside the Flask routes. */
@RestController
class StatusController {

    @GetMapping("/spring/status")
    Map<String, String> status() {
        return Map.of("status", "ok");
    }
}
