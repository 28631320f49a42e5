package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;

/**
 * The change of spend efficiency between two periods. Seed: 100 yuan bought 80 cases, now 120 cases:
 * cost per case 1.25 → 0.8333, efficiency +50%. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EfficiencyChange {

  EfficiencyChange() {}

  static EfficiencyChange of(Efficiency before, Efficiency after, Rate efficiency, Rate costPerCase) {
    return ImmutableEfficiencyChange.builder().before(before).after(after).efficiencyChange(efficiency)
        .costPerCaseChange(costPerCase).build();
  }

  /**
   * The earlier period's efficiency.
   *
   * @return the efficiency
   */
  public abstract Efficiency before();

  /**
   * The later period's efficiency.
   *
   * @return the efficiency
   */
  public abstract Efficiency after();

  /**
   * The change of cases per unit of spend: after / before − 1 (positive is better).
   *
   * @return the relative change
   */
  public abstract Rate efficiencyChange();

  /**
   * The change of cost per case: after / before − 1 (negative is better).
   *
   * @return the relative change
   */
  public abstract Rate costPerCaseChange();
}
