package dev.keyaccount.examples.review.report;

import java.util.function.Supplier;

/**
 * One piece of work on a thread of its own, whose result (or failure) the caller waits for: how the
 * review uses the second core (reading its two large input files, the two halves of a ledger, building
 * the next ledgers, writing its files). A failure is rethrown as it was
 * thrown ({@link OutOfMemoryError} included), so the caller reports it as if the work had run on its
 * own thread.
 *
 * @param <T> the result's type
 */
public final class Background<T> {

  private final Thread thread;
  private T value;
  private Throwable failure;

  private Background(String name, Supplier<T> work) {
    thread = new Thread(() -> {
      try {
        value = work.get();
      } catch (Throwable e) { // everything, so that await never returns a result that was not computed
        failure = e;
      }
    }, name);
    thread.setDaemon(true);
  }

  /**
   * Starts the work.
   *
   * @param name the thread's name
   * @param work what to compute
   * @param <T> the result's type
   * @return the running work
   */
  public static <T> Background<T> start(String name, Supplier<T> work) {
    Background<T> background = new Background<>(name, work);
    background.thread.start();
    return background;
  }

  /**
   * Waits for the work to end.
   *
   * @return its result
   * @throws RuntimeException or {@link Error}: what the work threw (a checked exception thrown past the
   *     compiler comes wrapped in an {@link java.lang.reflect.UndeclaredThrowableException})
   */
  public T await() {
    awaitQuietly();
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure != null) {
      throw new java.lang.reflect.UndeclaredThrowableException(failure);
    }
    return value;
  }

  /** Waits for the work to end, whatever its outcome (used when the caller already has a failure to report). */
  public void awaitQuietly() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
