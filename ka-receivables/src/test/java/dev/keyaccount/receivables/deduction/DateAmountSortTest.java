package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexSort#sortByDateAndAmount} as its Javadoc states it: the order of a reference sort by
 * date, amount and the comparator; and when date, amount and position fit one long together (up to
 * exactly 63 bits), the comparator only orders runs of equal date and amount.
 */
class DateAmountSortTest {

  /** Sorts and returns the order, recording each pair the comparator was asked about whose date or amount differ. */
  private static int[] sort(long[] date, long[] amount, long minDate, long maxDate, long maxAmount,
      List<String> notTies) {
    return IndexSort.sortByDateAndAmount(date, amount, date.length, minDate, maxDate, maxAmount, (a, b) -> {
      if (date[a] != date[b] || amount[a] != amount[b]) {
        notTies.add(a + "/" + b);
      }
      int c = Long.compare(amount[a], amount[b]);
      return c != 0 ? c : Integer.compare(b, a);
    });
  }

  private static int[] reference(long[] date, long[] amount) {
    return IntStream.range(0, date.length).boxed()
        .sorted(Comparator.<Integer>comparingLong(p -> date[p]).thenComparingLong(p -> amount[p])
            .thenComparing(Comparator.<Integer>reverseOrder()))
        .mapToInt(Integer::intValue).toArray();
  }

  @Test
  void atExactly63Bits_theComparatorOnlyOrdersTiesOfDateAndAmount() {
    // Positions of 4 lines take 3 bits, dates 0 to 2^19 take 20, amounts up to 2^40 - 1 take 40: 63.
    long maxAmount = (1L << 40) - 1;
    long[] date = {5, 5, 0, 1 << 19};
    long[] amount = {100, 7, maxAmount, 3};
    List<String> notTies = new ArrayList<>();
    assertArrayEquals(reference(date, amount), sort(date, amount, 0, 1 << 19, maxAmount, notTies));
    assertEquals(List.of(), notTies);
    // With ties: 6 lines (3 bits still), two pairs of equal date and amount.
    long[] date6 = {5, 5, 0, 1 << 19, 5, 5};
    long[] amount6 = {100, 7, maxAmount, 3, 100, 7};
    notTies.clear();
    assertArrayEquals(reference(date6, amount6), sort(date6, amount6, 0, 1 << 19, maxAmount, notTies));
    assertEquals(List.of(), notTies);
  }

  @Test
  void beyond63Bits_theOrderIsStillTheReferenceOrder() {
    long maxAmount = (1L << 41) - 1;
    long[] date = {5, 5, 0, 1 << 19, 5, 5, 0};
    long[] amount = {100, 7, maxAmount, 3, 100, 7, 0};
    assertArrayEquals(reference(date, amount), sort(date, amount, 0, 1 << 19, maxAmount, new ArrayList<>()));
  }
}
