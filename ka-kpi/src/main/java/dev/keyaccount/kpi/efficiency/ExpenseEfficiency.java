package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Expense efficiency (费用使用效率): the goal is more cases per unit of spend, not less spend.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class ExpenseEfficiency {

  /** The calculator. */
  public static final ExpenseEfficiency DEFAULT = new ExpenseEfficiency();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /**
   * By the exact input/output ratio, then by id: spend / sales compared as {@code spendA × salesB} with
   * {@code spendB × salesA} (sales are positive), so that two ratios equal only to the 34 digits a
   * {@link Rate} keeps are still told apart.
   */
  private static final Comparator<Efficiency> BY_RATIO = ((Comparator<Efficiency>) ExpenseEfficiency::compareRatios)
      .thenComparing(e -> e.outcome().id());

  private ExpenseEfficiency() {}

  private static int compareRatios(Efficiency a, Efficiency b) {
    SpendOutcome x = a.outcome();
    SpendOutcome y = b.outcome();
    return Monies.decimal(x.spend()).multiply(Monies.decimal(y.sales()))
        .compareTo(Monies.decimal(y.spend()).multiply(Monies.decimal(x.sales())));
  }

  /**
   * Measures one store's or account's efficiency.
   *
   * @param outcome what the spend bought
   * @return cost per case, cases per 100 and the input/output ratio
   * @throws NullPointerException if the outcome is null
   */
  public Efficiency measure(SpendOutcome outcome) {
    Args.notNull(outcome, "outcome");
    BigDecimal spend = Monies.decimal(outcome.spend());
    BigDecimal cases = BigDecimal.valueOf(outcome.cases());
    return Efficiency.builder()
        .outcome(outcome)
        .costPerCase(spend.divide(cases, Rate.PRECISION))
        .casesPerHundred(cases.multiply(HUNDRED).divide(spend, Rate.PRECISION))
        .inputOutputRatio(Rate.ratio(outcome.spend(), outcome.sales()))
        .build();
  }

  /**
   * Ranks stores or accounts by input/output ratio, best (lowest) first, ties by id: the order in
   * which the expense-first principle funds them. An outcome that cannot be ranked (null, a repeated
   * id, or spend in another currency than the first outcome's) is left out and reported as a failure item.
   *
   * @param outcomes the outcomes
   * @return their efficiencies, ranked, and the failure items
   * @throws NullPointerException if the list is null
   */
  public EfficiencyRanking rank(List<SpendOutcome> outcomes) {
    Args.notNull(outcomes, "outcomes");
    List<Efficiency> result = new ArrayList<>(outcomes.size());
    Failures failures = new Failures("outcomes");
    CurrencyUnit currency = null;
    for (int i = 0; i < outcomes.size(); i++) {
      SpendOutcome outcome = outcomes.get(i);
      if (failures.isNull(outcome, i)) {
        continue;
      }
      if (currency == null) {
        currency = outcome.spend().getCurrency();
      }
      if (!failures.isOtherCurrency(outcome.spend(), currency, i, outcome.id(), "spend")
          && !failures.isDuplicate(outcome.id(), i)) {
        result.add(measure(outcome));
      }
    }
    result.sort(BY_RATIO);
    return EfficiencyRanking.of(result, failures.items());
  }

  /**
   * Compares the efficiency of two periods.
   *
   * @param before the earlier period
   * @param after the later period, in the same currency
   * @return the change of efficiency and of cost per case
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the currencies differ (naming both), or the outcomes are so far apart
   *     that a change is beyond the decimal bound
   */
  public EfficiencyChange change(SpendOutcome before, SpendOutcome after) {
    Args.notNull(before, "before");
    Args.notNull(after, "after");
    Monies.requireSameCurrency(before.spend(), after.spend(), "after");
    Efficiency b = measure(before);
    Efficiency a = measure(after);
    // cases/spend after ÷ cases/spend before, computed from the exact inputs rather than rounded quotients.
    BigDecimal efficiency = BigDecimal.valueOf(after.cases()).multiply(Monies.decimal(before.spend()))
        .divide(BigDecimal.valueOf(before.cases()).multiply(Monies.decimal(after.spend())), Rate.PRECISION);
    BigDecimal cost = Monies.decimal(after.spend()).multiply(BigDecimal.valueOf(before.cases()))
        .divide(Monies.decimal(before.spend()).multiply(BigDecimal.valueOf(after.cases())), Rate.PRECISION);
    return EfficiencyChange.of(b, a, Rate.of(change(efficiency)), Rate.of(change(cost)));
  }

  /**
   * A ratio's change, within the decimal bound: two outcomes far enough apart (a spend of CNY 0.01 against
   * one of 10^30) change by more than a rate holds, which is said of the outcomes.
   */
  private static BigDecimal change(BigDecimal ratio) {
    return Args.bounded(ratio.subtract(BigDecimal.ONE), "after (its change from before)");
  }
}
