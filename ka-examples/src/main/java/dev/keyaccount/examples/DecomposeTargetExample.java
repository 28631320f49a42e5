package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.DecompositionReport;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearQuarter;

/** Decomposes customer A's Q2 target to months and checks the plan against its targets (seed 003). */
public final class DecomposeTargetExample {

  private DecomposeTargetExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Map<YearMonth, Money> months = TargetDecomposer.DEFAULT.toMonths(
        Money.of(1_000_000, Currencies.CNY), YearQuarter.of(2026, 2), List.of(25, 35, 40));
    System.out.println(months);  // {2026-04=CNY 250000, 2026-05=CNY 350000, 2026-06=CNY 400000}

    DecompositionReport report = DecompositionCheck.DEFAULT.check(List.of(
        MeasurePlan.additive("sales (万元)", new BigDecimal("100"), decimals(25, 35, 40)),
        MeasurePlan.level("display points", new BigDecimal("30"), decimals(28, 28, 30)),
        MeasurePlan.level("SKUs", new BigDecimal("12"), decimals(12, 12, 12)),
        MeasurePlan.ratioAtMost("expense ratio (%)", new BigDecimal("12"), decimals(10, 12, 11),
            decimals(25, 35, 40))));  // sales-weighted: 11.1% ≤ 12%
    System.out.println(report.passed());  // true
    report.failures().forEach(failure -> System.out.println(failure.measure().name()));  // none
  }

  private static List<BigDecimal> decimals(int... values) {
    return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).collect(java.util.stream.Collectors.toList());
  }
}
