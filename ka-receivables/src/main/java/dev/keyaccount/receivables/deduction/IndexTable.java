package dev.keyaccount.receivables.deduction;

import java.util.function.IntPredicate;

/**
 * An open-addressing hash table of element indices, one entry per distinct key, for the matcher's
 * indexes (ids, references, claims): no boxing, no entry objects. Each slot keeps the key's hash next
 * to the element, so a probe only looks at an element (a cache miss at a million lines) when the hashes
 * agree. The caller supplies each key's hash and a test telling whether an indexed element has the
 * same key. Not thread-safe; used within one matching run only.
 */
final class IndexTable {

  private final int[] elements;
  private final int[] hashes;
  private final int mask;

  IndexTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    elements = new int[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
  }

  /** Returns the element indexed under the same key, or -1. */
  int find(int hash, IntPredicate sameKey) {
    for (int i = spread(hash) & mask; elements[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == hash && sameKey.test(elements[i] - 1)) {
        return elements[i] - 1;
      }
    }
    return -1;
  }

  /** Indexes the element unless an element with the same key is there; returns that one, or -1 if added. */
  int putIfAbsent(int element, int hash, IntPredicate sameKey) {
    int i = spread(hash) & mask;
    for (; elements[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == hash && sameKey.test(elements[i] - 1)) {
        return elements[i] - 1;
      }
    }
    elements[i] = element + 1;
    hashes[i] = hash;
    return -1;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
