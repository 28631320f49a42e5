package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.threeten.extra.YearWeek;

/**
 * Estimates a promotion's baseline from weekly sales and measures its lift (基线与增量).
 *
 * <p>The history is one account's weekly sales of one product, in any order. The baseline level is the
 * median of the last N unpromoted weeks before the event's first week (N from the policy; all of them
 * when fewer exist); promoted weeks never enter it, whatever they sold. Each event week's baseline is
 * the level × its {@link SeasonalIndex}. The M weeks after the event (from the policy) that the history
 * holds and that are not promoted are the dip weeks. The event's weeks are the ones given, whether or
 * not they are marked promoted, and each must be in the history.
 *
 * <p>Bounds: at most {@value #MAX_HISTORY_WEEKS} weeks of history, one entry per week; events at most
 * {@value #MAX_EVENT_WEEKS} weeks long, their weeks in the years a history week may have
 * ({@link WeeklySales#MIN_YEAR} to {@link WeeklySales#MAX_YEAR}). This class is stateless and
 * thread-safe; use {@link #DEFAULT} or pass a policy.
 */
public final class BaselineEstimator {

  /** The most weeks of history accepted: ten years. */
  public static final int MAX_HISTORY_WEEKS = 520;
  /** The longest event accepted, in weeks. */
  public static final int MAX_EVENT_WEEKS = 26;

  /** The estimator with the {@link BaselinePolicy#standard() standard} policy. */
  public static final BaselineEstimator DEFAULT = new BaselineEstimator(BaselinePolicy.standard());

  private final BaselinePolicy policy;

  /**
   * Returns an estimator with a policy.
   *
   * @param policy the baseline and dip weeks
   * @throws NullPointerException if the policy is null
   */
  public BaselineEstimator(BaselinePolicy policy) {
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public BaselinePolicy policy() {
    return policy;
  }

  /**
   * Analyses an event without seasonality.
   *
   * @param history the weekly sales of one account and product
   * @param firstWeek the event's first week
   * @param lastWeek the event's last week, inclusive
   * @return the analysis
   * @throws NullPointerException if an argument or a history entry is null
   * @throws IllegalArgumentException as {@link #analyse(List, YearWeek, YearWeek, SeasonalIndex)}
   */
  public LiftAnalysis analyse(List<WeeklySales> history, YearWeek firstWeek, YearWeek lastWeek) {
    return analyse(history, firstWeek, lastWeek, SeasonalIndex.none());
  }

  /**
   * Analyses an event.
   *
   * @param history the weekly sales of one account and product
   * @param firstWeek the event's first week
   * @param lastWeek the event's last week, inclusive
   * @param seasonality the seasonal index applied to the baseline level
   * @return the analysis
   * @throws NullPointerException if an argument or a history entry is null
   * @throws IllegalArgumentException if the history is empty or too long, mixes accounts or products,
   *     repeats a week, misses an event week or holds no unpromoted week before the event, or if the
   *     event ends before it starts, is too long or has a week outside the years of a history week
   */
  public LiftAnalysis analyse(List<WeeklySales> history, YearWeek firstWeek, YearWeek lastWeek,
      SeasonalIndex seasonality) {
    Args.notEmpty(history, "history");
    Args.notNull(firstWeek, "firstWeek");
    Args.notNull(lastWeek, "lastWeek");
    Args.notNull(seasonality, "seasonality");
    if (history.size() > MAX_HISTORY_WEEKS) {
      throw Args.invalid("history", "have at most " + MAX_HISTORY_WEEKS + " weeks", history.size() + " weeks");
    }
    // The event's weeks are history weeks, within the years a history week may have: checked first, so
    // that an extreme week (year 999,999,999) is named rather than overflowing the week arithmetic.
    checkYear(firstWeek, "firstWeek");
    checkYear(lastWeek, "lastWeek");
    if (lastWeek.isBefore(firstWeek)) {
      throw Args.invalid("lastWeek", "not be before the first week " + firstWeek, lastWeek);
    }
    if (lastWeek.isAfter(firstWeek.plusWeeks(MAX_EVENT_WEEKS - 1L))) {
      throw Args.invalid("lastWeek", "be at most " + MAX_EVENT_WEEKS + " weeks after the first week " + firstWeek,
          lastWeek);
    }
    NavigableMap<YearWeek, WeeklySales> weeks = index(history);

    List<Long> baselineCases = new ArrayList<>();
    List<YearWeek> baselineWeeks = new ArrayList<>();
    for (WeeklySales s : weeks.headMap(firstWeek, false).descendingMap().values()) {
      if (baselineWeeks.size() == policy.baselineWeeks()) {
        break;
      }
      if (!s.promoted()) {
        baselineWeeks.add(s.week());
        baselineCases.add(s.cases());
      }
    }
    if (baselineWeeks.isEmpty()) {
      throw Args.invalid("history", "hold an unpromoted week before the event's first week " + firstWeek,
          history.size() + " weeks");
    }
    Collections.reverse(baselineWeeks);
    BigDecimal level = median(baselineCases);

    List<WeekVolume> event = new ArrayList<>();
    for (YearWeek w = firstWeek; !w.isAfter(lastWeek); w = w.plusWeeks(1)) {
      WeeklySales s = weeks.get(w);
      if (s == null) {
        throw Args.invalid("history", "hold every event week", "no entry for " + w);
      }
      event.add(WeekVolume.of(w, s.cases(), level.multiply(seasonality.of(w))));
    }
    List<WeekVolume> dip = new ArrayList<>();
    for (int i = 1; i <= policy.dipWeeks(); i++) {
      YearWeek w = lastWeek.plusWeeks(i);
      WeeklySales s = weeks.get(w);
      if (s != null && !s.promoted()) {
        dip.add(WeekVolume.of(w, s.cases(), level.multiply(seasonality.of(w))));
      }
    }
    return ImmutableLiftAnalysis.builder().baselineWeeks(baselineWeeks).baselineLevel(level).eventWeeks(event)
        .dipWeeks(dip).build();
  }

  private static void checkYear(YearWeek week, String name) {
    Args.check(week.getYear() >= WeeklySales.MIN_YEAR && week.getYear() <= WeeklySales.MAX_YEAR, name,
        "be in the years " + WeeklySales.MIN_YEAR + " to " + WeeklySales.MAX_YEAR + " (those of a history week)", week);
  }

  private static NavigableMap<YearWeek, WeeklySales> index(List<WeeklySales> history) {
    NavigableMap<YearWeek, WeeklySales> weeks = new TreeMap<>();
    WeeklySales first = Args.notNull(history.get(0), "history[0]");
    for (int i = 0; i < history.size(); i++) {
      WeeklySales s = Args.notNull(history.get(i), "history", i);
      String name = "history[" + i + "]";
      if (!(s.accountId().equals(first.accountId()) && s.productId().equals(first.productId()))) {
        throw Args.invalid(name, "be of account " + first.accountId() + " and product " + first.productId(),
            s.accountId() + "/" + s.productId());
      }
      WeeklySales earlier = weeks.put(s.week(), s);
      if (earlier != null) {
        throw Args.invalid(name, "not repeat a week", s.week());
      }
    }
    return weeks;
  }

  /** The median of non-negative counts: the middle one, or the exact mean of the middle two. */
  static BigDecimal median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal upper = BigDecimal.valueOf(sorted.get(n / 2));
    if (n % 2 == 1) {
      return upper;
    }
    return upper.add(BigDecimal.valueOf(sorted.get(n / 2 - 1))).divide(BigDecimal.valueOf(2));
  }
}
