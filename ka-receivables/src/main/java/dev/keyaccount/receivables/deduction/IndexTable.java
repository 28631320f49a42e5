package dev.keyaccount.receivables.deduction;

/**
 * An open-addressing hash table of element indices, one entry per distinct key, for the matcher's
 * indexes (ids, references, claims, accounts): no boxing, no entry objects. Each slot keeps the key's
 * hash next to the element, in one array, so a probe reads one cache line and only looks at an element
 * (another cache miss at a million lines) when the hashes agree. The caller supplies each key's hash
 * and a {@link SameKey} test, created once per table rather than per probe, so probing allocates
 * nothing. The table starts at a third more slots than the expected keys and doubles when three
 * quarters full: neighbouring slots share a cache line, so the longer probes of a fuller table cost
 * little, while a smaller table stays in cache longer. Not thread-safe while elements are added; once
 * filled and safely published (a final field of an immutable holder), {@link #find} only reads, so
 * threads may share it given a {@link SameKey} of their own.
 */
final class IndexTable {

  /** Tells whether an indexed element has the same key as the probe. */
  interface SameKey {
    boolean test(int indexed, int probe);
  }

  // Slot i is slots[2i] (element + 1, 0 if free) and slots[2i + 1] (the key's hash).
  private int[] slots;
  private int mask;
  private int size;

  IndexTable(int expected) {
    long wanted = Math.max(4L, (long) expected + expected / 3);
    int capacity = Integer.highestOneBit((int) Math.min(wanted * 2 - 1, 1 << 29));
    slots = new int[capacity * 2];
    mask = capacity - 1;
  }

  /** Returns the element indexed under the probe's key, or -1. */
  int find(int probe, int hash, SameKey sameKey) {
    for (int i = spread(hash) & mask; slots[2 * i] != 0; i = (i + 1) & mask) {
      if (slots[2 * i + 1] == hash && sameKey.test(slots[2 * i] - 1, probe)) {
        return slots[2 * i] - 1;
      }
    }
    return -1;
  }

  /**
   * The element + 1 in the first slot the hash probes (0 if that slot is free): a read that brings the
   * slot into cache, for callers that read several slots ahead of their probes.
   */
  int readAheadFirst(int hash) {
    return slots[2 * (spread(hash) & mask)];
  }

  /**
   * The index of ids {@code [0, size)}, one per element; {@code what} names an element in the message
   * of a repeated id ({@code "deduction 'D1' is in the ledger twice"}).
   *
   * @throws IllegalStateException if an id repeats
   */
  static IndexTable ofIds(String[] id, int size, String what) {
    IndexTable table = new IndexTable(size);
    SameKey sameId = (k, probe) -> id[k].equals(id[probe]);
    for (int k = 0; k < size; k++) {
      if (table.putIfAbsent(k, id[k].hashCode(), sameId) >= 0) {
        throw new IllegalStateException(what + " '" + id[k] + "' is in the ledger twice");
      }
    }
    return table;
  }

  /** Indexes the element unless an element with the same key is there; returns that one, or -1 if added. */
  int putIfAbsent(int element, int hash, SameKey sameKey) {
    int i = spread(hash) & mask;
    for (; slots[2 * i] != 0; i = (i + 1) & mask) {
      if (slots[2 * i + 1] == hash && sameKey.test(slots[2 * i] - 1, element)) {
        return slots[2 * i] - 1;
      }
    }
    slots[2 * i] = element + 1;
    slots[2 * i + 1] = hash;
    if (++size > (mask + 1) - ((mask + 1) >> 2)) {
      grow();
    }
    return -1;
  }

  /**
   * Indexes elements {@code 0..n-1} as {@link #putIfAbsent} does one at a time, in order, with
   * {@code hashes[e]} the hash of element {@code e}; {@code firsts[e]} is what that call returns. The
   * slots of {@link ReferenceTable#BATCH} elements are read before they are indexed, so that their
   * cache misses overlap.
   */
  void putAllIfAbsent(int[] hashes, int n, SameKey sameKey, int[] firsts) {
    for (int base = 0; base < n; base += ReferenceTable.BATCH) {
      int end = Math.min(base + ReferenceTable.BATCH, n);
      readAheadSlots(hashes, base, end);
      for (int e = base; e < end; e++) {
        firsts[e] = putIfAbsent(e, hashes[e], sameKey);
      }
    }
  }

  /** Reads the first slots of hashes {@code [from, to)}, keeping a sum of what it read. Changes nothing. */
  private void readAheadSlots(int[] hashes, int from, int to) {
    int seen = 0;
    for (int e = from; e < to; e++) {
      seen += readAheadFirst(hashes[e]);
    }
    readAhead += seen;
  }

  /** What the reads ahead of {@link #putAllIfAbsent} found, kept so that they are not left out as unused. */
  private int readAhead;

  /** Doubles the table; the stored hashes place every element again without asking for its key. */
  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    mask = (mask << 1) | 1;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s] != 0) {
        int i = spread(old[s + 1]) & mask;
        while (slots[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = old[s];
        slots[2 * i + 1] = old[s + 1];
      }
    }
  }

  /** The number of slots: a power of two, doubled when more than three quarters are taken. */
  int capacity() {
    return mask + 1;
  }

  /** Mixes a key's hash so that keys differing only in high bits still start at different slots. */
  static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
