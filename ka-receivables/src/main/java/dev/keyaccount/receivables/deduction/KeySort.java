package dev.keyaccount.receivables.deduction;

/**
 * Stable sorts of element indices by {@code long} keys moved along with them: a least-significant-digit
 * radix sort over the bits in which the keys differ for many elements, a bottom-up merge sort for few,
 * and each run of equal keys ordered by a comparator. A million elements sort without boxing and with
 * sequential memory access. Holds no state.
 */
final class KeySort {

  /** Compares two element indices. */
  interface IndexComparator {
    /**
     * Compares two elements.
     *
     * @param a an element index
     * @param b another
     * @return negative, zero or positive as {@code a} orders before, with or after {@code b}
     */
    int compare(int a, int b);
  }

  /** Whether two positions of a sorted array belong to one run of equal keys. */
  interface SameRun {
    /**
     * Whether positions {@code i} and {@code j} have equal keys.
     *
     * @param i a position
     * @param j another
     * @return true if their keys are equal
     */
    boolean test(int i, int j);
  }

  /** From how many elements the sorts use the radix sort rather than a merge or a plain sort. */
  static final int RADIX_MIN = 4096;

  /** The widest digit of a radix pass: a count array of 2^11 entries stays in cache. */
  private static final int DIGIT_BITS = 11;

  private KeySort() {}

  /**
   * Sorts {@code index[0, n)} by {@code keys[0, n)} (moved along with it), stably, breaking equal keys
   * with the comparator. From {@link #RADIX_MIN} elements, a radix sort of the keys' bits that differ
   * (as signed longs), then each run of equal keys by the comparator; below, a merge sort.
   *
   * @param keys the keys, reordered with the index
   * @param index the element indices
   * @param n how many elements
   * @param tieBreak the order of elements with equal keys
   */
  static void sortByKey(long[] keys, int[] index, int n, IndexComparator tieBreak) {
    if (n < RADIX_MIN) {
      mergeByKey(keys, index, n, tieBreak);
      return;
    }
    long all = -1L;
    long any = 0;
    for (int i = 0; i < n; i++) {
      all &= keys[i];
      any |= keys[i];
    }
    long differ = all ^ any;
    if (differ != 0) {
      radix(keys, index, n, Long.numberOfTrailingZeros(differ), 64 - Long.numberOfLeadingZeros(differ));
    }
    sortRuns(index, n, (i, j) -> keys[i] == keys[j], tieBreak);
  }

  /**
   * Sorts {@code packed[0, n)}, non-negative values below {@code 2^highBit} whose low {@code lowBit}
   * bits ascend with the position (they hold it), into ascending order: exactly as
   * {@code Arrays.sort}, but from {@link #RADIX_MIN} values by a stable radix sort of the bits above
   * {@code lowBit} only.
   *
   * @param packed the values, sorted in place
   * @param n how many values
   * @param lowBit the lowest bit to sort by
   * @param highBit one above the highest bit any value sets (at most 63)
   */
  static void sortPacked(long[] packed, int n, int lowBit, int highBit) {
    if (n < RADIX_MIN) {
      java.util.Arrays.sort(packed, 0, n);
      return;
    }
    radix(packed, null, n, lowBit, highBit);
  }

  /**
   * Orders each run of equal keys of {@code order[0, n)} (positions {@code i < j} with
   * {@code same.test(i, j)} from the run's first one) by the comparator, stably.
   *
   * @param order the element indices, sorted by their keys
   * @param n how many
   * @param same whether a position's key equals the run's first position's
   * @param tieBreak the order within a run
   */
  static void sortRuns(int[] order, int n, SameRun same, IndexComparator tieBreak) {
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && same.test(start, end)) {
        end++;
      }
      if (end - start > 1) {
        int[] run = java.util.Arrays.copyOfRange(order, start, end);
        mergeByKey(new long[run.length], run, run.length, tieBreak);
        System.arraycopy(run, 0, order, start, run.length);
      }
      start = end;
    }
  }

  /**
   * A stable radix sort of {@code keys[0, n)} as signed longs, and of {@code index[0, n)} along with
   * them unless it is null, looking only at bits {@code [lowBit, highBit)}, in passes of at most
   * {@link #DIGIT_BITS} bits.
   */
  private static void radix(long[] keys, int[] index, int n, int lowBit, int highBit) {
    long[] keySource = keys;
    int[] indexSource = index;
    long[] keyTarget = new long[n];
    int[] indexTarget = index == null ? null : new int[n];
    for (int shift = lowBit; shift < highBit; shift += DIGIT_BITS) {
      int width = Math.min(DIGIT_BITS, highBit - shift);
      int digitMask = (1 << width) - 1;
      // The sign bit flipped, so that the unsigned digits order as the signed keys do.
      long flip = shift + width == 64 ? Long.MIN_VALUE : 0;
      int[] next = new int[digitMask + 2];
      for (int i = 0; i < n; i++) {
        next[((int) ((keySource[i] ^ flip) >>> shift) & digitMask) + 1]++;
      }
      for (int b = 0; b <= digitMask; b++) {
        next[b + 1] += next[b];
      }
      for (int i = 0; i < n; i++) {
        long key = keySource[i];
        int at = next[(int) ((key ^ flip) >>> shift) & digitMask]++;
        keyTarget[at] = key;
        if (indexSource != null) {
          indexTarget[at] = indexSource[i];
        }
      }
      long[] keySwap = keySource;
      keySource = keyTarget;
      keyTarget = keySwap;
      int[] indexSwap = indexSource;
      indexSource = indexTarget;
      indexTarget = indexSwap;
    }
    if (keySource != keys) {
      System.arraycopy(keySource, 0, keys, 0, n);
      if (index != null) {
        System.arraycopy(indexSource, 0, index, 0, n);
      }
    }
  }

  /** {@link #sortByKey} by a bottom-up merge sort. */
  private static void mergeByKey(long[] keys, int[] index, int n, IndexComparator tieBreak) {
    if (n < 2) {
      return;
    }
    long[] keyBuffer = new long[n];
    int[] indexBuffer = new int[n];
    long[] keySrc = keys;
    int[] indexSrc = index;
    for (int width = 1; width < n; width <<= 1) {
      for (int lo = 0; lo < n; lo += width << 1) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + (width << 1), n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          long a = keySrc[i];
          long b = keySrc[j];
          boolean takeRight = b < a || b == a && tieBreak.compare(indexSrc[j], indexSrc[i]) < 0;
          if (takeRight) {
            keyBuffer[k] = b;
            indexBuffer[k++] = indexSrc[j++];
          } else {
            keyBuffer[k] = a;
            indexBuffer[k++] = indexSrc[i++];
          }
        }
        while (i < mid) {
          keyBuffer[k] = keySrc[i];
          indexBuffer[k++] = indexSrc[i++];
        }
        while (j < hi) {
          keyBuffer[k] = keySrc[j];
          indexBuffer[k++] = indexSrc[j++];
        }
      }
      long[] keySwap = keySrc;
      keySrc = keyBuffer;
      keyBuffer = keySwap;
      int[] indexSwap = indexSrc;
      indexSrc = indexBuffer;
      indexBuffer = indexSwap;
    }
    if (indexSrc != index) {
      System.arraycopy(indexSrc, 0, index, 0, n);
      System.arraycopy(keySrc, 0, keys, 0, n);
    }
  }
}
