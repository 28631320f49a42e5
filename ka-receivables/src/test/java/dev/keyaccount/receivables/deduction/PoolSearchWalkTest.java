package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pair search's single walk down the pool gives the outcome and solution a binary search per first
 * part gives (the search as it was written before the walk), on generated pools and targets.
 */
class PoolSearchWalkTest {

  @Test
  void pairWalk_equalsABinarySearchPerFirstPart() {
    qt().withExamples(3000).forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 30),
        integers().between(0, 130), integers().between(0, 4)).checkAssert(this::assertSame);
  }

  private void assertSame(List<Integer> amounts, int target, int tolerance) {
    long[] sums = amounts.stream().mapToLong(Integer::longValue).sorted().toArray();
    long low = target - tolerance;
    long high = target + tolerance;
    int[] solution = new int[6];
    int[] expected = new int[6];
    int outcome = PoolSearch.search(sums, sums.length, low, high, false, solution);
    int expectedOutcome = pairsByBinarySearch(sums, sums.length, low, high, expected);
    assertEquals(expectedOutcome, outcome, Arrays.toString(sums) + " " + low + ".." + high);
    if (outcome != PoolSearch.NONE) {
      // The first pair found, then (ambiguous) the second.
      assertArrayEquals(Arrays.copyOf(expected, outcome == PoolSearch.AMBIGUOUS ? 6 : 3),
          Arrays.copyOf(solution, outcome == PoolSearch.AMBIGUOUS ? 6 : 3));
      assertEquals(-1, solution[outcome == PoolSearch.AMBIGUOUS ? 5 : 3]);
    }
  }

  private static int pairsByBinarySearch(long[] sums, int n, long low, long high, int[] solution) {
    int found = 0;
    for (int i = 0; i < n && found < 2; i++) {
      if (2 * sums[i] > high) {
        break;
      }
      int j = PoolSearch.lowerBound(sums, i + 1, n, low - sums[i]);
      for (; j < n && sums[i] + sums[j] <= high && found < 2; j++) {
        solution[3 * found] = i;
        solution[3 * found + 1] = j;
        solution[3 * found + 2] = -1;
        found++;
      }
    }
    return found == 0 ? PoolSearch.NONE : found == 1 ? PoolSearch.UNIQUE : PoolSearch.AMBIGUOUS;
  }
}
