package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.YearWeek;

/**
 * The baseline and lift of one promotion event for one account and product (促销增量分析).
 *
 * <ul>
 *   <li>baseline level: the median of the unpromoted weeks in {@link #baselineWeeks()};</li>
 *   <li>each event week's baseline: level × seasonal index; {@link #baselineCases()} their sum;</li>
 *   <li>{@link #incrementalCases()}: actual − baseline over the event weeks;</li>
 *   <li>{@link #lift()}: incremental / baseline, empty when the baseline is zero (never infinity);</li>
 *   <li>{@link #dipCases()}: baseline − actual over the unpromoted weeks after the event (pantry
 *       loading), and {@link #netIncrementalCases()} = incremental − dip.</li>
 * </ul>
 * Volumes are exact; the lift is exact to {@link Rate#PRECISION}. {@link #baselineCasesWhole()} rounds
 * {@link RoundingMode#HALF_UP} to whole cases, the only rounding, for {@link BreakEven} and
 * {@link PostEventEvaluation}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LiftAnalysis {

  LiftAnalysis() {}

  /**
   * The unpromoted weeks the baseline level is the median of, oldest first.
   *
   * @return the weeks, at least one and at most the policy's baseline weeks
   */
  public abstract List<YearWeek> baselineWeeks();

  /**
   * The baseline level: the median of the baseline weeks' cases (the mean of the middle two for an
   * even count), exact.
   *
   * @return the level, not negative
   */
  public abstract BigDecimal baselineLevel();

  /**
   * The event's weeks, in order.
   *
   * @return the weeks with their actual and baseline cases
   */
  public abstract List<WeekVolume> eventWeeks();

  /**
   * The weeks after the event watched for a dip: those of the policy's dip weeks that the history
   * holds and that are not promoted, in order.
   *
   * @return the weeks, possibly none
   */
  public abstract List<WeekVolume> dipWeeks();

  /**
   * The cases sold over the event.
   *
   * @return the sum of the event weeks' cases
   */
  public long actualCases() {
    return eventWeeks().stream().mapToLong(WeekVolume::actualCases).sum();
  }

  /**
   * The baseline over the event.
   *
   * @return the sum of the event weeks' baselines, exact
   */
  public BigDecimal baselineCases() {
    return eventWeeks().stream().map(WeekVolume::baselineCases).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The incremental volume of the event.
   *
   * @return actual − baseline over the event weeks, exact
   */
  public BigDecimal incrementalCases() {
    return BigDecimal.valueOf(actualCases()).subtract(baselineCases());
  }

  /**
   * The lift: incremental / baseline.
   *
   * @return the lift, or empty when the baseline is zero (a lift over nothing is undefined)
   */
  public Optional<Rate> lift() {
    BigDecimal baseline = baselineCases();
    return baseline.signum() == 0 ? Optional.empty() : Optional.of(Rate.ratio(incrementalCases(), baseline));
  }

  /**
   * The post-promotion dip: the cases the weeks after the event sold below their baseline.
   *
   * @return baseline − actual over the dip weeks, exact; negative when they sold above the baseline
   */
  public BigDecimal dipCases() {
    return dipWeeks().stream().map(w -> w.incrementalCases().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The incremental volume net of the dip.
   *
   * @return incremental − dip, exact
   */
  public BigDecimal netIncrementalCases() {
    return incrementalCases().subtract(dipCases());
  }

  /**
   * The event's baseline in whole cases, rounded half-up.
   *
   * @return the baseline cases
   */
  public long baselineCasesWhole() {
    return baselineCases().setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * The break-even point of the event against this baseline (rounded half-up to whole cases).
   *
   * @param economics the per-case economics
   * @return the break-even point
   * @throws NullPointerException if the economics are null
   */
  public BreakEven breakEven(CaseEconomics economics) {
    return BreakEven.of(economics, baselineCasesWhole());
  }

  /**
   * The post-event evaluation of the event against this baseline (rounded half-up to whole cases).
   *
   * @param economics the per-case economics
   * @return the evaluation of the actual cases
   * @throws NullPointerException if the economics are null
   */
  public PostEventEvaluation postEventEvaluation(CaseEconomics economics) {
    return PostEventEvaluation.of(economics, baselineCasesWhole(), actualCases());
  }
}
