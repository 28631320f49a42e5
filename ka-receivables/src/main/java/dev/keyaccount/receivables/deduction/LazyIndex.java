package dev.keyaccount.receivables.deduction;

import java.util.function.Supplier;

/**
 * An {@link IndexTable} made at its first use, once: the thread that asks first makes it under this
 * holder's lock, and a thread asking meanwhile waits for it; once made, it is read without a lock (a
 * volatile field publishes it whole). For the blocks of a ledger a run leaves, whose indexes a job that
 * only writes the ledger never needs.
 */
final class LazyIndex {

  private volatile IndexTable table;

  /** A holder of {@code made}, or of nothing yet when it is null. */
  LazyIndex(IndexTable made) {
    this.table = made;
  }

  /** The index, made now by {@code make} if no index is held. */
  IndexTable get(Supplier<IndexTable> make) {
    IndexTable made = table;
    if (made == null) {
      synchronized (this) {
        made = table;
        if (made == null) {
          made = make.get();
          table = made;
        }
      }
    }
    return made;
  }
}
