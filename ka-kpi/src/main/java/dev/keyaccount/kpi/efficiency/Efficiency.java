package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The efficiency of one store's or account's spend. Quotients are exact to {@link Rate#PRECISION}
 * (34 significant digits); round them for display only. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Efficiency {

  Efficiency() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The outcome measured.
   *
   * @return the outcome
   */
  public abstract SpendOutcome outcome();

  /**
   * Cost per case (每箱费用): spend / cases, in the spend's currency.
   *
   * @return the cost, positive
   */
  public abstract BigDecimal costPerCase();

  /**
   * Cases bought per 100 units of spend (每百元箱数): cases × 100 / spend.
   *
   * @return the cases, positive
   */
  public abstract BigDecimal casesPerHundred();

  /**
   * The input/output ratio (投产比): spend / sales; lower is better.
   *
   * @return the ratio
   */
  public abstract Rate inputOutputRatio();

  static final class Builder extends ImmutableEfficiency.Builder {}
}
