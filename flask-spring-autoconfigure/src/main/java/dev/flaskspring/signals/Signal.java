package dev.flaskspring.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A named notification that receivers subscribe to; Flask's signals (blinker's {@code Signal}).
 * <p>Receivers run in connection order on the sending thread; one connected twice (for the same
 * sender) runs once; a receiver's exception reaches the sender. With no receivers, {@link #hasReceivers()}
 * is one volatile read, so senders can skip building the event.
 */
public final class Signal<E> {

    private static final Object ANY = new Object();

    private record Receiver<E>(Object sender, Consumer<? super E> function) {
    }

    private final String name;
    @SuppressWarnings("unchecked")
    private volatile Receiver<E>[] receivers = new Receiver[0];

    /** A signal named {@code name}; Flask's {@code Namespace().signal(name)}. */
    public Signal(String name) {
        this.name = name;
    }

    /** The name, such as {@code "request-started"}. */
    public String name() {
        return name;
    }

    /** Connects {@code receiver} for every sender; Flask's {@code signal.connect(receiver)}. */
    public Connection connect(Consumer<? super E> receiver) {
        return connect(ANY, receiver);
    }

    /** Connects {@code receiver} for sends by {@code sender} only (compared by identity); {@code connect(receiver, sender)}. */
    public synchronized Connection connect(Object sender, Consumer<? super E> receiver) {
        for (Receiver<E> r : receivers) {
            if (r.sender() == sender && r.function() == receiver) {
                return () -> disconnect(sender, receiver);
            }
        }
        Receiver<E>[] next = Arrays.copyOf(receivers, receivers.length + 1);
        next[receivers.length] = new Receiver<>(sender, receiver);
        receivers = next;
        return () -> disconnect(sender, receiver);
    }

    /** Disconnects {@code receiver} from every sender. */
    public synchronized void disconnect(Consumer<? super E> receiver) {
        remove(r -> r.function() == receiver);
    }

    private synchronized void disconnect(Object sender, Consumer<? super E> receiver) {
        remove(r -> r.sender() == sender && r.function() == receiver);
    }

    @SuppressWarnings("unchecked")
    private void remove(java.util.function.Predicate<Receiver<E>> which) {
        List<Receiver<E>> kept = new ArrayList<>(receivers.length);
        for (Receiver<E> r : receivers) {
            if (!which.test(r)) {
                kept.add(r);
            }
        }
        receivers = kept.toArray(new Receiver[0]);
    }

    /** Whether any receiver is connected; Flask's {@code receivers} being non-empty. */
    public boolean hasReceivers() {
        return receivers.length > 0;
    }

    /** Whether a receiver would get a send by {@code sender}. */
    public boolean hasReceiversFor(Object sender) {
        for (Receiver<E> r : receivers) {
            if (r.sender() == ANY || r.sender() == sender) {
                return true;
            }
        }
        return false;
    }

    /** Calls each receiver connected for any sender or for {@code sender}; Flask's {@code signal.send(sender, ...)}. */
    public void send(Object sender, E event) {
        for (Receiver<E> r : receivers) {
            if (r.sender() == ANY || r.sender() == sender) {
                r.function().accept(event);
            }
        }
    }

    @Override
    public String toString() {
        return "<Signal '" + name + "'>";
    }
}
