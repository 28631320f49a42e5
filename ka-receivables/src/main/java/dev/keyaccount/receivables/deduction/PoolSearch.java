package dev.keyaccount.receivables.deduction;

/**
 * Finds the one combination of two (or, if none, three) amounts of a pool that adds up to a target
 * range, or tells that there are several. The pool is sorted ascending, so the second parts' lower
 * bounds only move down as the first part grows (one walk over the pool for pairs, O(n)), and for each
 * first part of a triple the third part's upper bound only moves down as the second grows (two
 * pointers, O(n²) in all; the caller bounds n for triples). Stateless.
 */
final class PoolSearch {

  /** No combination adds up. */
  static final int NONE = 0;
  /** Exactly one combination adds up; its positions are in the solution array. */
  static final int UNIQUE = 1;
  /** Several combinations add up; the first two found are in the solution array when it has room. */
  static final int AMBIGUOUS = 2;

  private PoolSearch() {}

  /**
   * Searches {@code sums[0, n)}, sorted ascending, for combinations of the fewest parts whose total
   * lies in {@code [low, high]}; writes the positions of the first one found to {@code solution[0, 3)},
   * ending with -1 if shorter than three. {@code solution[3]}, if the array has it, is -1 unless several
   * add up and the array holds six: then {@code solution[3, 6)} hold the second one found likewise.
   */
  static int search(long[] sums, int n, long low, long high, boolean triples, int[] solution) {
    if (solution.length > 3) {
      solution[3] = -1;
    }
    int found = pairs(sums, n, low, high, solution);
    if (found == 0 && triples) {
      found = triples(sums, n, low, high, solution, 0);
    }
    return outcome(found);
  }

  /**
   * After {@link #search} found one pair: searches three parts as well, writing the first three that add
   * up as the second combination ({@code solution[3, 6)}, when the array has room). Returns
   * {@link #AMBIGUOUS} if three add up, else {@link #UNIQUE} (the pair stays the only one).
   */
  static int alsoTriples(long[] sums, int n, long low, long high, int[] solution) {
    return outcome(triples(sums, n, low, high, solution, 1));
  }

  private static int outcome(int found) {
    return found == 0 ? NONE : found == 1 ? UNIQUE : AMBIGUOUS;
  }

  /** Records up to two pairs adding up, in the order of their first part, then their second; returns how many. */
  private static int pairs(long[] sums, int n, long low, long high, int[] solution) {
    int found = 0;
    // The first position holding at least low - sums[i] only moves down as sums[i] grows: one walk down
    // finds every second part's lower bound, in the order and with the result of a binary search each.
    int bound = n;
    for (int i = 0; i < n && found < 2; i++) {
      if (2 * sums[i] > high) {
        break;
      }
      while (bound > 0 && sums[bound - 1] >= low - sums[i]) {
        bound--;
      }
      int j = Math.max(bound, i + 1);
      for (; j < n && sums[i] + sums[j] <= high && found < 2; j++) {
        record(solution, found++, i, j, -1);
      }
    }
    return found;
  }

  /**
   * Records triples adding up, in the order of their first, second, then third part, as the
   * {@code found}-th combination on, until two are recorded; returns how many are then recorded. For
   * each first part, the largest third part that does not overshoot only moves down as the second part
   * grows: one walk of two pointers per first part, O(n²) in all.
   */
  private static int triples(long[] sums, int n, long low, long high, int[] solution, int found) {
    for (int i = 0; i < n - 2 && found < 2; i++) {
      if (3 * sums[i] > high) {
        break;
      }
      int k = n - 1;
      for (int j = i + 1; j < k && found < 2; j++) {
        long two = sums[i] + sums[j];
        if (two + sums[j] > high) {
          break;
        }
        while (k > j && two + sums[k] > high) {
          k--;
        }
        if (k <= j || two + sums[k] < low) {
          continue;
        }
        // Every third part from the lowest that reaches low up to k adds up: the lowest first.
        int lowest = k;
        while (lowest - 1 > j && two + sums[lowest - 1] >= low) {
          lowest--;
        }
        for (int m = lowest; m <= k && found < 2; m++) {
          record(solution, found++, i, j, m);
        }
      }
    }
    return found;
  }

  /** Writes the {@code found}-th combination (0 or 1) found: the first at 0, the second at 3 if there is room. */
  private static void record(int[] solution, int found, int i, int j, int k) {
    int at = 3 * found;
    if (at + 3 <= solution.length) {
      solution[at] = i;
      solution[at + 1] = j;
      solution[at + 2] = k;
    }
  }

  /** How many positions the first combination of a solution holds (see {@link #size(int[], int)}). */
  static int size(int[] solution) {
    return size(solution, 0);
  }

  /**
   * How many positions the combination written at {@code from} (0 for the first, 3 for the second)
   * holds: at most three, ended by a -1 or by the array's end.
   */
  static int size(int[] solution, int from) {
    int size = 0;
    while (size < 3 && from + size < solution.length && solution[from + size] >= 0) {
      size++;
    }
    return size;
  }

  /** The first position in {@code [from, to)} of the ascending {@code days} holding at least {@code value}. */
  static int lowerBound(int[] days, int from, int to, long value) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position in {@code [from, to)} of the ascending {@code sums} holding at least {@code value}. */
  static int lowerBound(long[] sums, int from, int to, long value) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sums[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
