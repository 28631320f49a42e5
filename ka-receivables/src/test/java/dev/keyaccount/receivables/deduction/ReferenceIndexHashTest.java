package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two hashes of {@link ReferenceIndex}: the (account, loose form) key of its table is distinct for
 * distinct keys of the sizes a run has, and the (account, squeezed hash) key of its filter sets
 * mostly different bits for keys that differ in the account only, in the squeezed hash only, or only
 * in the squeezed hash's high bits, so the filter's false positives stay near their design rate.
 */
class ReferenceIndexHashTest {

  @Test
  void tableHash_isDistinctForDistinctAccountsAndLooseForms() {
    Set<Integer> seen = new HashSet<>();
    for (int account = 0; account < 256; account++) {
      for (int loose = 0; loose < 512; loose++) {
        assertTrue(seen.add(ReferenceIndex.hash(account, loose)), account + ", " + loose);
      }
    }
    assertTrue(seen.add(ReferenceIndex.hash(3, 1 << 23)));
    assertTrue(seen.add(ReferenceIndex.hash(255, (1 << 24) - 1)));
  }

  /** How many bits of a 1,024-bit filter the keys {@code (account(i), squeezed(i))}, i below 1,024, set. */
  private static int bitsSet(java.util.function.IntUnaryOperator account, java.util.function.IntUnaryOperator squeezed) {
    BitSet set = new BitSet(1 << 10);
    for (int i = 0; i < 1 << 10; i++) {
      set.set(ReferenceIndex.filterKey(account.applyAsInt(i), squeezed.applyAsInt(i)) & ((1 << 10) - 1));
    }
    return set.cardinality();
  }

  @Test
  void filterKey_spreadsKeysThatDifferInOnePart() {
    // Uniform hashing of 1,024 keys into 1,024 bits sets about 63% of them. (Squeezed hashes that differ
    // only in bits 8 to 14, or only above bit 22, fill fewer: a quarter, or a few bits.)
    int[] counts = {
        bitsSet(i -> i, i -> 12_345),
        bitsSet(i -> i, i -> 0),
        bitsSet(i -> i << 12, i -> -1),
        bitsSet(i -> i, i -> i),
        bitsSet(i -> 7, i -> i),
        bitsSet(i -> 7, i -> i * 31),
        bitsSet(i -> 7, i -> i << 5),
        bitsSet(i -> 7, i -> i << 16)};
    for (int k = 0; k < counts.length; k++) {
      assertTrue(counts[k] >= 400, "pattern " + k + ": " + counts[k] + " bits of 1024");
    }
    assertEquals(ReferenceIndex.filterKey(3, 99), ReferenceIndex.filterKey(3, 99));
  }
}
