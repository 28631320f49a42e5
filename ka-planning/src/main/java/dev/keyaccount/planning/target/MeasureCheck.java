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

  /**
   * A sentence for a person naming the measure, its kind, the actual value, the target and the gap,
   * each shown to at most four decimals, rounded half-up, without trailing zeros (the exact figures are
   * {@link #actual()} and {@link #gap()}). Computed on each call; no part of the value or its equality.
   *
   * @return the message
   */
  public String message() {
    MeasurePlan m = measure();
    String what;
    switch (m.kind()) {
      case ADDITIVE:
        what = "periods sum to ";
        break;
      case LEVEL:
        what = "last period reaches ";
        break;
      default:
        what = "weighted average is ";
        break;
    }
    String bound = m.kind() == MeasureKind.ADDITIVE ? "exactly " : m.lowerIsBetter() ? "at most " : "at least ";
    return "'" + m.name() + "' (" + m.kind().name().toLowerCase(java.util.Locale.ROOT) + "): " + what
        + shown(actual()) + ", target " + bound + shown(m.target()) + ", gap "
        + shown(gap()) + (passed() ? " (passes)" : " (fails)");
  }

  /** At most four decimals, half-up, no trailing zeros, never in exponent form. */
  private static String shown(BigDecimal value) {
    BigDecimal rounded = value.setScale(Math.min(4, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return rounded.setScale(Math.max(0, rounded.scale())).toPlainString();
  }
}
