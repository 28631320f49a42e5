package dev.keyaccount.receivables.dso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.keyaccount.core.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DsoCalculatorTest {

  private static final DsoCalculator DSO = DsoCalculator.DEFAULT;

  private static MonetaryAmount cny(long value) {
    return Money.of(value, Currencies.CNY);
  }

  private static List<SalesPeriod> quarter() {
    return List.of(SalesPeriod.of(cny(100_000), 30), SalesPeriod.of(cny(80_000), 30), SalesPeriod.of(cny(70_000), 30));
  }

  @Test
  void standard_150000_against_1800000_over365Days_is30point4() {
    assertEquals(new BigDecimal("30.4"), DSO.standard(cny(150_000), cny(1_800_000), 365));
  }

  @Test
  void countback_212000_againstMonths100000_80000_70000_is73point7() {
    assertEquals(new BigDecimal("73.7"), DSO.countback(cny(212_000), quarter()));
  }

  @Test
  void standard_onTheSameQuarter_212000_over250000_times90_is76point3() {
    assertEquals(new BigDecimal("76.3"), DSO.standard(cny(212_000), cny(250_000), 90));
  }

  @Test
  void countback_exactlyTwoMonths_is60() {
    assertEquals(new BigDecimal("60.0"), DSO.countback(cny(180_000), quarter()));
    assertEquals(new BigDecimal("30.0"), DSO.countback(cny(100_000), quarter()));
    assertEquals(new BigDecimal("90.0"), DSO.countback(cny(250_000), quarter()));
    assertEquals(new BigDecimal("0.0"), DSO.countback(cny(0), quarter()));
  }

  @Test
  void countback_halfOfTheNewestMonth_is15() {
    assertEquals(new BigDecimal("15.0"), DSO.countback(cny(50_000), quarter()));
  }

  @Test
  void countback_receivablesBeyondThePeriods_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DSO.countback(cny(250_001), quarter()));
    assertEquals(true, e.getMessage().startsWith("Argument 'periodsNewestFirst' must have sales covering the receivables CNY 250001"));
  }

  @Test
  void daysDeductionsOutstanding_openOverTakenTimesDays() {
    assertEquals(new BigDecimal("45.0"), DSO.daysDeductionsOutstanding(cny(50_000), cny(100_000), 90));
  }

  @Test
  void rounding_isTheCalculators() {
    DsoCalculator exact = new DsoCalculator(3, RoundingMode.DOWN);
    assertEquals(new BigDecimal("30.416"), exact.standard(cny(150_000), cny(1_800_000), 365));
    assertEquals(new BigDecimal("73.714"), exact.countback(cny(212_000), quarter()));
  }

  @Test
  void standard_isProportionalToReceivables() {
    qt().withExamples(200).forAll(integers().between(0, 1_000_000), integers().between(1, 1_000_000))
        .checkAssert((r, s) -> {
          DsoCalculator precise = new DsoCalculator(10, RoundingMode.HALF_EVEN);
          BigDecimal expected = BigDecimal.valueOf(r).multiply(BigDecimal.valueOf(365))
              .divide(BigDecimal.valueOf(s), 10, RoundingMode.HALF_EVEN);
          assertEquals(expected, precise.standard(cny(r), cny(s), 365));
        });
  }

  @Test
  void countback_neverExceedsTheDaysOfThePeriods() {
    qt().withExamples(200).forAll(integers().between(0, 250_000)).checkAssert(r -> {
      BigDecimal days = DSO.countback(cny(r), quarter());
      assertEquals(true, days.compareTo(BigDecimal.ZERO) >= 0 && days.compareTo(BigDecimal.valueOf(90)) <= 0);
    });
  }

  @Test
  void boundsComeBeforeAnyArithmetic() {
    assertEquals("Argument 'rounding' must round (not be UNNECESSARY) but has value UNNECESSARY",
        assertThrows(IllegalArgumentException.class, () -> new DsoCalculator(1, RoundingMode.UNNECESSARY)).getMessage());
    assertEquals("Argument 'scale' must be between 0 and 34 but has value 35",
        assertThrows(IllegalArgumentException.class, () -> new DsoCalculator(35, RoundingMode.HALF_UP)).getMessage());
    assertEquals(new BigDecimal("1.0000000000000000000000000000000000"),
        new DsoCalculator(34, RoundingMode.HALF_UP).standard(cny(1), cny(365), 365));
    MonetaryAmount huge = Money.of(new BigDecimal("1E+999999999"), Currencies.CNY);
    MonetaryAmount tiny = Money.of(new BigDecimal("1E-999999999"), Currencies.CNY);
    assertThrows(IllegalArgumentException.class, () -> DSO.standard(huge, cny(1), 365));
    assertThrows(IllegalArgumentException.class, () -> DSO.standard(cny(1), tiny, 365));
    assertThrows(IllegalArgumentException.class, () -> DSO.countback(huge, List.of(SalesPeriod.of(cny(1), 30))));
    assertThrows(IllegalArgumentException.class, () -> DSO.countback(cny(1), List.of(SalesPeriod.of(tiny, 30))));
    assertThrows(IllegalArgumentException.class, () -> DSO.daysDeductionsOutstanding(huge, cny(1), 30));
  }
}
