package dev.keyaccount.planning.target;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a decomposition against its target by measure kind (分解校验).
 *
 * <ul>
 *   <li>additive (sales): the periods must sum to the target exactly;</li>
 *   <li>level (display points, SKUs): the last period must reach the target (or stay at or below it
 *       when lower is better);</li>
 *   <li>ratio (expense ratio): the average weighted by each period's weight (sales) must meet the target;
 *       seed 003: (25×10 + 35×12 + 40×11) / 100 = 11.1 ≤ 12.</li>
 * </ul>
 * Weighted averages are computed to {@link Rate#PRECISION}, trailing zeros dropped (12.0 is 12), and never
 * rounded further. This class is
 * stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class DecompositionCheck {

  /** The shared instance. */
  public static final DecompositionCheck DEFAULT = new DecompositionCheck();

  private DecompositionCheck() {}

  /**
   * Checks one measure.
   *
   * @param measure the measure plan
   * @return the check, with actual value, gap and message
   * @throws NullPointerException if the measure is null
   */
  public MeasureCheck check(MeasurePlan measure) {
    Args.notNull(measure, "measure");
    List<BigDecimal> values = measure.values();
    BigDecimal actual;
    switch (measure.kind()) {
      case ADDITIVE:
        actual = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        break;
      case LEVEL:
        actual = values.get(values.size() - 1);
        break;
      default:
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
          weighted = weighted.add(values.get(i).multiply(measure.weights().get(i)));
          weights = weights.add(measure.weights().get(i));
        }
        BigDecimal average = weighted.divide(weights, Rate.PRECISION).stripTrailingZeros();
        actual = average.setScale(Math.max(0, average.scale()));
        break;
    }
    return ImmutableMeasureCheck.builder().measure(measure).actual(actual).build();
  }

  /**
   * Checks every measure of a decomposition.
   *
   * @param measures the measure plans
   * @return one check per measure, in order
   * @throws NullPointerException if the list or a measure is null
   */
  public DecompositionReport check(List<MeasurePlan> measures) {
    Args.notNull(measures, "measures");
    ImmutableDecompositionReport.Builder report = ImmutableDecompositionReport.builder();
    for (int i = 0; i < measures.size(); i++) {
      report.addChecks(check(Args.notNull(measures.get(i), "measures", i)));
    }
    return report.build();
  }
}
