package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent when a message is flashed; Flask's {@code message_flashed}. */
public final class MessageFlashed extends FlaskEvent {

    private final String message;
    private final String category;

    /** The event for {@code app} with the message and its category. */
    public MessageFlashed(Flask app, String message, String category) {
        super(app);
        this.message = message;
        this.category = category;
    }

    /** The flashed message. */
    public String message() {
        return message;
    }

    /** Its category, such as {@code "message"} or {@code "error"}. */
    public String category() {
        return category;
    }
}
