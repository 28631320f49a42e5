package dev.keyaccount.kpi.forecast;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.Failures;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures forecast accuracy (预测准确率) of monthly volume forecasts against actuals: MAPE, WAPE, bias
 * and tracking signal, as defined on {@link Accuracy}.
 *
 * <p>Bounds: at least one and at most {@value #MAX_LINES} lines, at most one per account, product and
 * month; every sum then fits exactly in a {@code long}. This class is stateless and thread-safe; use
 * {@link #DEFAULT}.
 */
public final class ForecastAccuracy {

  /** The most lines accepted in one call. */
  public static final int MAX_LINES = 1_000_000;

  /** The calculator. */
  public static final ForecastAccuracy DEFAULT = new ForecastAccuracy();

  private static final Comparator<ForecastLine> ORDER = Comparator.comparing(ForecastLine::accountId)
      .thenComparing(ForecastLine::productId).thenComparing(ForecastLine::month);

  private ForecastAccuracy() {}

  /**
   * Measures the accuracy of forecast lines.
   *
   * @param lines the lines, in any order; a null line or one that repeats an account, product and month
   *     (id {@code account/product/month}) is left out and reported as a failure item
   * @return the accuracy per line, series, account, month and in total, and the failure items
   * @throws NullPointerException if the list is null
   * @throws IllegalArgumentException if the list is empty or too long, or no line can be measured
   */
  public AccuracyReport measure(List<ForecastLine> lines) {
    Args.notEmpty(lines, "lines");
    if (lines.size() > MAX_LINES) {
      throw Args.invalid("lines", "have at most " + MAX_LINES + " lines", lines.size() + " lines");
    }
    Failures failures = new Failures("lines");
    List<ForecastLine> sorted = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ForecastLine line = lines.get(i);
      if (!failures.isNull(line, i)
          && !failures.isDuplicate(List.of(line.accountId(), line.productId(), line.month()),
              line.accountId() + "/" + line.productId() + "/" + line.month(), i)) {
        sorted.add(line);
      }
    }
    if (sorted.isEmpty()) {
      throw Args.invalid("lines", "have at least one line that can be measured", failures.items().get(0).message());
    }
    sorted.sort(ORDER);

    List<SeriesAccuracy> series = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !sameSeries(sorted.get(start), sorted.get(i))) {
        ForecastLine first = sorted.get(start);
        series.add(SeriesAccuracy.of(first.accountId(), first.productId(), Accuracy.of(sorted.subList(start, i))));
        start = i;
      }
    }
    Map<String, List<ForecastLine>> accounts = new TreeMap<>();
    Map<YearMonth, List<ForecastLine>> months = new TreeMap<>();
    for (ForecastLine line : sorted) {
      accounts.computeIfAbsent(line.accountId(), k -> new ArrayList<>()).add(line);
      months.computeIfAbsent(line.month(), k -> new ArrayList<>()).add(line);
    }
    return ImmutableAccuracyReport.builder().lines(sorted).bySeries(series).byAccount(rollUp(accounts))
        .byMonth(rollUp(months)).total(Accuracy.of(sorted)).failures(failures.items()).build();
  }

  private static boolean sameSeries(ForecastLine a, ForecastLine b) {
    return a.accountId().equals(b.accountId()) && a.productId().equals(b.productId());
  }

  private static <K> Map<K, Accuracy> rollUp(Map<K, List<ForecastLine>> groups) {
    Map<K, Accuracy> result = new LinkedHashMap<>();
    groups.forEach((k, v) -> result.put(k, Accuracy.of(v)));
    return result;
  }
}
