package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

import java.util.function.IntFunction;

/**
 * The matcher's orders of element indices: by amount, by date and amount, ledger rows by a high value
 * then id. Each packs what it sorts by into {@code long} keys for {@link KeySort}, so that a million
 * lines sort without boxing and with sequential memory access. Holds no state.
 */
final class IndexSort {

  private IndexSort() {}

  /** The most shifts {@link #sortTail} makes by insertion before it sorts the whole range instead. */
  static final int TAIL_INSERTIONS = 1024;

  /**
   * Sorts {@code index[from, to)} (distinct indices) as {@link #sortByAmount} does, given that
   * {@code index[from, sorted)} is already in that order: a few trailing indices (a combination pass's
   * pool, its untouched authorizations in order and a few partly used ones after them) are inserted, with
   * no array made; more are sorted with the rest.
   */
  static void sortTail(int[] index, int from, int sorted, int to, long[] amounts) {
    if ((long) (to - sorted) * (to - from) > TAIL_INSERTIONS) {
      sortByAmount(index, from, to, amounts);
      return;
    }
    for (int i = sorted; i < to; i++) {
      int x = index[i];
      long amount = amounts[x];
      int j = i - 1;
      while (j >= from && (amounts[index[j]] > amount || amounts[index[j]] == amount && index[j] > x)) {
        index[j + 1] = index[j];
        j--;
      }
      index[j + 1] = x;
    }
  }

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
    KeySort.sortByKey(keys, segment, n, Integer::compare);
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
   * {@code r}, then its id, through {@link #keysByHighThenId} (for at least {@link KeySort#RADIX_MIN} rows, else
   * the high values alone) and the ids as tie-break.
   */
  static void sortRows(int[] codes, long[] high, int highBits, IntFunction<String> idOfCode) {
    int n = codes.length;
    // A few rows are sorted by high, then their ids compared: no rank table of every char for them.
    long[] keys = n < KeySort.RADIX_MIN ? (high == null ? new long[n] : java.util.Arrays.copyOf(high, n))
        : keysByHighThenId(high, highBits, n, r -> idOfCode.apply(codes[r]));
    KeySort.sortByKey(keys, codes, n, (a, b) -> idOfCode.apply(a).compareTo(idOfCode.apply(b)));
  }

  /**
   * Keys that order elements {@code 0..n-1} as (high, id) does, for {@link KeySort#sortByKey} with the ids as
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
    String[] batch = new String[ReferenceTable.BATCH];
    int[] lengths = new int[ReferenceTable.BATCH];
    for (int base = 0; base < n; base += ReferenceTable.BATCH) {
      int count = fetch(id, base, Math.min(base + ReferenceTable.BATCH, n), batch, lengths);
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
    for (int base = 0; base < n; base += ReferenceTable.BATCH) {
      int count = fetch(id, base, Math.min(base + ReferenceTable.BATCH, n), batch, lengths);
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
   * The positions {@code 0..count-1} sorted by date, then amount, then the comparator (which must order
   * by amount first). When date, amount and position fit one long together, as they do for any real
   * remittance, this is one primitive sort plus a comparator sort of each run of equal date and amount;
   * otherwise a merge sort by date with the comparator.
   */
  static int[] sortByDateAndAmount(long[] date, long[] amount, int count, long minDate, long maxDate,
      long maxAmount, KeySort.IndexComparator amountThenRest) {
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
      KeySort.sortByKey(keys, order, count, amountThenRest);
      return order;
    }
    long[] packed = new long[count];
    for (int p = 0; p < count; p++) {
      packed[p] = ((date[p] - minDate) << amountBits | amount[p]) << positionBits | p;
    }
    KeySort.sortPacked(packed, count, positionBits, positionBits + amountBits + bits(maxDate - minDate));
    long mask = (1L << positionBits) - 1;
    for (int p = 0; p < count; p++) {
      order[p] = (int) (packed[p] & mask);
    }
    // Runs of equal date and amount are ordered by the comparator (ids, then the rest).
    KeySort.sortRuns(order, count, (i, j) -> packed[i] >>> positionBits == packed[j] >>> positionBits, amountThenRest);
    return order;
  }

  private static long minimum(int[] index, int from, int to, long[] amounts) {
    long min = Long.MAX_VALUE;
    for (int i = from; i < to; i++) {
      min = Math.min(min, amounts[index[i]]);
    }
    return min;
  }

  /**
   * The {@code limit} smallest of {@code values[0, n)} that are not in {@code excluded} (sorted), in
   * increasing order (fewer when there are not that many): the same as sorting a copy and taking its
   * first ones, but in time {@code n} times at most {@code limit}'s logarithm plus the insertions, with
   * no copy of the values. The values must be distinct.
   */
  static int[] smallest(int[] values, int n, int limit, int[] excluded) {
    int[] best = new int[Math.max(0, Math.min(limit, n))];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int v = values[i];
      if (count == best.length && (count == 0 || v >= best[count - 1])) {
        continue;
      }
      if (Arrays.binarySearch(excluded, v) >= 0) {
        continue;
      }
      int at = Arrays.binarySearch(best, 0, count, v);
      int insert = at >= 0 ? at : -at - 1;
      int moved = Math.min(count, best.length - 1) - insert;
      if (moved > 0) {
        System.arraycopy(best, insert, best, insert + 1, moved);
      }
      best[insert] = v;
      count = Math.min(count + 1, best.length);
    }
    return count == best.length ? best : Arrays.copyOf(best, count);
  }

  /** How many bits a non-negative value needs. */
  static int bits(long value) {
    return 64 - Long.numberOfLeadingZeros(value);
  }
}
