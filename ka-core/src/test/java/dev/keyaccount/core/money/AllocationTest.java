package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of exact allocation (最大余额法), each with exact parts. */
class AllocationTest {

  private static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  @Test
  void oneYuanInThree_givesTheSpareFenToTheFirst() {
    assertEquals(List.of(cny("0.34"), cny("0.33"), cny("0.33")), Allocation.allocate(cny("1.00"), List.of(1, 1, 1)));
  }

  @Test
  void largestRemainderWins_notTheFirst() {
    // exact shares 1.666…, 3.333…: the first has the larger remainder (.666 > .333) and gets the unit
    assertArrayEquals(new long[] {2, 3}, Allocation.allocateUnits(5, List.of(1, 2)));
    // exact shares 0.3, 0.7 of 1: the larger remainder is the second's
    assertArrayEquals(new long[] {0, 1}, Allocation.allocateUnits(1, List.of(3, 7)));
    // exact shares 2.4, 2.6 … remainders .4 and .6
    assertArrayEquals(new long[] {2, 3}, Allocation.allocateUnits(5, List.of(12, 13)));
  }

  @Test
  void seed003_quarterTargetByMonths_isExact() {
    // customer A, Q2 target 100 万元 split 25/35/40
    assertEquals(List.of(cny("250000.00"), cny("350000.00"), cny("400000.00")),
        Allocation.allocate(cny("1000000.00"), List.of(25, 35, 40)));
  }

  @Test
  void equalRemainders_goToTheLargerWeight_whateverTheOrder() {
    // exact shares 0.5 and 1.5: equal remainders, the larger weight gets the spare unit
    assertArrayEquals(new long[] {0, 2}, Allocation.allocateUnits(2, List.of(1, 3)));
    assertArrayEquals(new long[] {2, 0}, Allocation.allocateUnits(2, List.of(3, 1)));
    // equal weights: the earlier one
    assertArrayEquals(new long[] {1, 0, 1}, Allocation.allocateUnits(2, List.of(1, 0, 1)));
    assertArrayEquals(new long[] {2, 1, 1, 1}, Allocation.allocateUnits(5, List.of(2, 2, 2, 2)));
  }

  @Test
  void zeroWeight_getsZero() {
    assertArrayEquals(new long[] {0, 7, 0}, Allocation.allocateUnits(7, List.of(0, 5, 0)));
  }

  @Test
  void zeroTotal_givesZeros_evenWithAllZeroWeights() {
    assertArrayEquals(new long[] {0, 0}, Allocation.allocateUnits(0, List.of(0, 0)));
    assertEquals(List.of(cny("0.00"), cny("0.00")), Allocation.allocate(cny("0"), List.of(0, 0)));
  }

  @Test
  void negativeTotal_isTheNegationOfThePositiveAllocation() {
    assertArrayEquals(new long[] {-34, -33, -33}, Allocation.allocateUnits(-100, List.of(1, 1, 1)));
    assertEquals(List.of(cny("-0.34"), cny("-0.33"), cny("-0.33")), Allocation.allocate(cny("-1.00"), List.of(1, 1, 1)));
  }

  @Test
  void decimalWeights_areExact() {
    // 0.1 + 0.2 is exactly 0.3 here, unlike in doubles
    assertArrayEquals(new long[] {1, 2}, Allocation.allocateUnits(3, List.of(new BigDecimal("0.1"), new BigDecimal("0.2"))));
    assertArrayEquals(new long[] {1, 2}, Allocation.allocateUnits(3, List.of(0.1, 0.2)));
    assertArrayEquals(new long[] {333, 667}, Allocation.allocateUnits(1000, List.of(new BigDecimal("1.000"), new BigDecimal("2"))));
  }

  @Test
  void yen_hasNoMinorDigits() {
    Money yen = Money.of(100, "JPY");
    assertEquals(List.of(Money.of(34, "JPY"), Money.of(33, "JPY"), Money.of(33, "JPY")), Allocation.allocate(yen, List.of(1, 1, 1)));
  }

  @Test
  void singleWeight_getsEverything() {
    assertArrayEquals(new long[] {Long.MAX_VALUE}, Allocation.allocateUnits(Long.MAX_VALUE, List.of(3)));
    assertArrayEquals(new long[] {-Long.MAX_VALUE}, Allocation.allocateUnits(-Long.MAX_VALUE, List.of(3)));
  }

  @Test
  void resultIsUnmodifiable() {
    List<Money> parts = Allocation.allocate(cny("1.00"), List.of(1, 1));
    assertThrows(UnsupportedOperationException.class, () -> parts.add(cny("1")));
  }

  @Test
  void rejectsTotalBelowTheMinorUnit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Allocation.allocate(cny("1.005"), List.of(1, 1)));
    assertEquals("Argument 'total' must be a whole number of minor units (allocation never rounds) but has value CNY 1.005",
        e.getMessage());
  }

  @Test
  void extremeTotalsAndZeroWeights_areRejectedOrPlain_neverAnArithmeticException() {
    IllegalArgumentException huge = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Allocation.allocate(cny("1E+999999999"), List.of(1, 1, 1)));
    org.junit.jupiter.api.Assertions.assertTrue(huge.getMessage().startsWith("Argument 'total' must have at most"),
        huge.getMessage());
    IllegalArgumentException beyondLong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Allocation.allocate(cny("92233720368547758.08"), List.of(1, 1)));
    assertEquals("Argument 'total' must be at most 9223372036854775807 minor units but has value CNY 92233720368547758.08",
        beyondLong.getMessage());
    assertEquals(List.of(cny("0.00"), cny("0.03"), cny("0.07")), Allocation.allocate(cny("0.10"),
        List.of(new java.math.BigDecimal(java.math.BigInteger.ZERO, Integer.MAX_VALUE), 3, 7)));
    assertEquals(List.of(cny("92233720368547758.07")), Allocation.allocate(cny("92233720368547758.07"), List.of(1)));
  }
}
