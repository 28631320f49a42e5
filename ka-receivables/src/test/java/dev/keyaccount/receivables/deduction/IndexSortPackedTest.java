package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The primitive sorts give the orders the comparator sorts give: {@code sortByAmount} (packed amount and
 * index, or the merge sort when they do not fit one long) and the radix sort of packed loading keys.
 */
class IndexSortPackedTest {

  @Test
  void sortByAmount_ordersByAmountThenIndex() {
    qt().withExamples(1000).forAll(lists().of(longs().between(0, 40)).ofSizeBetween(0, 40), integers().between(0, 3))
        .checkAssert((amounts, scale) -> {
          long[] values = amounts.stream().mapToLong(v -> scale == 3 ? v << 58 : v * (1L << (20 * scale))).toArray();
          int n = values.length;
          // Indices in a scrambled order, with a margin before and after the sorted range.
          int[] index = IntStream.range(0, n + 2).map(i -> (i * 7 + 3) % (n + 2)).toArray();
          int[] segment = java.util.Arrays.copyOfRange(index, 1, n + 1);
          long[] keyed = new long[n + 2];
          for (int i = 0; i < n + 2; i++) {
            keyed[i] = i < n ? values[i] : 5;
          }
          int[] expected = index.clone();
          List<Integer> sorted = IntStream.of(segment).boxed()
              .sorted(Comparator.<Integer>comparingLong(i -> keyed[i]).thenComparingInt(i -> i)).toList();
          for (int i = 0; i < n; i++) {
            expected[1 + i] = sorted.get(i);
          }
          IndexSort.sortByAmount(index, 1, n + 1, keyed);
          assertArrayEquals(expected, index);
        });
  }

  @Test
  void sortTail_ordersAsSortByAmount_givenASortedHead() {
    // A sorted head and a tail of any length (inserted when short, sorted with the head when long), with
    // many equal amounts, inside a larger array whose other positions must not move.
    qt().withExamples(2000).forAll(lists().of(longs().between(0, 6)).ofSizeBetween(0, 120), integers().between(0, 120))
        .checkAssert((amounts, tailSize) -> {
          long[] keyed = amounts.stream().mapToLong(Long::longValue).toArray();
          int n = keyed.length;
          int tail = Math.min(tailSize, n);
          // Indices scrambled, then the head sorted: the layout of a pool.
          int[] pool = IntStream.range(0, n).map(i -> (i * 37 + 11) % Math.max(n, 1)).toArray();
          int[] index = new int[n + 2];
          index[0] = -7;
          index[n + 1] = -9;
          System.arraycopy(pool, 0, index, 1, n);
          IndexSort.sortByAmount(index, 1, 1 + n - tail, keyed);
          int[] expected = index.clone();
          IndexSort.sortByAmount(expected, 1, n + 1, keyed);
          IndexSort.sortTail(index, 1, 1 + n - tail, n + 1, keyed);
          assertArrayEquals(expected, index, amounts + " tail " + tail);
        });
  }

  @Test
  void smallest_equalsSortingACopyAndTakingTheFirst() {
    // Distinct values (a pool of authorization indices) in any order, some excluded, any limit.
    qt().withExamples(2000).forAll(integers().between(0, 80), integers().between(0, 90), integers().between(0, 12),
        longs().all()).checkAssert((n, limit, excludedCount, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          List<Integer> shuffled = new java.util.ArrayList<>(IntStream.range(0, 200).boxed().toList());
          java.util.Collections.shuffle(shuffled, random);
          int[] values = shuffled.stream().mapToInt(Integer::intValue).limit(n + 3).toArray();
          int[] excluded = IntStream.range(0, excludedCount).map(i -> shuffled.get(random.nextInt(n + 3))).distinct()
              .sorted().toArray();
          int[] expected = IntStream.of(java.util.Arrays.copyOf(values, n)).sorted()
              .filter(v -> java.util.Arrays.binarySearch(excluded, v) < 0).limit(limit).toArray();
          assertArrayEquals(expected, IndexSort.smallest(values, n, limit, excluded),
              () -> java.util.Arrays.toString(values) + " n " + n + " limit " + limit);
        });
  }

  @Test
  void sortPacked_equalsArraysSort() {
    qt().withExamples(200).forAll(integers().between(0, 20_000), integers().between(1, 40), longs().all())
        .checkAssert((n, highBits, seed) -> {
          int lowBit = 32 - Integer.numberOfLeadingZeros(n);
          int high = Math.min(63, lowBit + highBits);
          java.util.Random random = new java.util.Random(seed);
          long[] packed = new long[n];
          for (int p = 0; p < n; p++) {
            long key = (random.nextLong() >>> 1) >>> (63 - (high - lowBit));
            packed[p] = key << lowBit | p;
          }
          long[] expected = packed.clone();
          java.util.Arrays.sort(expected);
          KeySort.sortPacked(packed, n, lowBit, high);
          assertArrayEquals(expected, packed);
        });
  }

  @Test
  void sortByKey_manyElements_radixAndTieBreak_equalTheComparatorSort() {
    // Sizes around the radix threshold; keys from few distinct values (long runs of ties for the
    // comparator) to the full signed range with both extremes, shifted so that only some bits differ.
    qt().withExamples(60).forAll(integers().between(KeySort.RADIX_MIN - 2, 3 * KeySort.RADIX_MIN),
        integers().between(0, 4), longs().all()).checkAssert((n, shape, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          long[] keys = new long[n];
          int[] second = new int[n];
          for (int i = 0; i < n; i++) {
            long r = random.nextLong();
            keys[i] = switch (shape) {
              case 0 -> 7;
              case 1 -> Math.floorMod(r, 5) - 2;
              case 2 -> r;
              case 3 -> (r & 0xFFF) << 40;
              default -> i % 3 == 0 ? Long.MIN_VALUE : i % 3 == 1 ? Long.MAX_VALUE : r >> 20;
            };
            second[i] = random.nextInt(4);
          }
          long[] original = keys.clone();
          int[] index = IntStream.range(0, n).toArray();
          List<Integer> expected = IntStream.range(0, n).boxed()
              .sorted(Comparator.<Integer>comparingLong(i -> original[i]).thenComparingInt(i -> second[i])
                  .thenComparingInt(i -> i)).toList();
          KeySort.sortByKey(keys, index, n, (a, b) -> Integer.compare(second[a], second[b]));
          assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), index);
          for (int i = 0; i < n; i++) {
            assertEquals(original[index[i]], keys[i]);
          }
        });
  }

  @Test
  void sortByKey_atTheRadixThreshold_keysDifferingInTheSignBitOnly() {
    for (int n : new int[] {KeySort.RADIX_MIN - 1, KeySort.RADIX_MIN, KeySort.RADIX_MIN + 1}) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = i % 2 == 0 ? Long.MIN_VALUE : 0;
      }
      int[] index = IntStream.range(0, n).toArray();
      KeySort.sortByKey(keys, index, n, Integer::compare);
      // The negative keys (even positions) first, each half in position order.
      int[] expected = IntStream.concat(IntStream.range(0, n).filter(i -> i % 2 == 0),
          IntStream.range(0, n).filter(i -> i % 2 == 1)).toArray();
      assertArrayEquals(expected, index);
    }
  }
}
