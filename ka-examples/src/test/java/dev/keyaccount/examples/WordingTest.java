package dev.keyaccount.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.MeasureCheck;
import dev.keyaccount.planning.target.MeasureKind;
import dev.keyaccount.planning.target.MeasurePlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The sentences built from the library's numbers, and the rounding each shows. */
class WordingTest {

  private static CaseEconomics economics(int price, int cost, int discount, int fixed) {
    return CaseEconomics.builder().regularPrice(Money.of(price, "CNY")).unitCost(Money.of(cost, "CNY"))
        .discountPerCase(Money.of(discount, "CNY")).fixedCosts(Money.of(fixed, "CNY")).build();
  }

  private static List<BigDecimal> bd(String... values) {
    return Stream.of(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  private static String message(MeasurePlan plan) {
    return Wording.message(DecompositionCheck.DEFAULT.check(plan));
  }

  @Test
  void verdict_seedCase_wholeCasesAndALiftToOneDecimal() {
    assertEquals("breaks even at 1500 cases (lift 50.0%, 500 incremental cases)",
        Wording.verdict(BreakEven.of(economics(10, 6, 1, 500), 1_000)));
  }

  @Test
  void verdict_noVolumeBreaksEven_namesTheDiscountAndTheMargin() {
    assertEquals("no volume breaks even: discount CNY 4 meets or exceeds the unit margin CNY 4",
        Wording.verdict(BreakEven.of(economics(10, 6, 4, 500), 1_000)));
  }

  @Test
  void verdict_zeroBaseline_showsTheWholeCasesToSell_notTheirThirtyFourDigits() {
    BreakEven be = BreakEven.of(economics(10, 6, 1, 500), 0);
    assertTrue(be.breakEvenCases().orElseThrow().precision() > 30);
    assertEquals("breaks even at 167 cases (no lift over a zero baseline, 167 incremental cases)", Wording.verdict(be));
  }

  @Test
  void message_perKind() {
    assertEquals("'sales' (additive): periods sum to 99, target exactly 100, gap -1 (fails)",
        message(MeasurePlan.additive("sales", new BigDecimal("100"), bd("25", "35", "39"))));
    assertEquals("'display points' (level): last period reaches 29, target at least 30, gap -1 (fails)",
        message(MeasurePlan.level("display points", new BigDecimal("30"), bd("28", "28", "29"))));
    assertEquals("'out-of-stock points' (level): last period reaches 6, target at most 5, gap 1 (fails)",
        message(MeasurePlan.builder().name("out-of-stock points").kind(MeasureKind.LEVEL).target(new BigDecimal("5"))
            .values(bd("4", "6")).lowerIsBetter(true).build()));
    assertEquals("'expense ratio' (ratio): weighted average is 11.1, target at most 12, gap -0.9 (passes)",
        message(MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"), bd("10", "12", "11"),
            bd("25", "35", "40"))));
    assertEquals("'expense ratio' (ratio): weighted average is 12, target at most 12, gap 0 (passes)",
        message(MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"), bd("12.0", "12.00"), bd("30", "70"))));
    assertEquals("'display rate' (ratio): weighted average is 0.225, target at least 0.22, gap 0.005 (passes)",
        message(MeasurePlan.ratioAtLeast("display rate", new BigDecimal("0.22"), bd("0.20", "0.25"), bd("1", "1"))));
  }

  @Test
  void message_showsAtMostFourDecimals_theValueKeepsThemAll() {
    MeasureCheck c = DecompositionCheck.DEFAULT.check(MeasurePlan.ratioAtLeast("display rate", new BigDecimal("0.22"),
        bd("0.20", "0.25"), bd("1", "2")));
    assertTrue(c.actual().scale() > 30, c.actual().toPlainString());
    assertEquals("'display rate' (ratio): weighted average is 0.2333, target at least 0.22, gap 0.0133 (passes)",
        Wording.message(c));
    assertEquals("12345678901234567890", Wording.shown(new BigDecimal("1.234567890123456789E+19")));
    assertEquals("0.0001", Wording.shown(new BigDecimal("0.00005")));
  }
}
