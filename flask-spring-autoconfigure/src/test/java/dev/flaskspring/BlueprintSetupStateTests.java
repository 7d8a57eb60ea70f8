package dev.flaskspring;

import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.testing.FlaskClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Blueprint.record} / {@code recordOnce} and {@link BlueprintSetupState}, as Flask-style extensions use them.
 * <p>Flask's {@code tests/test_blueprints.py} reaches them only through the decorators built on them (ported in
 * {@code BlueprintsTests}); these follow the extension pattern of Flask's docs ({@code docs/blueprints.rst},
 * {@code state.app}, {@code state.options}, {@code state.first_registration}).
 */
@ExtendWith(NoLeakedContexts.class)
class BlueprintSetupStateTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    /** What a recorded function saw, as text. */
    private static String describe(BlueprintSetupState s) {
        return s.name() + " " + s.urlPrefix() + " " + s.subdomain() + " " + s.firstRegistration();
    }

    @Test
    void recordedFunctionsRunOnEachRegistrationWithItsState() {
        Blueprint bp = new Blueprint("bp", "/bp");
        List<String> seen = new ArrayList<>();
        bp.record(s -> seen.add(describe(s)));
        app.registerBlueprint(bp);
        app.registerBlueprint(bp, BlueprintOptions.builder().name("again").urlPrefix("/again").subdomain("api").build());
        assertThat(seen).containsExactly("bp /bp null true", "again /again api false");
    }

    @Test
    void recordOnceRunsOnTheFirstRegistrationOnly() {
        Blueprint bp = new Blueprint("bp");
        List<String> seen = new ArrayList<>();
        bp.recordOnce(s -> seen.add(describe(s)));
        app.registerBlueprint(bp);
        app.registerBlueprint(bp, BlueprintOptions.builder().name("again").build());
        assertThat(seen).containsExactly("bp null null true");
    }

    @Test
    void theStateNamesTheAppTheBlueprintAndTheOptionsOfTheRegistration() {
        Blueprint bp = new Blueprint("bp");
        BlueprintOptions options = BlueprintOptions.builder().urlPrefix("/x").urlDefaults(Map.of("lang", "en")).build();
        List<BlueprintSetupState> states = new ArrayList<>();
        bp.record(states::add);
        app.registerBlueprint(bp, options);
        BlueprintSetupState state = states.get(0);
        assertThat(state.app()).isSameAs(app);
        assertThat(state.blueprint()).isSameAs(bp);
        assertThat(state.options()).isSameAs(options);
        assertThat(state.options().urlDefaults()).containsEntry("lang", "en");
    }

    @Test
    void anExtensionSetsItselfUpOnTheAppThroughTheState() {
        Blueprint bp = new Blueprint("admin", "/admin");
        bp.recordOnce(s -> s.app().extensions().put("admin", s.app().config().getOrDefault("ADMIN_TITLE", "Admin")));
        bp.record(s -> s.addUrlRule("/title", "title", args -> String.valueOf(s.app().extensions().get("admin")),
                RuleOptions.none()));
        app.config().put("ADMIN_TITLE", "Site admin");
        app.registerBlueprint(bp);
        assertThat(client.get("/admin/title").text()).isEqualTo("Site admin");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("admin.title")).isEqualTo("/admin/title");
        }
    }

    @Test
    void recordingAfterTheFirstRegistrationIsASetupError() {
        Blueprint bp = new Blueprint("bp");
        app.registerBlueprint(bp);
        assertThatThrownBy(() -> bp.record(s -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The setup method 'record' can no longer be called on the blueprint 'bp'.");
        assertThatThrownBy(() -> bp.recordOnce(s -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The setup method 'recordOnce'");
    }

    @Test
    void aNestedBlueprintsRecordedFunctionsSeeTheNestedPrefixAndName() {
        Blueprint parent = new Blueprint("parent", "/parent");
        Blueprint child = new Blueprint("child", "/child");
        List<String> seen = new ArrayList<>();
        child.record(s -> seen.add(describe(s)));
        child.record(s -> s.addUrlRule("/", "index", args -> "child", RuleOptions.none()));
        parent.registerBlueprint(child);
        app.registerBlueprint(parent);
        assertThat(seen).containsExactly("child /parent/child null true");
        assertThat(client.get("/parent/child/").text()).isEqualTo("child");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("parent.child.index")).isEqualTo("/parent/child/");
        }
    }
}
