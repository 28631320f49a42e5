package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sorts at the edges of their fast paths: negative amounts (no packing), and enough lines for the
 * radix sort with dates on both sides of the epoch.
 */
class IndexSortEdgeTest {

  @Test
  void sortByAmount_negativeAmounts_areNotPacked() {
    // -2^62 shifted left by the two index bits would leave no bit of it.
    long[] amounts = {Long.MIN_VALUE / 2, 5, -3, 0};
    int[] index = {0, 1, 2, 3};
    IndexSort.sortByAmount(index, 0, 4, amounts);
    assertArrayEquals(new int[] {0, 2, 3, 1}, index);
    int[] reversed = {3, 2, 1, 0};
    IndexSort.sortByAmount(reversed, 0, 4, amounts);
    assertArrayEquals(new int[] {0, 2, 3, 1}, reversed);
  }

  @Test
  void sortByDateAndAmount_radixSorted_datesBeforeAndAfterTheEpoch() {
    // 5,000 lines (the radix sort starts at 4,096), dates from 1967-04-07 (day -1,000) to 1972-09-27 (day
    // 1,000), amounts up to 1,000: date and amount take 11 and 10 of the 34 packed bits.
    int count = 5_000;
    Random random = new Random(20261206L);
    long[] date = new long[count];
    long[] amount = new long[count];
    for (int p = 0; p < count; p++) {
      date[p] = random.nextInt(2_001) - 1_000;
      amount[p] = random.nextInt(1_001);
    }
    date[0] = -1_000;
    date[1] = 1_000;
    amount[2] = 1_000;
    // Ties broken by the position, from the last: the comparator orders by amount first.
    KeySort.IndexComparator amountThenLast = (a, b) -> amount[a] != amount[b]
        ? Long.compare(amount[a], amount[b]) : Integer.compare(b, a);
    int[] order = IndexSort.sortByDateAndAmount(date, amount, count, -1_000, 1_000, 1_000, amountThenLast);
    int[] expected = IntStream.range(0, count).boxed()
        .sorted(Comparator.<Integer>comparingLong(p -> date[p]).thenComparingLong(p -> amount[p])
            .thenComparing(Comparator.<Integer>reverseOrder()))
        .mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expected, order);
  }
}
