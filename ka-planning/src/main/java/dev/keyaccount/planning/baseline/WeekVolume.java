package dev.keyaccount.planning.baseline;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.threeten.extra.YearWeek;

/**
 * One week of an event or of the weeks after it: the cases sold and the baseline expected. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeekVolume {

  WeekVolume() {}

  static WeekVolume of(YearWeek week, long actualCases, BigDecimal baselineCases) {
    return ImmutableWeekVolume.builder().week(week).actualCases(actualCases).baselineCases(baselineCases).build();
  }

  /**
   * The week.
   *
   * @return the ISO week
   */
  public abstract YearWeek week();

  /**
   * The cases sold.
   *
   * @return the cases
   */
  public abstract long actualCases();

  /**
   * The baseline of the week: the median level × the week's seasonal index, exact.
   *
   * @return the baseline cases
   */
  public abstract BigDecimal baselineCases();

  /**
   * The cases sold above the baseline.
   *
   * @return actual − baseline, exact, negative when the week sold less than the baseline
   */
  public BigDecimal incrementalCases() {
    return BigDecimal.valueOf(actualCases()).subtract(baselineCases());
  }
}
