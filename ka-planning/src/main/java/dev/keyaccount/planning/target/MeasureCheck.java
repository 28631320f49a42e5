package dev.keyaccount.planning.target;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The outcome of checking one measure of a decomposition against its target.
 *
 * <p>{@link #actual()} is what the periods amount to by the measure's kind: the sum (additive), the
 * last period (level) or the weighted average (ratio); {@link #gap()} is {@code actual − target}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureCheck {

  MeasureCheck() {}

  /**
   * The measure checked.
   *
   * @return the measure plan
   */
  public abstract MeasurePlan measure();

  /**
   * What the periods amount to: sum, last value or weighted average, by kind.
   *
   * @return the actual value
   */
  public abstract BigDecimal actual();

  /**
   * The gap {@code actual − target}; negative when short of the target.
   *
   * @return the gap
   */
  @Value.Derived
  public BigDecimal gap() {
    return actual().subtract(measure().target());
  }

  /**
   * Whether the decomposition meets the target for this measure.
   *
   * @return true if it passes
   */
  @Value.Derived
  public boolean passed() {
    int sign = gap().signum();
    switch (measure().kind()) {
      case ADDITIVE:
        return sign == 0;
      default:
        return measure().lowerIsBetter() ? sign <= 0 : sign >= 0;
    }
  }
}
