package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.planning.baseline.BaselineEstimator;
import dev.keyaccount.planning.baseline.BaselinePolicy;
import dev.keyaccount.planning.baseline.LiftAnalysis;
import dev.keyaccount.planning.baseline.WeeklySales;
import dev.keyaccount.planning.promotion.CaseEconomics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearWeek;

/** Estimates a promotion's baseline from weekly sales and measures its lift and post-promotion dip. */
public final class BaselineLiftExample {

  private BaselineLiftExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long[] cases = {100, 120, 90, 110, 400, 105, 200, 180, 80, 100};
    Set<Integer> promoted = Set.of(5, 7, 8);
    List<WeeklySales> history = new ArrayList<>();
    for (int i = 0; i < cases.length; i++) {
      history.add(WeeklySales.of("CARREFOUR-SH", "BEER-500ML", YearWeek.of(2026, i + 1), cases[i],
          promoted.contains(i + 1)));
    }
    BaselineEstimator estimator = new BaselineEstimator(
        BaselinePolicy.builder().baselineWeeks(4).dipWeeks(2).build());
    LiftAnalysis lift = estimator.analyse(history, YearWeek.of(2026, 7), YearWeek.of(2026, 8));
    System.out.println(lift.baselineLevel());        // 107.5 (median of weeks 2, 3, 4, 6)
    System.out.println(lift.incrementalCases());     // 165.0 (380 sold − 215 baseline)
    System.out.println(lift.lift().orElseThrow());   // 76.7%
    System.out.println(lift.dipCases());             // 35.0 (pantry loading in weeks 9 and 10)

    CaseEconomics economics = CaseEconomics.builder().regularPrice(Money.of(10, Currencies.CNY))
        .unitCost(Money.of(6, Currencies.CNY)).discountPerCase(Money.of(1, Currencies.CNY))
        .fixedCosts(Money.of(500, Currencies.CNY)).build();
    System.out.println(lift.breakEven(economics).breakEvenCasesWhole().orElseThrow());  // 454
    System.out.println(lift.postEventEvaluation(economics).netRoi().orElseThrow());     // -25.0%
  }
}
