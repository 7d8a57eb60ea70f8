package dev.flaskspring.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test that leaves an app or request context on the thread; Flask's {@code leak_detector} fixture. */
final class NoLeakedContexts implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        RequestContext leakedRequest = RequestContext.current();
        AppContext leakedApp = AppContext.current();
        while (RequestContext.current() != null) {
            RequestContext.current().pop(null);
        }
        while (AppContext.current() != null) {
            AppContext.current().pop(null);
        }
        assertThat(leakedRequest).as("request context left on the thread").isNull();
        assertThat(leakedApp).as("app context left on the thread").isNull();
    }
}
