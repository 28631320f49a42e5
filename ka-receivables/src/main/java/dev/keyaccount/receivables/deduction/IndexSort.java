package dev.keyaccount.receivables.deduction;

/**
 * A stable merge sort of element indices by a comparator over the caller's primitive arrays, so that
 * a million lines sort without boxing. Not thread-safe in the sense that the caller's arrays must not
 * change during a sort; holds no state.
 */
final class IndexSort {

  /** Compares two element indices. */
  interface IndexComparator {
    int compare(int a, int b);
  }

  private IndexSort() {}

  /** Sorts {@code index[from, to)} stably. */
  static void sort(int[] index, int from, int to, IndexComparator comparator) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    int[] buffer = new int[n];
    int[] src = new int[n];
    System.arraycopy(index, from, src, 0, n);
    for (int width = 1; width < n; width <<= 1) {
      for (int lo = 0; lo < n; lo += width << 1) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + (width << 1), n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          buffer[k++] = comparator.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        }
        while (i < mid) {
          buffer[k++] = src[i++];
        }
        while (j < hi) {
          buffer[k++] = src[j++];
        }
      }
      int[] swap = src;
      src = buffer;
      buffer = swap;
    }
    System.arraycopy(src, 0, index, from, n);
  }

  /**
   * Sorts {@code index[0, n)} by {@code keys[0, n)} (moved along with it), stably, breaking equal keys
   * with the comparator; reading keys in place keeps the sort cache-friendly at a million lines.
   */
  static void sortByKey(long[] keys, int[] index, int n, IndexComparator tieBreak) {
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
