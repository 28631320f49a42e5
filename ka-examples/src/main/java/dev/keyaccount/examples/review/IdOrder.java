package dev.keyaccount.examples.review;

/**
 * The order of a list of ids, as an array of positions: a stable sort of {@code int} positions by their
 * ids (a radix sort of prefix keys, then a merge sort of each run of equal keys; a merge sort for a few
 * ids), so that a million results are put in id order without an object per result. Equal ids keep
 * their positions' order.
 *
 * <p>Each id's first characters are packed into a {@code long} key that orders as the ids' prefixes do
 * (eight characters of one byte each when every id's first eight characters are below 256, else four of
 * sixteen bits; a shorter id is padded with zeros, which sort first as a shorter prefix does in
 * {@link String#compareTo}). The sort moves keys and positions together and compares the keys as
 * primitives; only equal keys compare the ids themselves. Short ids such as {@code D123456} are then
 * sorted without reading a string.
 */
final class IdOrder {

  private static final int INSERTION = 24;

  private IdOrder() {}

  /**
   * The positions of {@code ids} sorted by id (by {@link String#compareTo}), equal ids by position.
   *
   * @param ids the ids
   * @return the positions, in id order
   */
  static int[] of(String[] ids) {
    int[] order = new int[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long[] keys = keys(ids);
    if (isSorted(ids, keys)) {
      return order;
    }
    Sorter sorter = new Sorter(ids, keys, order);
    if (order.length < RADIX_MIN) {
      sorter.sort(0, order.length);
      return order;
    }
    radix(keys, order);
    // Runs of equal keys (ids with the same first characters) by the ids themselves.
    for (int start = 0; start < order.length; ) {
      int end = start + 1;
      while (end < order.length && keys[end] == keys[start]) {
        end++;
      }
      if (end - start > 1) {
        sorter.sort(start, end);
      }
      start = end;
    }
    return order;
  }

  /** From how many ids the keys are sorted by radix rather than by merging. */
  static final int RADIX_MIN = 4096;

  /**
   * A stable least-significant-digit radix sort of the positions by their keys (as signed longs), in
   * passes of 11 bits over the bits in which the keys differ: sequential reads and a count array that
   * stays in cache, where a merge sort of a million keys makes twenty passes.
   */
  private static void radix(long[] keys, int[] order) {
    int n = order.length;
    long all = -1L;
    long any = 0;
    for (long key : keys) {
      all &= key;
      any |= key;
    }
    long differ = all ^ any;
    int highBit = 64 - Long.numberOfLeadingZeros(differ);
    long[] keySource = keys;
    int[] orderSource = order;
    long[] keyTarget = new long[n];
    int[] orderTarget = new int[n];
    for (int shift = Long.numberOfTrailingZeros(differ); shift < highBit; shift += 11) {
      int width = Math.min(11, highBit - shift);
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
        orderTarget[at] = orderSource[i];
      }
      long[] keySwap = keySource;
      keySource = keyTarget;
      keyTarget = keySwap;
      int[] orderSwap = orderSource;
      orderSource = orderTarget;
      orderTarget = orderSwap;
    }
    if (orderSource != order) {
      System.arraycopy(orderSource, 0, order, 0, n);
      System.arraycopy(keySource, 0, keys, 0, n);
    }
  }

  private static boolean isSorted(String[] ids, long[] keys) {
    for (int i = 1; i < ids.length; i++) {
      if (keys[i - 1] > keys[i] || keys[i - 1] == keys[i] && ids[i - 1].compareTo(ids[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each id's prefix key, shifted so that signed comparison orders as unsigned: eight one-byte characters,
   * or four sixteen-bit ones when an id has a character above 255 among its first eight.
   */
  static long[] keys(String[] ids) {
    long[] keys = new long[ids.length];
    // Sixteen ids at a time: their lengths are read first, so that the cache misses of reaching a
    // million strings overlap instead of coming one after the other.
    int[] lengths = new int[BATCH];
    for (int base = 0; base < ids.length; base += BATCH) {
      int end = Math.min(base + BATCH, ids.length);
      for (int k = base; k < end; k++) {
        lengths[k - base] = ids[k].length();
      }
      for (int k = base; k < end; k++) {
        String id = ids[k];
        int n = Math.min(8, lengths[k - base]);
        long key = 0;
        for (int i = 0; i < n; i++) {
          char c = id.charAt(i);
          if (c > 0xFF) {
            return wideKeys(ids, keys);
          }
          key = key << 8 | c;
        }
        keys[k] = key << 8 * (8 - n) ^ Long.MIN_VALUE;
      }
    }
    return keys;
  }

  /** How many ids {@link #keys} reads at a time. */
  private static final int BATCH = 16;

  private static long[] wideKeys(String[] ids, long[] keys) {
    for (int k = 0; k < ids.length; k++) {
      String id = ids[k];
      long key = 0;
      for (int i = 0; i < 4; i++) {
        key = key << 16 | (i < id.length() ? id.charAt(i) : 0);
      }
      keys[k] = key ^ Long.MIN_VALUE;
    }
    return keys;
  }

  /** A stable merge sort of positions with their keys alongside. */
  private static final class Sorter {
    private final String[] ids;
    private final long[] keys;
    private final int[] order;
    private final long[] keyBuffer;
    private final int[] orderBuffer;

    Sorter(String[] ids, long[] positionKeys, int[] order) {
      this.ids = ids;
      this.order = order;
      // Keys in the order of the positions being sorted (at first, position i's key at i).
      this.keys = positionKeys;
      this.keyBuffer = new long[order.length];
      this.orderBuffer = new int[order.length];
    }

    /** Whether the entry (key a, position pa) goes after (key b, position pb); equal ones keep their order. */
    private boolean after(long a, int pa, long b, int pb) {
      if (a != b) {
        return a > b;
      }
      return ids[pa].compareTo(ids[pb]) > 0;
    }

    void sort(int from, int to) {
      if (to - from <= INSERTION) {
        for (int i = from + 1; i < to; i++) {
          int p = order[i];
          long key = keys[i];
          int j = i - 1;
          while (j >= from && after(keys[j], order[j], key, p)) {
            order[j + 1] = order[j];
            keys[j + 1] = keys[j];
            j--;
          }
          order[j + 1] = p;
          keys[j + 1] = key;
        }
        return;
      }
      int middle = (from + to) >>> 1;
      sort(from, middle);
      sort(middle, to);
      if (!after(keys[middle - 1], order[middle - 1], keys[middle], order[middle])) {
        return;
      }
      System.arraycopy(order, from, orderBuffer, from, to - from);
      System.arraycopy(keys, from, keyBuffer, from, to - from);
      int left = from;
      int right = middle;
      for (int k = from; k < to; k++) {
        if (right >= to || left < middle
            && !after(keyBuffer[left], orderBuffer[left], keyBuffer[right], orderBuffer[right])) {
          order[k] = orderBuffer[left];
          keys[k] = keyBuffer[left++];
        } else {
          order[k] = orderBuffer[right];
          keys[k] = keyBuffer[right++];
        }
      }
    }
  }
}
