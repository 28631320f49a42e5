package dev.keyaccount.planning.rebate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/** Worked tiered rebates and settlements, computed by hand, and every rejected input with its message. */
class RebateCalculatorTest {

  static final RebateCalculator CALC = RebateCalculator.DEFAULT;
  static final LocalDateRange YEAR = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  static final Optional<RebatePerformance> NONE = Optional.empty();

  static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  /** 0.50 per case from 0, 1.00 from 1,000 cases, 1.50 from 5,000 cases. */
  static RebateScheme.Builder volume(RebateStyle style) {
    return RebateScheme.builder().id("CRF-2026-REBATE").accountId("CRF").period(YEAR).measure(RebateMeasure.VOLUME)
        .style(style).addTiers(RebateTier.ofVolume(0, cny("0.50")), RebateTier.ofVolume(1_000, cny("1.00")),
            RebateTier.ofVolume(5_000, cny("1.50")));
  }

  /** 1% from 100,000.00 of net sales, 2% from 500,000.00. */
  static RebateScheme.Builder value(RebateStyle style) {
    return RebateScheme.builder().id("CRF-2026-VALUE").accountId("CRF").period(YEAR).measure(RebateMeasure.VALUE)
        .style(style).addTiers(RebateTier.ofValue(cny("100000"), Rate.of("0.01")), RebateTier.ofValue(cny("500000"), Rate.of("0.02")));
  }

  static RebatePerformance cases(long cases) {
    return RebatePerformance.of(cases, cny("0"));
  }

  static RebatePerformance sales(String amount) {
    return RebatePerformance.of(0, cny(amount));
  }

  @Test
  void volume_steppedAndCumulative() {
    RebateScheme stepped = volume(RebateStyle.STEPPED).build();
    RebateScheme cumulative = volume(RebateStyle.CUMULATIVE).build();
    // 6,000 cases stepped: 1,000 × 0.50 + 4,000 × 1.00 + 1,000 × 1.50 = 500 + 4,000 + 1,500 = 6,000.00
    assertEquals(cny("6000.00"), CALC.earned(stepped, cases(6_000), NONE));
    // cumulative: the 5,000 tier is reached, 6,000 × 1.50 = 9,000.00
    assertEquals(cny("9000.00"), CALC.earned(cumulative, cases(6_000), NONE));
    // 999 cases: both 999 × 0.50 = 499.50
    assertEquals(cny("499.50"), CALC.earned(stepped, cases(999), NONE));
    assertEquals(cny("499.50"), CALC.earned(cumulative, cases(999), NONE));
    // exactly 1,000: stepped 500.00; cumulative reaches tier 2: 1,000 × 1.00
    assertEquals(cny("500.00"), CALC.earned(stepped, cases(1_000), NONE));
    assertEquals(cny("1000.00"), CALC.earned(cumulative, cases(1_000), NONE));
    // 1,001: stepped 500 + 1 × 1.00 = 501.00
    assertEquals(cny("501.00"), CALC.earned(stepped, cases(1_001), NONE));
    // 5,000 exactly: stepped 500 + 4,000 = 4,500.00, cumulative 7,500.00
    assertEquals(cny("4500.00"), CALC.earned(stepped, cases(5_000), NONE));
    assertEquals(cny("7500.00"), CALC.earned(cumulative, cases(5_000), NONE));
    assertEquals(cny("0"), CALC.earned(stepped, cases(0), NONE));
  }

  /**
   * A rate card in whole cases with inclusive ranges, as published rebate tables write it (cases 1–2: 10
   * a case, 3–4: 20, 5 and more: 30): thresholds are points on the base, so the card is entered as 0, 2, 4
   * when stepped (6 cases earn 2 × 10 + 2 × 20 + 2 × 30 = 120) and as 1, 3, 5 when cumulative (3 cases are
   * in the second range: 3 × 20 = 60). Entering the card's first cases as stepped thresholds leaves the
   * first case of each range in the range before: 0 × 10 + 2 × 10 + 2 × 20 + 1 × 30 = 90 with 1, 3, 5.
   */
  @Test
  void aRateCardOfInclusiveCaseRanges_isEnteredByTheEndOfTheRangeBefore_whenStepped() {
    RebateScheme.Builder card = RebateScheme.builder().id("CARD").accountId("CRF").period(YEAR)
        .measure(RebateMeasure.VOLUME);
    RebateScheme stepped = card.style(RebateStyle.STEPPED).tiers(List.of(RebateTier.ofVolume(0, cny("10")),
        RebateTier.ofVolume(2, cny("20")), RebateTier.ofVolume(4, cny("30")))).build();
    assertEquals(cny("120.00"), CALC.earned(stepped, cases(6), NONE));
    assertEquals(cny("40.00"), CALC.earned(stepped, cases(3), NONE));
    RebateScheme cumulative = card.style(RebateStyle.CUMULATIVE).tiers(List.of(RebateTier.ofVolume(1, cny("10")),
        RebateTier.ofVolume(3, cny("20")), RebateTier.ofVolume(5, cny("30")))).build();
    assertEquals(cny("60.00"), CALC.earned(cumulative, cases(3), NONE));
    assertEquals(java.util.OptionalInt.of(1), CALC.tierReached(cumulative, cases(3), NONE));
    RebateScheme byFirstCases = card.style(RebateStyle.STEPPED).build();
    assertEquals(cny("90.00"), CALC.earned(byFirstCases, cases(6), NONE));
  }

  @Test
  void value_belowTheFirstThreshold_earnsNothing_andRoundsHalfUpOnce() {
    RebateScheme stepped = value(RebateStyle.STEPPED).build();
    RebateScheme cumulative = value(RebateStyle.CUMULATIVE).build();
    assertEquals(cny("0"), CALC.earned(stepped, sales("99999.99"), NONE));
    assertEquals(cny("0"), CALC.earned(cumulative, sales("99999.99"), NONE));
    // 600,000 stepped: 400,000 × 1% + 100,000 × 2% = 4,000 + 2,000; cumulative 600,000 × 2% = 12,000
    assertEquals(cny("6000.00"), CALC.earned(stepped, sales("600000"), NONE));
    assertEquals(cny("12000.00"), CALC.earned(cumulative, sales("600000"), NONE));
    // 123,456.78: stepped 23,456.78 × 1% = 234.5678 → 234.57; cumulative 1,234.5678 → 1,234.57
    assertEquals(cny("234.57"), CALC.earned(stepped, sales("123456.78"), NONE));
    assertEquals(cny("1234.57"), CALC.earned(cumulative, sales("123456.78"), NONE));
    // 100,000.50: 0.50 × 1% = 0.005 → 0.01 (half up)
    assertEquals(cny("0.01"), CALC.earned(stepped, sales("100000.50"), NONE));
  }

  @Test
  void growth_paysOnTheIncreaseOverTheBaseline() {
    RebateScheme growth = volume(RebateStyle.STEPPED).onGrowth(true).build();
    // 6,000 − 4,000 = 2,000 cases: 1,000 × 0.50 + 1,000 × 1.00 = 1,500.00
    assertEquals(cny("1500.00"), CALC.earned(growth, cases(6_000), Optional.of(cases(4_000))));
    assertEquals(cny("0"), CALC.earned(growth, cases(3_000), Optional.of(cases(4_000))));
    RebateScheme valueGrowth = value(RebateStyle.CUMULATIVE).onGrowth(true).build();
    // 750,000 − 100,000 = 650,000 → 2% = 13,000.00
    assertEquals(cny("13000.00"), CALC.earned(valueGrowth, sales("750000"), Optional.of(sales("100000"))));
  }

  @Test
  void interimsAndFinal_payTheFullRebateOnce() {
    RebateScheme scheme = volume(RebateStyle.CUMULATIVE).build();
    // H1: 3,000 cases → 3,000 × 1.00 = 3,000.00 due
    Money h1 = CALC.interim(scheme, cases(3_000), NONE, List.of());
    assertEquals(cny("3000.00"), h1);
    // Q3: 5,500 cases to date → 8,250.00 earned, less 3,000.00 paid = 5,250.00
    Money q3 = CALC.interim(scheme, cases(5_500), NONE, List.of(h1));
    assertEquals(cny("5250.00"), q3);
    // full year 6,000 → 9,000.00; final 9,000 − 8,250 = 750.00
    RebateSettlement settlement = CALC.settle(scheme, cases(6_000), NONE, List.of(h1, q3));
    assertEquals(cny("9000.00"), settlement.earned());
    assertEquals(cny("8250.00"), settlement.interimPaid());
    assertEquals(cny("750.00"), settlement.finalPayment());
    assertEquals(cny("0"), settlement.excessNotRecovered());
    // an interim when less is earned to date than was paid: zero, never negative
    assertEquals(cny("0"), CALC.interim(scheme, cases(999), NONE, List.of(h1)));
    // earned exactly what was paid: zero
    assertEquals(cny("0"), CALC.interim(scheme, cases(3_000), NONE, List.of(h1)));
  }

  @Test
  void finalBelowInterims_clawsBackOnlyWhereAllowed() {
    // interim paid 9,000.00 on 6,000 cases; returns bring the year to 4,000 cases → 4,000 × 1.00 = 4,000.00
    RebateScheme noClawback = volume(RebateStyle.CUMULATIVE).build();
    RebateSettlement kept = CALC.settle(noClawback, cases(4_000), NONE, List.of(cny("9000")));
    assertEquals(cny("4000.00"), kept.earned());
    assertEquals(cny("0"), kept.finalPayment());
    assertEquals(cny("5000.00"), kept.excessNotRecovered());
    RebateScheme clawback = volume(RebateStyle.CUMULATIVE).clawbackAllowed(true).build();
    RebateSettlement recovered = CALC.settle(clawback, cases(4_000), NONE, List.of(cny("9000")));
    assertEquals(cny("-5000.00"), recovered.finalPayment());
    assertEquals(cny("0"), recovered.excessNotRecovered());
    assertFalse(noClawback.clawbackAllowed());
    assertTrue(clawback.clawbackAllowed());
    assertFalse(noClawback.onGrowth());
    assertEquals(Currencies.CNY, noClawback.currency());
  }

  static Arguments iae(String name, Executable call, String message) {
    return Arguments.of(name, call, message);
  }

  static Stream<Arguments> rejected() {
    RebateScheme scheme = volume(RebateStyle.STEPPED).build();
    RebateScheme valueScheme = value(RebateStyle.STEPPED).build();
    RebateScheme growth = volume(RebateStyle.STEPPED).onGrowth(true).build();
    return Stream.of(
        iae("no tiers", () -> volume(RebateStyle.STEPPED).tiers(List.of()).build(),
            "Argument 'tiers' must number from 1 to 10 but has value 0 tiers"),
        iae("11 tiers", () -> {
          RebateScheme.Builder b = volume(RebateStyle.STEPPED).tiers(List.of());
          for (int i = 0; i < 11; i++) {
            b.addTiers(RebateTier.ofVolume(i, cny("1")));
          }
          b.build();
        }, "Argument 'tiers' must number from 1 to 10 but has value 11 tiers"),
        iae("value tier in a volume scheme", () -> volume(RebateStyle.STEPPED).addTiers(RebateTier.ofValue(cny("9000000"), Rate.of("0.1"))).build(),
            "Argument 'tiers[3]' must be a VOLUME tier but has value VALUE"),
        iae("tier in USD", () -> volume(RebateStyle.STEPPED).addTiers(RebateTier.ofVolume(9_000, Money.of(2, "USD"))).build(),
            "Argument 'tiers[3]' must be in CNY but has value USD"),
        iae("equal thresholds", () -> volume(RebateStyle.STEPPED).addTiers(RebateTier.ofVolume(5_000, cny("2"))).build(),
            "Argument 'tiers[3]' must start above the previous tier's 5000 but has value 5000"),
        iae("falling rate", () -> volume(RebateStyle.STEPPED).addTiers(RebateTier.ofVolume(9_000, cny("1.49"))).build(),
            "Argument 'tiers[3]' must pay at least the previous tier's 1.5 but has value 1.49"),
        iae("blank id", () -> volume(RebateStyle.STEPPED).id(" ").build(), "Argument 'id' must not be blank but has value ' '"),
        iae("long id", () -> volume(RebateStyle.STEPPED).id("x".repeat(65)).build(),
            "Argument 'id' must have at most 64 characters but has value 65 characters"),
        iae("blank account", () -> volume(RebateStyle.STEPPED).accountId("").build(),
            "Argument 'accountId' must not be blank but has value ''"),
        iae("long account", () -> volume(RebateStyle.STEPPED).accountId("x".repeat(65)).build(),
            "Argument 'accountId' must have at most 64 characters but has value 65 characters"),
        iae("unbounded period", () -> volume(RebateStyle.STEPPED).period(LocalDateRange.of(LocalDate.MIN, YEAR.getEnd())).build(),
            "Argument 'period' must be a bounded, non-empty range but has value -999999999-01-01/2027-01-01"),
        iae("empty period", () -> volume(RebateStyle.STEPPED).period(LocalDateRange.ofEmpty(YEAR.getEnd())).build(),
            "Argument 'period' must be a bounded, non-empty range but has value 2027-01-01/2027-01-01"),
        iae("negative per case", () -> RebateTier.ofVolume(0, cny("-0.01")),
            "Argument 'perCase' must not be negative but has value CNY -0.01"),
        iae("per case too large", () -> RebateTier.ofVolume(0, cny("1000000")),
            "Argument 'perCase' must be below 1000000 but has value CNY 1000000"),
        iae("per case, 7 decimals", () -> RebateTier.ofVolume(0, cny("0.0000001")),
            "Argument 'perCase' must have at most 6 decimals but has value CNY 0.0000001"),
        iae("negative cases", () -> RebateTier.ofVolume(-1, cny("1")), "Argument 'fromCases' must not be negative but has value -1"),
        iae("threshold too large", () -> RebateTier.ofVolume(1_000_000_000_000L, cny("1")),
            "Argument 'threshold' must be below 1000000000000 but has value 1000000000000"),
        iae("negative from", () -> RebateTier.ofValue(cny("-1"), Rate.ZERO), "Argument 'from' must not be negative but has value CNY -1"),
        iae("from below the fen", () -> RebateTier.ofValue(cny("0.001"), Rate.ZERO),
            "Argument 'from' must be a whole number of minor units but has value CNY 0.001"),
        iae("share above one", () -> RebateTier.ofValue(cny("0"), Rate.of("1.000001")),
            "Argument 'share' must be in [0, 1] but has value 1.000001"),
        iae("negative share", () -> RebateTier.ofValue(cny("0"), Rate.of("-0.01")),
            "Argument 'share' must be in [0, 1] but has value -0.01"),
        iae("share, 7 decimals", () -> RebateTier.ofValue(cny("0"), Rate.of("0.1234567")),
            "Argument 'share' must have at most 6 decimals but has value 0.1234567"),
        iae("negative performance cases", () -> RebatePerformance.of(-1, cny("0")), "Argument 'cases' must not be negative but has value -1"),
        iae("performance cases too large", () -> RebatePerformance.of(1_000_000_000_000L, cny("0")),
            "Argument 'cases' must be below 1000000000000 but has value 1000000000000"),
        iae("negative sales", () -> RebatePerformance.of(0, cny("-1")), "Argument 'netSales' must not be negative but has value CNY -1"),
        iae("sales below the fen", () -> RebatePerformance.of(0, cny("0.001")),
            "Argument 'netSales' must be a whole number of minor units but has value CNY 0.001"),
        iae("sales too large", () -> RebatePerformance.of(0, cny("1000000000000")),
            "Argument 'netSales' must be below 1000000000000 but has value CNY 1000000000000"),
        iae("growth without a baseline", () -> CALC.earned(growth, cases(1), NONE),
            "Argument 'baseline' must be given for a growth scheme but has value Optional.empty"),
        iae("baseline without growth", () -> CALC.earned(scheme, cases(1), Optional.of(cases(1))),
            "Argument 'baseline' must be empty for a scheme not on growth but has value Optional[RebatePerformance{cases=1, netSales=CNY 0}]"),
        iae("sales in USD", () -> CALC.earned(valueScheme, RebatePerformance.of(0, Money.of(1, "USD")), NONE),
            "Argument 'actual.netSales' must be in currency CNY but is in USD (value USD 1)"),
        iae("baseline in USD", () -> CALC.earned(value(RebateStyle.STEPPED).onGrowth(true).build(), sales("1"),
                Optional.of(RebatePerformance.of(0, Money.of(1, "USD")))),
            "Argument 'baseline.netSales' must be in currency CNY but is in USD (value USD 1)"),
        iae("61 interims", () -> CALC.settle(scheme, cases(1), NONE, Collections.nCopies(61, cny("1"))),
            "Argument 'payments' must number at most 60 but has value 61"),
        iae("negative interim", () -> CALC.interim(scheme, cases(1), NONE, List.of(cny("1"), cny("-1"))),
            "Argument 'payments[1]' must not be negative but has value CNY -1"),
        iae("interim in USD", () -> CALC.interim(scheme, cases(1), NONE, List.of(Money.of(1, "USD"))),
            "Argument 'payments[0]' must be in currency CNY but is in USD (value USD 1)"),
        iae("interim of a tenth of a fen", () -> CALC.interim(scheme, cases(1), NONE, List.of(cny("0.001"))),
            "Argument 'payments[0]' must be a whole number of minor units but has value CNY 0.001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsInput_withItsMessage(String name, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void boundsThatAreAccepted() {
    RebateScheme.Builder b = volume(RebateStyle.STEPPED).tiers(List.of());
    for (int i = 0; i < 10; i++) {
      b.addTiers(RebateTier.ofVolume(i, cny("1")));
    }
    assertEquals(10, b.build().tiers().size());
    assertEquals(cny("60"), CALC.settle(volume(RebateStyle.STEPPED).build(), cases(120), NONE,
        Collections.nCopies(60, cny("0"))).earned());
    assertEquals(new BigDecimal("999999999999"), RebateTier.ofVolume(999_999_999_999L, cny("0")).threshold());
    assertEquals(new BigDecimal("1"), RebateTier.ofValue(cny("0"), Rate.ONE).rate());
    assertEquals(RebateMeasure.VALUE, RebateTier.ofValue(cny("0"), Rate.ONE).measure());
  }

  @Test
  void nulls_areNamed() {
    assertEquals("Argument 'scheme' must not be null",
        assertThrows(NullPointerException.class, () -> CALC.earned(null, cases(1), NONE)).getMessage());
    assertEquals("Argument 'actual' must not be null",
        assertThrows(NullPointerException.class, () -> CALC.earned(volume(RebateStyle.STEPPED).build(), null, NONE)).getMessage());
    assertEquals("Argument 'baseline' must not be null",
        assertThrows(NullPointerException.class, () -> CALC.earned(volume(RebateStyle.STEPPED).build(), cases(1), null)).getMessage());
    assertEquals("Argument 'payments' must not be null",
        assertThrows(NullPointerException.class, () -> CALC.interim(volume(RebateStyle.STEPPED).build(), cases(1), NONE, null)).getMessage());
  }
}
