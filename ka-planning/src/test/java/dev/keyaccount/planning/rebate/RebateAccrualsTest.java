package dev.keyaccount.planning.rebate;

import static dev.keyaccount.planning.rebate.RebateCalculatorTest.NONE;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.cases;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.cny;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.sales;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.value;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/** A tiered rebate's settlements as spend accruals: worked by hand, the sum property, every rejected input. */
class RebateAccrualsTest {

  static final RebateCalculator CALC = RebateCalculator.DEFAULT;
  static final LocalDate APR = LocalDate.of(2026, 4, 1);
  static final LocalDate JUL = LocalDate.of(2026, 7, 1);

  @Test
  void line_isABillBackRebateOfTheAgreement() {
    SpendLine line = RebateAccruals.DEFAULT.line(volume(RebateStyle.CUMULATIVE).build());
    assertEquals("CRF-2026-REBATE", line.id());
    assertEquals(SpendSource.AGREEMENT_LINE, line.source());
    assertEquals("CRF", line.accountId());
    assertEquals(FeeType.REBATE, line.feeType());
    assertEquals(FundingMethod.BILL_BACK, line.method());
    assertEquals(Optional.of("CRF-2026-REBATE"), line.reference());
    assertEquals(RebateCalculatorTest.YEAR, line.period());
    // the top tier's rate, for reference: 1.50 per case; 2% of sales for the value scheme
    assertEquals(Optional.of(cny("1.50")), line.perCase());
    assertEquals(Optional.of(Rate.of("0.02")), RebateAccruals.DEFAULT.line(value(RebateStyle.STEPPED).build()).salesRate());
  }

  @Test
  void seed_cumulativeVolume_twoInterimsAndTheFinal() {
    RebateScheme scheme = volume(RebateStyle.CUMULATIVE).build();
    // Q1: 800 cases reach the 0.50 tier: 800 × 0.50 = 400.00 paid.
    Money q1 = CALC.interim(scheme, cases(800), NONE, List.of());
    // H1: 3,000 cases reach the 1.00 tier: 3,000 × 1.00 − 400 = 2,600.00 paid.
    Money q2 = CALC.interim(scheme, cases(3_000), NONE, List.of(q1));
    // Year: 6,000 cases reach the 1.50 tier: 6,000 × 1.50 = 9,000.00; final 9,000 − 3,000 = 6,000.00.
    RebateSettlement settlement = CALC.settle(scheme, cases(6_000), NONE, List.of(q1, q2));
    List<SpendAccrual> accruals = RebateAccruals.DEFAULT.accruals(scheme, List.of(APR, JUL), List.of(q1, q2), Optional.of(settlement));
    assertEquals(List.of(cny("400"), cny("2600"), cny("6000")), amounts(accruals));
    assertEquals(List.of("CRF-2026-REBATE@2026-01-01/2026-04-01", "CRF-2026-REBATE@2026-04-01/2026-07-01",
        "CRF-2026-REBATE@2026-07-01/2027-01-01"), accruals.stream().map(SpendAccrual::id).collect(Collectors.toList()));
    // 400 + 2,600 + 6,000 = 9,000 = the year's rebate, each unit once; all of it claimable.
    assertEquals(settlement.earned(), Monies.sum(amounts(accruals), Currencies.CNY));
    assertEquals(cny("6000"), accruals.get(2).claimableAmount());
    assertEquals(OptionalInt.of(2), CALC.tierReached(scheme, cases(6_000), NONE));
  }

  @Test
  void seed_overpaidInterim_finalAccruesZero() {
    RebateScheme scheme = volume(RebateStyle.CUMULATIVE).build();
    // H1: 1,200 cases × 1.00 = 1,200.00 paid; returns bring the year to 900 cases × 0.50 = 450.00:
    // the final would be 450 − 1,200 = −750; without a clawback it is 0 and 750 is reported as excess.
    Money h1 = CALC.interim(scheme, cases(1_200), NONE, List.of());
    RebateSettlement settlement = CALC.settle(scheme, cases(900), NONE, List.of(h1));
    assertEquals(cny("750"), settlement.excessNotRecovered());
    List<SpendAccrual> accruals = RebateAccruals.DEFAULT.accruals(scheme, List.of(JUL), List.of(h1), Optional.of(settlement));
    assertEquals(List.of(cny("1200"), cny("0")), amounts(accruals));
    // With a clawback the final is −750.00: money owed back, not spend to claim; it accrues zero too.
    RebateScheme clawback = volume(RebateStyle.CUMULATIVE).clawbackAllowed(true).build();
    RebateSettlement back = CALC.settle(clawback, cases(900), NONE, List.of(h1));
    assertEquals(cny("-750"), back.finalPayment());
    assertEquals(List.of(cny("1200"), cny("0")), amounts(RebateAccruals.DEFAULT.accruals(clawback, List.of(JUL), List.of(h1),
        Optional.of(back))));
  }

  @Test
  void seed_steppedValue_whileThePeriodRuns() {
    RebateScheme scheme = value(RebateStyle.STEPPED).build();
    // Q1 net sales 300,000: (300,000 − 100,000) × 1% = 2,000.00; not settled yet: only the interim accrues.
    Money q1 = CALC.interim(scheme, sales("300000"), NONE, List.of());
    List<SpendAccrual> accruals = RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(q1), Optional.empty());
    assertEquals(List.of(cny("2000")), amounts(accruals));
    assertEquals(LocalDateRange.of(LocalDate.of(2026, 1, 1), APR), accruals.get(0).period());
    assertEquals(OptionalInt.of(0), CALC.tierReached(scheme, sales("300000"), NONE));
    // 99,999.99 is below the first threshold: no tier reached.
    assertEquals(OptionalInt.empty(), CALC.tierReached(scheme, sales("99999.99"), NONE));
  }

  @Test
  void accrualsAddUpToWhatIsPaidOrPayable() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      RebateScheme scheme = RebateProperties.randomScheme(random)
          .style(random.nextBoolean() ? RebateStyle.STEPPED : RebateStyle.CUMULATIVE)
          .clawbackAllowed(random.nextBoolean()).build();
      if (scheme.tiers().get(scheme.tiers().size() - 1).rate().signum() == 0) {
        return;
      }
      List<Money> paid = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      long toDate = 0;
      int interims = random.nextInt(12);
      for (int i = 0; i < interims; i++) {
        toDate += random.nextInt(10_000);
        paid.add(CALC.interim(scheme, cases(toDate), NONE, paid));
        dates.add(LocalDate.of(2026, i + 1, 15));
      }
      long full = Math.max(0, toDate + random.nextInt(20_000) - 10_000);
      RebateSettlement s = CALC.settle(scheme, cases(full), NONE, paid);
      Money total = Monies.sum(amounts(RebateAccruals.DEFAULT.accruals(scheme, dates, paid, Optional.of(s))), Currencies.CNY);
      // interimPaid + max(0, final) = earned + excess (no clawback) or earned + what the clawback recovers
      Money payable = Monies.add(s.interimPaid(), s.finalPayment().isNegative() ? cny("0") : s.finalPayment());
      assertEquals(payable, total);
      if (!s.finalPayment().isNegative()) {
        assertEquals(Monies.add(s.earned(), s.excessNotRecovered()), total);
      }
    });
  }

  static Stream<Arguments> rejected() {
    RebateScheme scheme = volume(RebateStyle.CUMULATIVE).build();
    RebateSettlement settled = CALC.settle(scheme, cases(900), NONE, List.of(cny("400")));
    RebateScheme nothing = RebateScheme.builder().from(scheme).tiers(List.of(RebateTier.ofVolume(0, cny("0")))).build();
    return Stream.of(
        iae("pays nothing", () -> RebateAccruals.DEFAULT.line(nothing),
            "Argument 'scheme' must pay a positive rate at its top tier but has value CRF-2026-REBATE"),
        iae("dates out of order", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(JUL, APR), List.of(cny("1"), cny("1")), NONE_SETTLED),
            "Argument 'interimDates[1]' must be after 2026-07-01 and before the period's end 2027-01-01 but has value 2026-04-01"),
        iae("date on the start", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(LocalDate.of(2026, 1, 1)), List.of(cny("1")), NONE_SETTLED),
            "Argument 'interimDates[0]' must be after 2026-01-01 and before the period's end 2027-01-01 but has value 2026-01-01"),
        iae("date on the end", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(LocalDate.of(2027, 1, 1)), List.of(cny("1")), NONE_SETTLED),
            "Argument 'interimDates[0]' must be after 2026-01-01 and before the period's end 2027-01-01 but has value 2027-01-01"),
        iae("counts differ", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(), NONE_SETTLED),
            "Argument 'interimPayments' must number as many as the 1 interim dates but has value 0"),
        iae("61 interims", () -> RebateAccruals.DEFAULT.accruals(scheme, Collections.nCopies(61, APR), Collections.nCopies(61, cny("1")), NONE_SETTLED),
            "Argument 'interimDates' must number at most 60 but has value 61"),
        iae("negative payment", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(cny("-1")), NONE_SETTLED),
            "Argument 'interimPayments[0]' must not be negative but has value CNY -1"),
        iae("payment in USD", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(Money.of(1, "USD")), NONE_SETTLED),
            "Argument 'interimPayments[0]' must be in currency CNY but is in USD (value USD 1)"),
        iae("payment below the fen", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(cny("0.001")), NONE_SETTLED),
            "Argument 'interimPayments[0]' must be a whole number of minor units but has value CNY 0.001"),
        iae("settlement of other interims", () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(cny("300")),
            Optional.of(settled)),
            "Argument 'settlement.interimPaid' must equal the interim payments' sum CNY 300 but has value CNY 400"));
  }

  static final Optional<RebateSettlement> NONE_SETTLED = Optional.empty();

  static Arguments iae(String name, Executable call, String message) {
    return Arguments.of(name, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsInput_withItsMessage(String name, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void nulls_areNamed() {
    RebateScheme scheme = volume(RebateStyle.CUMULATIVE).build();
    assertThrows(NullPointerException.class, () -> RebateAccruals.DEFAULT.line(null));
    assertThrows(NullPointerException.class, () -> RebateAccruals.DEFAULT.accruals(scheme, null, List.of(), NONE_SETTLED));
    assertThrows(NullPointerException.class, () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(), null, NONE_SETTLED));
    assertThrows(NullPointerException.class, () -> RebateAccruals.DEFAULT.accruals(scheme, List.of(), List.of(), null));
  }

  private static List<Money> amounts(List<SpendAccrual> accruals) {
    return accruals.stream().map(SpendAccrual::amount).collect(Collectors.toList());
  }
}
