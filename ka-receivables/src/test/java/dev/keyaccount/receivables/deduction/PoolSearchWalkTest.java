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
 * The pair search's single walk down the pool, and the triple search's two pointers, give the outcome
 * and solution that a binary search per first part (per pair, for triples) gives: the searches as they
 * were written before the walks, on generated pools and targets full of ties.
 */
class PoolSearchWalkTest {

  @Test
  void pairWalk_equalsABinarySearchPerFirstPart() {
    qt().withExamples(3000).forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 30),
        integers().between(0, 130), integers().between(0, 4)).checkAssert(this::assertSame);
  }

  @Test
  void tripleWalk_equalsABinarySearchPerPair_andAfterAPairFindsTheFirstTriple() {
    qt().withExamples(3000).forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 40),
        integers().between(0, 190), integers().between(0, 4)).checkAssert((amounts, target, tolerance) -> {
          long[] sums = amounts.stream().mapToLong(Integer::longValue).sorted().toArray();
          long low = target - tolerance;
          long high = target + tolerance;
          String shown = Arrays.toString(sums) + " " + low + ".." + high;
          int[] expected = new int[6];
          int[] solution = new int[6];
          int expectedTriples = triplesByBinarySearch(sums, sums.length, low, high, expected, 0);
          int[] pairs = new int[6];
          if (PoolSearch.search(sums, sums.length, low, high, false, pairs) == PoolSearch.NONE) {
            // No pair: the search goes on to triples.
            assertEquals(expectedTriples, PoolSearch.search(sums, sums.length, low, high, true, solution), shown);
            int shownLength = expectedTriples == PoolSearch.AMBIGUOUS ? 6 : expectedTriples == PoolSearch.UNIQUE ? 3 : 0;
            assertArrayEquals(Arrays.copyOf(expected, shownLength), Arrays.copyOf(solution, shownLength), shown);
          } else if (PoolSearch.search(sums, sums.length, low, high, true, solution) == PoolSearch.UNIQUE) {
            // One pair: searched beside it, the first triple becomes the second way.
            int[] withTriple = solution.clone();
            int outcome = PoolSearch.alsoTriples(sums, sums.length, low, high, withTriple);
            assertEquals(expectedTriples == PoolSearch.NONE ? PoolSearch.UNIQUE : PoolSearch.AMBIGUOUS, outcome, shown);
            assertArrayEquals(Arrays.copyOf(solution, 3), Arrays.copyOf(withTriple, 3), shown);
            if (outcome == PoolSearch.AMBIGUOUS) {
              assertArrayEquals(Arrays.copyOf(expected, 3), Arrays.copyOfRange(withTriple, 3, 6), shown);
            }
          }
        });
  }

  /** The triple search as it was written before the two pointers: a binary search for the third part of each pair. */
  private static int triplesByBinarySearch(long[] sums, int n, long low, long high, int[] solution, int found) {
    for (int i = 0; i < n && found < 2; i++) {
      if (3 * sums[i] > high) {
        break;
      }
      for (int j = i + 1; j < n && found < 2; j++) {
        long two = sums[i] + sums[j];
        if (two + sums[j] > high) {
          break;
        }
        int k = PoolSearch.lowerBound(sums, j + 1, n, low - two);
        for (; k < n && two + sums[k] <= high && found < 2; k++) {
          solution[3 * found] = i;
          solution[3 * found + 1] = j;
          solution[3 * found + 2] = k;
          found++;
        }
      }
    }
    return found == 0 ? PoolSearch.NONE : found == 1 ? PoolSearch.UNIQUE : PoolSearch.AMBIGUOUS;
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
