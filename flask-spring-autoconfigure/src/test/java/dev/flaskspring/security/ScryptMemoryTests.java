package dev.flaskspring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** scrypt computations share a memory budget: past it they wait, and one larger than it is refused. */
class ScryptMemoryTests {

    private static final long MIB = 1024 * 1024;

    @Test
    @Timeout(60)
    void computationsPastTheBudgetWaitForTheRunningOnesToFinish() throws Exception {
        ScryptMemory memory = new ScryptMemory(64 * MIB);
        CountDownLatch finish = new CountDownLatch(1);
        Set<Thread> inside = ConcurrentHashMap.newKeySet();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Thread> logins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread login = new Thread(() -> memory.run(32 * MIB, () -> {
                inside.add(Thread.currentThread());
                mostAtOnce.accumulateAndGet(inside.size(), Math::max);
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inside.remove(Thread.currentThread());
            }));
            login.start();
            logins.add(login);
        }
        // Two computations of 32 MiB fill the 64 MiB budget; the third is parked on the budget's semaphore.
        while (inside.size() != 2 || !logins.stream().filter(t -> !inside.contains(t))
                .allMatch(t -> LockSupport.getBlocker(t) instanceof AbstractQueuedSynchronizer)) {
            Thread.sleep(5);
        }
        finish.countDown();
        for (Thread login : logins) {
            login.join();
        }
        assertThat(mostAtOnce.get()).as("computations at once").isEqualTo(2);
        assertThat(inside).isEmpty();
    }

    @Test
    void aComputationLargerThanTheWholeBudgetIsRefusedNotRun() {
        ScryptMemory memory = new ScryptMemory(16 * MIB);
        assertThatThrownBy(() -> memory.run(32 * MIB, () -> {
            throw new AssertionError("ran");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 32 MiB, more than the 16 MiB");
    }

    @Test
    void theBudgetIsGivenBackWhenAComputationFails() {
        ScryptMemory memory = new ScryptMemory(32 * MIB);
        assertThatThrownBy(() -> memory.run(32 * MIB, () -> {
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(memory.run(32 * MIB, () -> "ran again")).isEqualTo("ran again");
    }
}
