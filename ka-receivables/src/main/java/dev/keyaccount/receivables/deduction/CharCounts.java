package dev.keyaccount.receivables.deduction;

/**
 * A signature of a run of chars that bounds the edit distance from below in a few operations: sixteen
 * 4-bit counts in a {@code long}, count {@code i} being how many chars {@code c} with {@code (c & 15) == i}
 * the run holds (15 for 15 or more). An edit changes the counts by at most 2 in all (a substitution takes
 * one from a count and adds one to another, an insertion or a deletion changes one, a transposition
 * none), and capping a count at 15 can only bring two counts closer; so two runs at most {@code k} edits
 * apart have signatures whose counts differ by at most {@code 2k} in all. Holds no state.
 */
final class CharCounts {

  private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;

  /**
   * The signature that stands for none (no reference): never used to tell two runs apart. A run whose
   * signature happens to be this one is then only compared in full.
   */
  static final long NONE = -1L;

  private CharCounts() {}

  /** Whether two runs with these signatures may be at most {@code max} edits apart ({@link #NONE}: may). */
  static boolean mayBeWithin(long a, long b, int max) {
    return a == NONE || b == NONE || distanceAtLeast(a, b) <= 2L * max;
  }

  /** The signature of {@code chars[from, to)}. */
  static long of(char[] chars, int from, int to) {
    long counts = 0;
    for (int i = from; i < to; i++) {
      int shift = (chars[i] & 15) << 2;
      if ((counts >>> shift & 15) != 15) {
        counts += 1L << shift;
      }
    }
    return counts;
  }

  /**
   * The sum over the sixteen counts of their differences, a lower bound of twice the edit distance
   * between the two runs: {@code > 2k} means more than {@code k} edits apart.
   */
  static int distanceAtLeast(long a, long b) {
    return bytesApart(a & LOW_NIBBLES, b & LOW_NIBBLES) + bytesApart(a >>> 4 & LOW_NIBBLES, b >>> 4 & LOW_NIBBLES);
  }

  /** The sum of |x - y| over the eight bytes of two longs whose bytes are each at most 15. */
  private static int bytesApart(long x, long y) {
    // Byte by byte without a carry: (128 + x) - y is in [113, 143]; its top bit says x >= y.
    long xMinusY = (x | HIGH_BITS) - y;
    long yMinusX = (y | HIGH_BITS) - x;
    long xAtLeastY = xMinusY & HIGH_BITS;
    long mask = xAtLeastY - (xAtLeastY >>> 7) | xAtLeastY;
    long apart = (xMinusY ^ HIGH_BITS) & mask | (yMinusX ^ HIGH_BITS) & ~mask;
    return (int) ((apart * ONES) >>> 56);
  }
}
