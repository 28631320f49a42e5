package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link PoolSearch#lowerBound}: the first position of a range holding at least the value, the range's
 * end when none does, its start when all do.
 */
class PoolSearchBoundTest {

  @Test
  void lowerBound_isTheFirstPositionHoldingAtLeastTheValue() {
    long[] sums = {1, 3, 3, 5};
    assertEquals(4, PoolSearch.lowerBound(sums, 0, 4, 9));
    assertEquals(0, PoolSearch.lowerBound(sums, 0, 4, 0));
    assertEquals(1, PoolSearch.lowerBound(sums, 0, 4, 2));
    assertEquals(1, PoolSearch.lowerBound(sums, 0, 4, 3));
    assertEquals(3, PoolSearch.lowerBound(sums, 0, 4, 4));
    assertEquals(3, PoolSearch.lowerBound(sums, 2, 4, 4));
    assertEquals(2, PoolSearch.lowerBound(sums, 2, 4, 1));
    assertEquals(2, PoolSearch.lowerBound(sums, 2, 2, 1));
  }
}
