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
   * edits apart.
   */
  boolean within(char[] chars, int aFrom, int aTo, int bFrom, int bTo, int max) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (Math.abs(n - m) > max) {
      return false;
    }
    if (current.length <= m) {
      previous2 = new int[m + 1];
      previous = new int[m + 1];
      current = new int[m + 1];
    }
    int[] previous2 = this.previous2;
    int[] previous = this.previous;
    int[] current = this.current;
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      char ai = chars[aFrom + i - 1];
      for (int j = 1; j <= m; j++) {
        char bj = chars[bFrom + j - 1];
        int cost = ai == bj ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == chars[bFrom + j - 2] && chars[aFrom + i - 2] == bj) {
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
