package dev.keyaccount.receivables.deduction;

import java.util.function.Supplier;

/**
 * A value made at its first use, once: the thread that asks first makes it under this holder's lock,
 * and a thread asking meanwhile waits for it; once made, it is read without a lock (a volatile field
 * publishes it whole). For the indexes of the blocks of a ledger a run leaves, which a job that only
 * writes the ledger never needs, and for the next ledger of a run.
 *
 * @param <T> the value's type
 */
final class Lazy<T> {

  private volatile T value;

  /** A holder of {@code made}, or of nothing yet when it is null. */
  Lazy(T made) {
    this.value = made;
  }

  /** The value, made now by {@code make} if none is held. */
  T get(Supplier<T> make) {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = make.get();
          value = made;
        }
      }
    }
    return made;
  }
}
