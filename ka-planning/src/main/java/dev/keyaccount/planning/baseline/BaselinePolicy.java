package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;

/**
 * How a baseline is estimated: the number of unpromoted weeks before an event whose median is the
 * baseline, and the number of weeks after it watched for a post-promotion dip (pantry loading, 囤货).
 *
 * <p>The {@link #standard()} policy takes the median of the last 8 unpromoted weeks and watches 4
 * weeks after the event. Bounds: baseline weeks in {@code [1, }{@value #MAX_BASELINE_WEEKS}{@code ]}, dip
 * weeks in {@code [0, }{@value #MAX_DIP_WEEKS}{@code ]}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BaselinePolicy {

  /** The most baseline weeks a policy may ask for: one year. */
  public static final int MAX_BASELINE_WEEKS = 52;
  /** The most weeks after an event a policy may watch: one quarter. */
  public static final int MAX_DIP_WEEKS = 13;

  private static final BaselinePolicy STANDARD = builder().baselineWeeks(8).dipWeeks(4).build();

  BaselinePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard policy: median of the last 8 unpromoted weeks, dip watched over 4 weeks.
   *
   * @return the standard policy
   */
  public static BaselinePolicy standard() {
    return STANDARD;
  }

  /**
   * The number N of unpromoted weeks before the event whose median is the baseline; when the history
   * holds fewer, all of them are used.
   *
   * @return N, in {@code [1, MAX_BASELINE_WEEKS]}
   */
  public abstract int baselineWeeks();

  /**
   * The number M of weeks after the event watched for a dip.
   *
   * @return M, in {@code [0, MAX_DIP_WEEKS]}
   */
  public abstract int dipWeeks();

  @Value.Check
  void check() {
    Args.check(baselineWeeks() >= 1 && baselineWeeks() <= MAX_BASELINE_WEEKS, "baselineWeeks",
        "be between 1 and " + MAX_BASELINE_WEEKS, baselineWeeks());
    Args.check(dipWeeks() >= 0 && dipWeeks() <= MAX_DIP_WEEKS, "dipWeeks",
        "be between 0 and " + MAX_DIP_WEEKS, dipWeeks());
  }

  /** Builds {@link BaselinePolicy} values. */
  public static final class Builder extends ImmutableBaselinePolicy.Builder {}
}
