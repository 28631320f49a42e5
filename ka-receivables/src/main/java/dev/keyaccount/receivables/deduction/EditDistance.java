package dev.keyaccount.receivables.deduction;

/**
 * The optimal-string-alignment edit distance (insertions, deletions, substitutions and transpositions
 * of adjacent characters), computed only as far as needed to tell whether it is within a bound. An
 * instance keeps its three rows between calls, so a run comparing many references allocates them once;
 * not thread-safe (one per matching run).
 */
final class EditDistance {

  private int[] previous2 = new int[16];
  private int[] previous = new int[16];
  private int[] current = new int[16];

  /** Returns whether {@code a} and {@code b} are at most {@code max} edits apart. */
  static boolean within(String a, String b, int max) {
    char[] both = (a + b).toCharArray();
    return new EditDistance().within(both, 0, a.length(), a.length(), both.length, max);
  }

  /**
   * Returns whether {@code chars[aFrom, aTo)} and {@code chars[bFrom, bTo)} are at most {@code max}
   * edits apart (chars, not code points, are edited). Only the cells of the band
   * {@code |i - j| <= max} are computed, in {@code O(max * n)} time over three reused rows, and the
   * work stops at the first row whose band holds no value within {@code max}: any alignment within
   * {@code max} edits stays in the band, and a cell outside it counts as {@code max + 1}.
   */
  boolean within(char[] chars, int aFrom, int aTo, int bFrom, int bTo, int max) {
    if (max < 0 || Math.abs((aTo - aFrom) - (bTo - bFrom)) > max) {
      return false;
    }
    // A common prefix costs no edit and takes part in none that a cheapest alignment needs: numbered
    // references that share a long prefix are compared from where they first differ.
    while (aFrom < aTo && bFrom < bTo && chars[aFrom] == chars[bFrom]) {
      aFrom++;
      bFrom++;
    }
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (current.length <= m + 1) {
      previous2 = new int[m + 2];
      previous = new int[m + 2];
      current = new int[m + 2];
    }
    int[] previous2 = this.previous2;
    int[] previous = this.previous;
    int[] current = this.current;
    int over = max + 1;
    int top = Math.min(m, max);
    for (int j = 0; j <= top; j++) {
      previous[j] = j;
    }
    previous[top + 1] = over;
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      current[0] = i;
      current[lo - 1] = lo == 1 ? i : over;
      current[hi + 1] = over;
      int rowMin = lo == 1 ? i : over;
      char ai = chars[aFrom + i - 1];
      char aBefore = i > 1 ? chars[aFrom + i - 2] : 0;
      for (int j = lo; j <= hi; j++) {
        char bj = chars[bFrom + j - 1];
        int value = Math.min(Math.min(previous[j], current[j - 1]) + 1, previous[j - 1] + (ai == bj ? 0 : 1));
        if (i > 1 && j > 1 && ai == chars[bFrom + j - 2] && aBefore == bj) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return false;
      }
      int[] rotate = previous2;
      previous2 = previous;
      previous = current;
      current = rotate;
    }
    return previous[m] <= max;
  }
}
