package dev.keyaccount.planning.target;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One measure of a decomposed target (目标分解): its name, kind, target and the value planned for each
 * period (month), with the period weights (sales) for a ratio measure.
 *
 * <p>Seed 003, customer A, Q2: sales {@code additive("sales", 100, 25, 35, 40)}; display points
 * {@code level("display points", 30, 28, 28, 30)}; expense ratio
 * {@code ratioAtMost("expense ratio", 12, [10, 12, 11], [25, 35, 40])}. Values keep the caller's units (万元, points, percent). This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class MeasurePlan {

  MeasurePlan() {}

  /** The most periods a measure's plan has (a quarter has three months; a year, 53 weeks). */
  public static final int MAX_PERIODS = 1_000;

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An additive measure whose periods must sum to the target.
   *
   * @param name the measure's name, such as {@code "sales"}
   * @param target the target
   * @param values the planned value per period, in order
   * @return the measure plan
   * @throws NullPointerException if an argument or value is null
   * @throws IllegalArgumentException if a number is beyond the decimal bound, the name is blank, or there
   *     are no values or more than {@link #MAX_PERIODS}
   */
  public static MeasurePlan additive(String name, BigDecimal target, List<BigDecimal> values) {
    return builder().name(name).kind(MeasureKind.ADDITIVE).target(target).values(values).build();
  }

  /**
   * A level measure whose last period must reach (at least) the target.
   *
   * @param name the measure's name, such as {@code "display points"}
   * @param target the target level
   * @param values the planned level per period, in order
   * @return the measure plan
   * @throws NullPointerException if an argument or value is null
   * @throws IllegalArgumentException if a number is beyond the decimal bound, the name is blank, or there
   *     are no values or more than {@link #MAX_PERIODS}
   */
  public static MeasurePlan level(String name, BigDecimal target, List<BigDecimal> values) {
    return builder().name(name).kind(MeasureKind.LEVEL).target(target).values(values).build();
  }

  /**
   * A ratio measure whose weighted average must not exceed the target, such as the expense ratio.
   *
   * @param name the measure's name, such as {@code "expense ratio"}
   * @param target the highest acceptable weighted average
   * @param values the planned ratio per period, in order
   * @param weights the weight of each period (its sales), as many as values
   * @return the measure plan
   * @throws NullPointerException if an argument, value or weight is null
   * @throws IllegalArgumentException if a number is beyond the decimal bound, the name is blank, there are no
   *     values or more than {@link #MAX_PERIODS}, the weights do not match the values, a weight is negative
   *     or all are zero
   */
  public static MeasurePlan ratioAtMost(String name, BigDecimal target, List<BigDecimal> values,
      List<BigDecimal> weights) {
    return builder().name(name).kind(MeasureKind.RATIO).target(target).values(values).weights(weights)
        .lowerIsBetter(true).build();
  }

  /**
   * A ratio measure whose weighted average must reach at least the target, such as the display rate.
   *
   * @param name the measure's name, such as {@code "display rate"}
   * @param target the lowest acceptable weighted average
   * @param values the planned ratio per period, in order
   * @param weights the weight of each period, as many as values
   * @return the measure plan
   * @throws NullPointerException if an argument, value or weight is null
   * @throws IllegalArgumentException if a number is beyond the decimal bound, the name is blank, there are no
   *     values or more than {@link #MAX_PERIODS}, the weights do not match the values, a weight is negative
   *     or all are zero
   */
  public static MeasurePlan ratioAtLeast(String name, BigDecimal target, List<BigDecimal> values,
      List<BigDecimal> weights) {
    return builder().name(name).kind(MeasureKind.RATIO).target(target).values(values).weights(weights).build();
  }

  /**
   * The measure's name, used in messages.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The measure's kind.
   *
   * @return the kind
   */
  public abstract MeasureKind kind();

  /**
   * The target for the whole period.
   *
   * @return the target, within the decimal bound
   */
  public abstract BigDecimal target();

  /**
   * The planned value per period, in order.
   *
   * @return at least one value and at most {@link #MAX_PERIODS}, each within the decimal bound
   */
  public abstract List<BigDecimal> values();

  /**
   * The weight of each period, for a ratio measure only.
   *
   * @return as many weights as values for a ratio (not negative, within the decimal bound, not all zero),
   *     none otherwise
   */
  public abstract List<BigDecimal> weights();

  /**
   * Whether a lower value is better (expense ratio): the measure must then stay at or below the
   * target instead of reaching it. Not allowed for an additive measure, which must hit the target.
   *
   * @return true if the target is a ceiling
   */
  @Value.Default
  public boolean lowerIsBetter() {
    return false;
  }

  @Value.Check
  void check() {
    Args.notBlank(name(), "name");
    Args.notEmpty(values(), "values");
    Args.check(values().size() <= MAX_PERIODS, "values", "have at most " + MAX_PERIODS + " periods",
        values().size() + " periods");
    // Every number within the decimal bound, before the check sums or weighs them.
    Args.bounded(target(), "target");
    for (int i = 0; i < values().size(); i++) {
      Args.bounded(values().get(i), "values", i);
    }
    for (int i = 0; i < weights().size(); i++) {
      Args.bounded(weights().get(i), "weights", i);
    }
    if (kind() == MeasureKind.RATIO) {
      if (weights().size() != values().size()) {
        throw Args.invalid("weights", "have one weight per value (" + values().size() + ")", weights());
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < weights().size(); i++) {
        sum = sum.add(Args.notNegative(weights().get(i), "weights[" + i + "]"));
      }
      Args.check(sum.signum() > 0, "weights", "not all be zero", weights());
    } else {
      if (!weights().isEmpty()) {
        throw Args.invalid("weights", "be empty for kind " + kind(), weights());
      }
    }
    Args.check(!(lowerIsBetter() && kind() == MeasureKind.ADDITIVE), "lowerIsBetter",
        "be false for an additive measure, which must sum to its target", true);
  }

  /** Builds a {@link MeasurePlan}; weights are for ratio measures only. */
  public static final class Builder extends ImmutableMeasurePlan.Builder {}
}
