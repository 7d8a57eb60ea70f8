package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.FlaskEvent;
import dev.flaskspring.signals.Signal;
import java.util.ArrayList;
import java.util.List;

/** Records a signal's sends while open; Flask-Login's tests' {@code listen_to(signal)}. */
final class Heard<E extends FlaskEvent> implements AutoCloseable {

    private final List<E> heard = new ArrayList<>();
    private final Connection connection;

    private Heard(Signal<E> signal) {
        this.connection = signal.connect(heard::add);
    }

    static <E extends FlaskEvent> Heard<E> listenTo(Signal<E> signal) {
        return new Heard<>(signal);
    }

    /** The signal fired once, sent by {@code app}; returns the event. */
    E assertHeardOne(Flask app) {
        assertThat(heard).as("signals fired").hasSize(1);
        assertThat(heard.get(0).app()).isSameAs(app);
        return heard.get(0);
    }

    /** The signal never fired. */
    void assertHeardNone() {
        assertThat(heard).as("signals fired").isEmpty();
    }

    @Override
    public void close() {
        connection.close();
    }
}
