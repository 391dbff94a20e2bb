package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background rehearsal of a watch: a bounded number of renders, none while paused, none after a failure. */
class RehearsalTest {
  private static final long WAIT = 30_000;

  @Test
  void rendersTheGivenNumberOfTimesThenEnds() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    try (Rehearsal r = Rehearsal.start(renders::incrementAndGet, 7)) {
      assertTrue(r.awaitEnd(WAIT), "it ends by itself");
    }
    assertEquals(7, renders.get());
  }

  @Test
  void startsNoRenderWhilePausedAndGoesOnWhenResumed() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (Rehearsal r = Rehearsal.start(() -> {
      if (renders.incrementAndGet() == 1) {
        inFirst.countDown();
        release.await();
      }
    }, 5)) {
      assertTrue(inFirst.await(WAIT, TimeUnit.MILLISECONDS));
      r.pause(); // a real render starts while the first rehearsal runs: that one ends, no other starts
      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT);
      while (!r.waiting() && System.nanoTime() < deadline) Thread.onSpinWait();
      assertTrue(r.waiting(), "it waits");
      assertEquals(1, renders.get(), "no rehearsal while paused");
      r.resume();
      assertTrue(r.awaitEnd(WAIT));
    }
    assertEquals(5, renders.get());
  }

  @Test
  void aDocumentThatFailsIsNotRehearsedAgain() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    try (Rehearsal r = Rehearsal.start(() -> {
      renders.incrementAndGet();
      throw new IllegalStateException("the résumé has an error now");
    }, 50)) {
      assertTrue(r.awaitEnd(WAIT));
    }
    assertEquals(1, renders.get());
  }

  @Test
  void closingStopsItAfterTheRenderUnderWay() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Rehearsal r = Rehearsal.start(() -> {
      renders.incrementAndGet();
      inFirst.countDown();
      release.await();
    }, 1000);
    assertTrue(inFirst.await(WAIT, TimeUnit.MILLISECONDS));
    r.close();
    release.countDown();
    assertTrue(r.awaitEnd(WAIT));
    assertEquals(1, renders.get());
  }
}
