package dev.keyaccount.examples.review.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
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
   * Runs two pieces of work at once, one on this thread and one on a thread of its own, and reports them as if
   * they had run one after the other: the second's progress lines are held and printed after the first's
   * ended, and when both fail, the first's failure is thrown (the second's is dropped, as it would not have
   * run). Moneta's providers, which both may use, are started here first, on one thread.
   *
   * @param first the work of this thread; it prints to {@code progress} itself
   * @param name the second thread's name
   * @param second the work of the second thread, given the stream for its progress lines
   * @param progress where progress lines go
   * @param <A> the first result's type
   * @param <B> the second result's type
   * @return both results
   */
  public static <A, B> Both<A, B> alongside(Supplier<A> first, String name, Function<PrintStream, B> second,
      PrintStream progress) {
    org.javamoney.moneta.Money.of(0, "CNY");
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    PrintStream heldProgress = new PrintStream(held, true, StandardCharsets.UTF_8);
    Background<B> other = start(name, () -> second.apply(heldProgress));
    A a;
    try {
      a = first.get();
    } catch (RuntimeException | Error e) {
      other.awaitQuietly();
      throw e;
    }
    try {
      return new Both<>(a, other.await());
    } finally {
      progress.print(held.toString(StandardCharsets.UTF_8)); // its progress up to a failure too
    }
  }

  /**
   * The results of {@link #alongside}.
   *
   * @param first the result of the work on the calling thread
   * @param second the result of the work on the second thread
   * @param <A> the first result's type
   * @param <B> the second result's type
   */
  public record Both<A, B>(A first, B second) {
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
