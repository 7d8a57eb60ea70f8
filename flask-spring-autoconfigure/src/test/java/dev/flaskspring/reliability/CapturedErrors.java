package dev.flaskspring.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The ERROR (and WARN) lines logged anywhere while it is open; for tests that must log no error. */
final class CapturedErrors implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedErrors() {
        appender.start();
        root.addAppender(appender);
    }

    /** The messages logged at ERROR so far. */
    List<String> errors() {
        return atLeast(Level.ERROR);
    }

    /** The messages logged at {@code level} or above so far. */
    synchronized List<String> atLeast(Level level) {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(level))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getClassName()))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
