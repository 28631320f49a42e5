package dev.keyaccount.receivables.deduction;

/**
 * A bounded subset-sum search: finds combinations of 2 to {@code maxSize} amounts whose sum lies in
 * {@code [low, high]}, stopping at the second one found (the answer is then ambiguous) or when the step
 * budget runs out. Iterative (an explicit stack of at most {@code maxSize} positions), so no input can
 * overflow the call stack; amounts must be positive and sorted ascending, which lets a branch stop as
 * soon as its sum passes {@code high}. Holds the result of one search; not thread-safe.
 */
final class CombinationSearch {

  /** The search found no combination. */
  static final int NONE = 0;
  /** The search found exactly one combination. */
  static final int UNIQUE = 1;
  /** The search found at least two combinations. */
  static final int AMBIGUOUS = 2;
  /** The search ran out of steps before it could decide. */
  static final int EXHAUSTED = 3;

  /** Steps (amounts tried) one search may take: bounds the cost of a run, whatever its input. */
  static final int STEP_BUDGET = 200_000;

  private final int[] first;
  private final int[] second;
  private int firstSize;
  private int secondSize;

  CombinationSearch(int maxSize) {
    first = new int[maxSize];
    second = new int[maxSize];
  }

  /** Searches {@code amounts[0, count)}; returns NONE, UNIQUE, AMBIGUOUS or EXHAUSTED. */
  int search(long[] amounts, int count, long low, long high, int maxSize) {
    firstSize = 0;
    secondSize = 0;
    int found = 0;
    int[] position = new int[maxSize];
    long[] sum = new long[maxSize + 1];
    int depth = 0;
    position[0] = 0;
    int steps = 0;
    while (depth >= 0) {
      int i = position[depth];
      if (i >= count || sum[depth] + amounts[i] > high) {
        // This level is exhausted (or every further amount is too large): go back up.
        depth--;
        if (depth >= 0) {
          position[depth]++;
        }
        continue;
      }
      if (++steps > STEP_BUDGET) {
        return EXHAUSTED;
      }
      long total = sum[depth] + amounts[i];
      if (depth >= 1 && total >= low) {
        found++;
        if (found == 1) {
          firstSize = copy(position, depth + 1, first);
        } else {
          secondSize = copy(position, depth + 1, second);
          return AMBIGUOUS;
        }
      }
      if (depth + 1 < maxSize && i + 1 < count) {
        sum[depth + 1] = total;
        position[depth + 1] = i + 1;
        depth++;
      } else {
        position[depth]++;
      }
    }
    return found == 0 ? NONE : UNIQUE;
  }

  private static int copy(int[] position, int size, int[] target) {
    System.arraycopy(position, 0, target, 0, size);
    return size;
  }

  /** The positions of the first combination found. */
  int[] first() {
    return java.util.Arrays.copyOf(first, firstSize);
  }

  /** The positions of the second combination found (after AMBIGUOUS). */
  int[] second() {
    return java.util.Arrays.copyOf(second, secondSize);
  }
}
