package dev.keyaccount.receivables.deduction;

import java.util.function.IntFunction;

/**
 * Stable sorts of element indices by primitive keys moved along with them (radix sorts for many
 * elements, merge sorts for few), so that a million lines sort without boxing and with sequential
 * memory access. Holds no state.
 */
final class IndexSort {

  /** Compares two element indices. */
  interface IndexComparator {
    int compare(int a, int b);
  }

  private IndexSort() {}

  /**
   * Sorts {@code index[from, to)} (distinct indices) by {@code amounts[index]}, equal amounts by index.
   */
  static void sortByAmount(int[] index, int from, int to, long[] amounts) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    long maxAmount = 0;
    int maxIndex = 0;
    for (int i = from; i < to; i++) {
      maxAmount = Math.max(maxAmount, amounts[index[i]]);
      maxIndex = Math.max(maxIndex, index[i]);
    }
    int indexBits = bits(maxIndex);
    if (bits(maxAmount) + indexBits <= 63 && minimum(index, from, to, amounts) >= 0) {
      // Amount and index in one non-negative long: a primitive sort gives the order by amount, then
      // index (indices are distinct), with no comparator and no merge buffers.
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = amounts[index[from + i]] << indexBits | index[from + i];
      }
      java.util.Arrays.sort(packed);
      long mask = (1L << indexBits) - 1;
      for (int i = 0; i < n; i++) {
        index[from + i] = (int) (packed[i] & mask);
      }
      return;
    }
    long[] keys = new long[n];
    int[] segment = new int[n];
    for (int i = 0; i < n; i++) {
      segment[i] = index[from + i];
      keys[i] = amounts[segment[i]];
    }
    sortByKey(keys, segment, n, Integer::compare);
    System.arraycopy(segment, 0, index, from, n);
  }

  /**
   * The rows of a ledger view as codes: {@code -1 - i} for each of the {@code extra} lines of the
   * layers, then each position {@code k} of the block ({@code blockSize}: 0 for none) that {@code keep}
   * accepts.
   */
  static int[] rowCodes(int extra, int blockSize, java.util.function.IntPredicate keep) {
    int[] codes = new int[extra + blockSize];
    int n = 0;
    for (int i = 0; i < extra; i++) {
      codes[n++] = -1 - i;
    }
    for (int k = 0; k < blockSize; k++) {
      if (keep.test(k)) {
        codes[n++] = k;
      }
    }
    return n == codes.length ? codes : java.util.Arrays.copyOf(codes, n);
  }

  /**
   * Sorts row codes by (high, id): {@code high[r]} (in {@code [0, 2^highBits)}; null for none) of row
   * {@code r}, then its id, through {@link #keysByHighThenId} (for at least {@link #RADIX_MIN} rows, else
   * the high values alone) and the ids as tie-break.
   */
  static void sortRows(int[] codes, long[] high, int highBits, IntFunction<String> idOfCode) {
    int n = codes.length;
    // A few rows are sorted by high, then their ids compared: no rank table of every char for them.
    long[] keys = n < RADIX_MIN ? (high == null ? new long[n] : java.util.Arrays.copyOf(high, n))
        : keysByHighThenId(high, highBits, n, r -> idOfCode.apply(codes[r]));
    sortByKey(keys, codes, n, (a, b) -> idOfCode.apply(a).compareTo(idOfCode.apply(b)));
  }

  /**
   * Keys that order elements {@code 0..n-1} as (high, id) does, for {@link #sortByKey} with the ids as
   * tie-break: {@code high[i]} (in {@code [0, 2^highBits)}; null for none) in the top bits, then element
   * {@code i}'s id from the first char where the ids differ, each char as its rank among the chars the
   * ids use (0 for a missing char, so a prefix sorts first), in as few bits as those ranks need, as many
   * chars as fit in 63 bits. Ids of digits take four bits a char, so a million numbered ids get distinct
   * keys: the sort compares longs in one array, and only elements with equal keys have their ids
   * compared.
   */
  static long[] keysByHighThenId(long[] high, int highBits, int n, IntFunction<String> id) {
    String first = n > 0 ? id.apply(0) : "";
    int prefix = first.length();
    boolean[] used = new boolean[Character.MAX_VALUE + 1];
    // Sixteen ids at a time: their lengths are read first, so that the cache misses of reaching a
    // million strings overlap instead of coming one after the other.
    String[] batch = new String[BATCH];
    int[] lengths = new int[BATCH];
    for (int base = 0; base < n; base += BATCH) {
      int count = fetch(id, base, Math.min(base + BATCH, n), batch, lengths);
      for (int b = 0; b < count; b++) {
        String s = batch[b];
        int length = lengths[b];
        int m = Math.min(prefix, length);
        int j = 0;
        while (j < m && s.charAt(j) == first.charAt(j)) {
          j++;
        }
        prefix = j;
        for (int k = 0; k < length; k++) {
          used[s.charAt(k)] = true;
        }
      }
    }
    int[] rank = new int[used.length];
    int distinct = 0;
    for (int c = 0; c < used.length; c++) {
      if (used[c]) {
        rank[c] = ++distinct;
      }
    }
    int bitsPerChar = Math.max(1, bits(distinct));
    long[] keys = new long[n];
    for (int base = 0; base < n; base += BATCH) {
      int count = fetch(id, base, Math.min(base + BATCH, n), batch, lengths);
      for (int b = 0; b < count; b++) {
        String s = batch[b];
        int length = lengths[b];
        int i = base + b;
        long key = high == null ? 0 : high[i];
        int pos = prefix;
        for (int left = 63 - highBits; left > 0; left -= bitsPerChar, pos++) {
          int take = Math.min(bitsPerChar, left);
          int r = pos < length ? rank[s.charAt(pos)] : 0;
          // The top bits of a rank keep the order of chars (not strictly: the tie-break decides).
          key = key << take | r >>> (bitsPerChar - take);
        }
        keys[i] = key;
      }
    }
    return keys;
  }

  /** How many ids {@link #keysByHighThenId} reads at a time. */
  private static final int BATCH = 16;

  /** Puts the ids of elements {@code [from, to)} and their lengths in the batch; returns how many. */
  private static int fetch(IntFunction<String> id, int from, int to, String[] batch, int[] lengths) {
    for (int i = from; i < to; i++) {
      String s = id.apply(i);
      batch[i - from] = s;
      lengths[i - from] = s.length();
    }
    return to - from;
  }

  /**
   * Sorts {@code index[0, n)} by {@code keys[0, n)} (moved along with it), stably, breaking equal keys
   * with the comparator. Many elements go through a least-significant-digit radix sort of the keys'
   * bits that differ (passes of at most 11 bits: a count array that stays in cache, and sequential
   * reads), then each run of equal keys is sorted by the comparator; a few go through a merge sort.
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
      radixByKey(keys, index, n, Long.numberOfTrailingZeros(differ), 64 - Long.numberOfLeadingZeros(differ));
    }
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && keys[end] == keys[start]) {
        end++;
      }
      if (end - start > 1) {
        long[] runKeys = java.util.Arrays.copyOfRange(keys, start, end);
        int[] run = java.util.Arrays.copyOfRange(index, start, end);
        mergeByKey(runKeys, run, run.length, tieBreak);
        System.arraycopy(run, 0, index, start, run.length);
      }
      start = end;
    }
  }

  /** From how many elements {@link #sortByKey} sorts by radix rather than by merging. */
  static final int RADIX_MIN = 4096;

  /**
   * A stable radix sort of {@code index[0, n)} by {@code keys[0, n)} as signed longs, looking only at
   * bits {@code [lowBit, highBit)}, the ones in which the keys differ.
   */
  private static void radixByKey(long[] keys, int[] index, int n, int lowBit, int highBit) {
    long[] keySource = keys;
    int[] indexSource = index;
    long[] keyTarget = new long[n];
    int[] indexTarget = new int[n];
    for (int shift = lowBit; shift < highBit; shift += 11) {
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
        indexTarget[at] = indexSource[i];
      }
      long[] keySwap = keySource;
      keySource = keyTarget;
      keyTarget = keySwap;
      int[] indexSwap = indexSource;
      indexSource = indexTarget;
      indexTarget = indexSwap;
    }
    if (indexSource != index) {
      System.arraycopy(indexSource, 0, index, 0, n);
      System.arraycopy(keySource, 0, keys, 0, n);
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

  /**
   * The positions {@code 0..count-1} sorted by date, then amount, then the comparator (which must order
   * by amount first). When date, amount and position fit one long together, as they do for any real
   * remittance, this is one primitive sort plus a comparator sort of each run of equal date and amount;
   * otherwise a merge sort by date with the comparator.
   */
  static int[] sortByDateAndAmount(long[] date, long[] amount, int count, long minDate, long maxDate,
      long maxAmount, IndexComparator amountThenRest) {
    int[] order = new int[count];
    if (count == 0) {
      return order;
    }
    int positionBits = bits(count);
    int amountBits = bits(maxAmount);
    if (bits(maxDate - minDate) + amountBits + positionBits > 63) {
      long[] keys = new long[count];
      for (int p = 0; p < count; p++) {
        keys[p] = date[p];
        order[p] = p;
      }
      sortByKey(keys, order, count, amountThenRest);
      return order;
    }
    long[] packed = new long[count];
    for (int p = 0; p < count; p++) {
      packed[p] = ((date[p] - minDate) << amountBits | amount[p]) << positionBits | p;
    }
    sortPacked(packed, count, positionBits, positionBits + amountBits + bits(maxDate - minDate));
    long mask = (1L << positionBits) - 1;
    for (int p = 0; p < count; p++) {
      order[p] = (int) (packed[p] & mask);
    }
    // Runs of equal date and amount are ordered by the comparator (ids, then the rest).
    for (int start = 0; start < count; ) {
      int end = start + 1;
      while (end < count && packed[end] >>> positionBits == packed[start] >>> positionBits) {
        end++;
      }
      if (end - start > 1) {
        long[] keys = new long[end - start];
        int[] run = java.util.Arrays.copyOfRange(order, start, end);
        sortByKey(keys, run, run.length, amountThenRest);
        System.arraycopy(run, 0, order, start, run.length);
      }
      start = end;
    }
    return order;
  }

  /**
   * Sorts {@code packed[0, n)}, non-negative values below {@code 2^highBit} whose low {@code lowBit}
   * bits ascend with the position (they hold it), into ascending order: exactly as
   * {@code Arrays.sort}, but for many values by a stable least-significant-digit radix sort of the
   * bits above {@code lowBit} only, in passes of at most 11 bits (a count array that stays in cache).
   */
  static void sortPacked(long[] packed, int n, int lowBit, int highBit) {
    if (n < RADIX_MIN) {
      java.util.Arrays.sort(packed, 0, n);
      return;
    }
    int sortBits = highBit - lowBit;
    int passes = (sortBits + 10) / 11;
    long[] source = packed;
    long[] target = new long[n];
    for (int pass = 0; pass < passes; pass++) {
      int shift = lowBit + pass * 11;
      int width = Math.min(11, highBit - shift);
      int digitMask = (1 << width) - 1;
      int[] next = new int[digitMask + 2];
      for (int i = 0; i < n; i++) {
        next[((int) (source[i] >>> shift) & digitMask) + 1]++;
      }
      for (int b = 0; b <= digitMask; b++) {
        next[b + 1] += next[b];
      }
      for (int i = 0; i < n; i++) {
        long value = source[i];
        target[next[(int) (value >>> shift) & digitMask]++] = value;
      }
      long[] swap = source;
      source = target;
      target = swap;
    }
    if (source != packed) {
      System.arraycopy(source, 0, packed, 0, n);
    }
  }

  private static long minimum(int[] index, int from, int to, long[] amounts) {
    long min = Long.MAX_VALUE;
    for (int i = from; i < to; i++) {
      min = Math.min(min, amounts[index[i]]);
    }
    return min;
  }

  /** How many bits a non-negative value needs. */
  static int bits(long value) {
    return 64 - Long.numberOfLeadingZeros(value);
  }
}
