package dev.keyaccount.kpi.execution;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;

/**
 * The execution standard (执行标准) a store execution score is measured against: a target and a weight
 * for the display rate, activity rate, distribution rate and SKU count, weights totalling 100.
 *
 * <p>{@link #standard()} takes the targets from the outstanding band of the standard scorecard (display
 * 22%, activity 40%, 20 SKUs) and full distribution (100%), weighted 30 / 20 / 30 / 20. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExecutionStandard {

  private static final ExecutionStandard STANDARD = builder()
      .displayRateTarget(Rate.of("0.22")).displayRateWeight(30)
      .activityRateTarget(Rate.of("0.40")).activityRateWeight(20)
      .distributionRateTarget(Rate.ONE).distributionRateWeight(30)
      .skuCountTarget(20).skuCountWeight(20)
      .build();

  ExecutionStandard() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default standard.
   *
   * @return display 22% (30), activity 40% (20), distribution 100% (30), 20 SKUs (20)
   */
  public static ExecutionStandard standard() {
    return STANDARD;
  }

  /**
   * The target display rate.
   *
   * @return a rate in {@code (0, 1]}
   */
  public abstract Rate displayRateTarget();

  /**
   * The weight of the display rate.
   *
   * @return the weight, between 0 and 100
   */
  public abstract int displayRateWeight();

  /**
   * The target activity rate.
   *
   * @return a rate in {@code (0, 1]}
   */
  public abstract Rate activityRateTarget();

  /**
   * The weight of the activity rate.
   *
   * @return the weight, between 0 and 100
   */
  public abstract int activityRateWeight();

  /**
   * The target distribution rate.
   *
   * @return a rate in {@code (0, 1]}
   */
  public abstract Rate distributionRateTarget();

  /**
   * The weight of the distribution rate.
   *
   * @return the weight, between 0 and 100
   */
  public abstract int distributionRateWeight();

  /**
   * The target count of listed SKUs on shelf.
   *
   * @return the count, positive
   */
  public abstract int skuCountTarget();

  /**
   * The weight of the SKU count.
   *
   * @return the weight, between 0 and 100
   */
  public abstract int skuCountWeight();

  @Value.Check
  void check() {
    checkTarget(displayRateTarget(), "displayRateTarget");
    checkTarget(activityRateTarget(), "activityRateTarget");
    checkTarget(distributionRateTarget(), "distributionRateTarget");
    Args.positive(skuCountTarget(), "skuCountTarget");
    // Each weight within [0, 100] first: four ints near Integer.MAX_VALUE must not add up to 100.
    weight(displayRateWeight(), "displayRateWeight");
    weight(activityRateWeight(), "activityRateWeight");
    weight(distributionRateWeight(), "distributionRateWeight");
    weight(skuCountWeight(), "skuCountWeight");
    int total = displayRateWeight() + activityRateWeight() + distributionRateWeight() + skuCountWeight();
    Args.check(total == 100, "weights", "total 100", total);
  }

  private static void weight(int weight, String name) {
    Args.check(weight >= 0 && weight <= 100, name, "be between 0 and 100", weight);
  }

  private static void checkTarget(Rate target, String name) {
    Args.check(target.fraction().signum() > 0 && target.isBetweenZeroAndOne(), name, "be above 0% and at most 100%",
        target);
  }

  /** Builds an {@link ExecutionStandard}; every target and weight is required. */
  public static final class Builder extends ImmutableExecutionStandard.Builder {}
}
