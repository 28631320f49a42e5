package dev.keyaccount.kpi.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SalesCadenceTest {

  private static List<BigDecimal> periods(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  @Test
  void seed002_firstThreeWeeks30pct_lastWeek70pct_isFlagged() {
    CadenceReport r = SalesCadence.DEFAULT.analyse(periods("10", "10", "10", "70"));
    assertEquals(List.of(Rate.of("0.1"), Rate.of("0.1"), Rate.of("0.1"), Rate.of("0.7")), r.shares());
    assertEquals(Rate.of("0.7"), r.lastPeriodShare());
    assertTrue(r.lastPeriodFlagged());
    assertEquals(Rate.of("0.4"), r.balanceIndex());
    assertEquals(Rate.of("0.40"), r.lastPeriodLimit());
  }

  @Test
  void evenWeeks_balanceOne_notFlagged() {
    CadenceReport r = SalesCadence.DEFAULT.analyse(periods("25", "25", "25", "25"));
    assertEquals(Rate.ONE, r.balanceIndex());
    assertFalse(r.lastPeriodFlagged());
  }

  @Test
  void everythingInOnePeriod_balanceZero() {
    assertEquals(Rate.ZERO, SalesCadence.DEFAULT.analyse(periods("0", "0", "90")).balanceIndex());
    assertEquals(Rate.ZERO, SalesCadence.DEFAULT.analyse(periods("5", "0")).balanceIndex());
  }

  @Test
  void lastShareAtTheLimit_isNotFlagged_justAbove_is() {
    assertFalse(SalesCadence.DEFAULT.analyse(periods("20", "20", "20", "40")).lastPeriodFlagged());
    assertTrue(SalesCadence.DEFAULT.analyse(periods("20", "20", "19.99", "40")).lastPeriodFlagged());
    SalesCadence strict = new SalesCadence(Rate.of("0.3"));
    assertTrue(strict.analyse(periods("20", "20", "20", "40")).lastPeriodFlagged());
  }

  @Test
  void threeMonths_balance() {
    // shares 0.2, 0.3, 0.5; even 1/3; distance 2/15 + 1/30 + 1/6 = 1/3; max 4/3; balance 0.75
    CadenceReport r = SalesCadence.DEFAULT.analyse(periods("20", "30", "50"));
    assertEquals(0, new BigDecimal("0.75").compareTo(r.balanceIndex().fraction().setScale(30, java.math.RoundingMode.HALF_UP)));
    assertTrue(r.lastPeriodFlagged());
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(periods("10")));
    assertEquals("Argument 'periodSales' must have at least two periods but has value [10]", one.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(List.of()));
    assertEquals("Argument 'periodSales' must have at least two periods but has value []", empty.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(periods("0", "0")));
    assertEquals("Argument 'periodSales' must not all be zero but has value [0, 0]", zero.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(periods("1", "-1")));
    assertEquals("Argument 'periodSales[1]' must not be negative but has value -1", negative.getMessage());
    IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
        () -> new SalesCadence(Rate.of("1.1")));
    assertEquals("Argument 'lastPeriodLimit' must be between 0% and 100% but has value 110.0%", limit.getMessage());
  }

  @Test
  void periodsBeyondTheDecimalBound_orTooMany_areRejected_beforeAnySum() {
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(List.of(BigDecimal.ONE, new BigDecimal("1E+999999999"))));
    assertTrue(huge.getMessage().startsWith("Argument 'periodSales[1]' must "), huge.getMessage());
    List<BigDecimal> tooMany = java.util.Collections.nCopies(SalesCadence.MAX_PERIODS + 1, BigDecimal.ONE);
    IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
        () -> SalesCadence.DEFAULT.analyse(tooMany));
    assertEquals("Argument 'periodSales' must have at most 10000 periods but has value 10001 periods",
        many.getMessage());
    assertEquals(Rate.ONE, SalesCadence.DEFAULT.analyse(
        java.util.Collections.nCopies(SalesCadence.MAX_PERIODS, BigDecimal.ONE)).balanceIndex());
  }
}
