package dev.keyaccount.examples.review;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.examples.review.SectionInputs.PromotionLine;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.kpi.forecast.Accuracy;
import dev.keyaccount.kpi.forecast.AccuracyReport;
import dev.keyaccount.kpi.forecast.ForecastAccuracy;
import dev.keyaccount.kpi.forecast.ForecastLine;
import dev.keyaccount.kpi.forecast.SeriesAccuracy;
import dev.keyaccount.planning.baseline.BaselineEstimator;
import dev.keyaccount.planning.baseline.LiftAnalysis;
import dev.keyaccount.planning.baseline.WeeklySales;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threeten.extra.YearWeek;

/**
 * Sections 7 and 8 of the review, the demand analytics: the baseline and lift of the promotion events
 * starting in the quarter, estimated from {@code weekly-sales.csv} by the library's
 * {@link BaselineEstimator} with its standard policy; and forecast accuracy (MAPE, WAPE, bias, tracking
 * signal) of the 12 months to the quarter's end from {@code volume-forecast.csv}. Figures come from
 * the library; this class groups the lines, calls it and lays out the results.
 */
final class DemandSections {

  /** The file with one line per promotion event analysed. */
  static final String LIFT = "promotion-lift.csv";

  /** The file with the forecast accuracy in total, per month, per account and per series. */
  static final String ACCURACY = "forecast-accuracy.csv";

  /** The most series whose weeks are charted against their baseline; the page stays small. */
  static final int CHARTED_SERIES = 3;

  /** Weeks charted before the quarter's first week. */
  static final int WEEKS_BEFORE = 13;

  private DemandSections() {}

  /** Cases: whole as they are, else to one decimal (half up). */
  static String cases(BigDecimal cases) {
    return cases.stripTrailingZeros().scale() <= 0 ? Formats.number(cases.stripTrailingZeros(), 0)
        : Formats.number(cases, 1);
  }

  private static String whole(long cases) {
    return Formats.number(BigDecimal.valueOf(cases), 0);
  }

  private static String rate(Optional<Rate> rate) {
    return rate.map(Rate::toString).orElse("-");
  }

  /** A rate as a percentage to one decimal, half up, for the CSV files; null when empty. */
  private static BigDecimal percent(Optional<Rate> rate) {
    return rate.map(r -> r.percent(1, RoundingMode.HALF_UP)).orElse(null);
  }

  private static void number(CsvOutput csv, BigDecimal value) throws IOException {
    if (value == null) {
      csv.empty();
    } else {
      csv.number(value);
    }
  }

  // 7. Baseline and lift ----------------------------------------------------------------------------------

  /** A promotion event: a run of consecutive promoted weeks of one series, analysed or not. */
  private record Event(String accountId, String productId, YearWeek first, YearWeek last, LiftAnalysis lift,
      String problem) {

    BigDecimal incremental() {
      return lift == null ? null : lift.incrementalCases();
    }
  }

  static Section baseline(ReviewInput input, ReviewPeriod period, OutputFolder files) {
    Section section = new Section("8. Baseline and lift of the promotions starting in " + period.quarter()
        + " (促销基线与增量)");
    if (input.analytics.weeklySales.isEmpty()) {
      return section.note(input.skipped(AnalyticsInputs.WEEKLY_SALES));
    }
    BaselineEstimator estimator = BaselineEstimator.DEFAULT;
    Map<String, List<WeeklySales>> series = new TreeMap<>();
    for (WeeklySales s : input.analytics.weeklySales.get().values) {
      series.computeIfAbsent(s.accountId() + "\u0000" + s.productId(), k -> new ArrayList<>()).add(s);
    }
    List<Event> events = new ArrayList<>();
    List<List<WeeklySales>> charted = new ArrayList<>();
    for (List<WeeklySales> weeks : series.values()) {
      weeks.sort(Comparator.comparing(WeeklySales::week));
      int before = events.size();
      for (int i = 0; i < weeks.size(); i++) {
        if (!weeks.get(i).promoted()) {
          continue;
        }
        int end = i;
        while (end + 1 < weeks.size() && weeks.get(end + 1).promoted()
            && weeks.get(end + 1).week().equals(weeks.get(end).week().plusWeeks(1))) {
          end++;
        }
        YearWeek first = weeks.get(i).week();
        YearWeek last = weeks.get(end).week();
        i = end;
        if (!period.inQuarter(first.atDay(DayOfWeek.MONDAY))) {
          continue;
        }
        WeeklySales s = weeks.get(0);
        try {
          LiftAnalysis lift = estimator.analyse(history(weeks, last.plusWeeks(estimator.policy().dipWeeks())), first,
              last);
          events.add(new Event(s.accountId(), s.productId(), first, last, lift, ""));
        } catch (IllegalArgumentException e) {
          events.add(new Event(s.accountId(), s.productId(), first, last, null, e.getMessage()));
        }
      }
      if (events.size() > before && charted.size() < CHARTED_SERIES) {
        charted.add(weeks);
      }
    }
    if (events.isEmpty()) {
      return section.note("No run of promoted weeks in " + AnalyticsInputs.WEEKLY_SALES + " starts in "
          + period.quarter() + ".");
    }
    events.sort(Comparator.comparing(Event::incremental, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Event::accountId).thenComparing(Event::productId).thenComparing(Event::first));
    section.note("A promotion event is a run of promoted weeks; its baseline is the median of the last "
        + estimator.policy().baselineWeeks() + " unpromoted weeks before it, the dip is measured over the "
        + estimator.policy().dipWeeks() + " weeks after.");
    TextTable table = new TextTable("Promotion events by incremental cases, largest first", "account", "product", "weeks",
        ">baseline/week", ">baseline", ">sold", ">incremental", ">lift", ">dip after", ">net incremental")
        .detailIn(LIFT);
    TextTable failed = new TextTable("Events not analysed", "account", "product", "weeks", "problem").detailIn(LIFT);
    BigDecimal baseline = BigDecimal.ZERO;
    long sold = 0;
    BigDecimal dip = BigDecimal.ZERO;
    int analysed = 0;
    for (Event e : events) {
      String weeks = e.first().equals(e.last()) ? e.first().toString() : e.first() + ".." + e.last();
      LiftAnalysis lift = e.lift();
      if (lift == null) {
        failed.row(e.accountId(), e.productId(), weeks, e.problem());
        continue;
      }
      analysed++;
      baseline = baseline.add(lift.baselineCases());
      sold += lift.actualCases();
      dip = dip.add(lift.dipCases());
      table.row(e.accountId(), e.productId(), weeks, cases(lift.baselineLevel()), cases(lift.baselineCases()),
          cases(BigDecimal.valueOf(lift.actualCases())), cases(lift.incrementalCases()), rate(lift.lift()),
          cases(lift.dipCases()), cases(lift.netIncrementalCases()));
    }
    BigDecimal incremental = BigDecimal.valueOf(sold).subtract(baseline);
    section.table(table).note("Total of " + analysed + " events analysed: " + cases(BigDecimal.valueOf(sold))
        + " cases sold against a baseline of " + cases(baseline) + ", " + cases(incremental) + " incremental (lift "
        + (baseline.signum() == 0 ? "-" : Rate.ratio(incremental, baseline).toString()) + "), a dip of "
        + cases(dip) + " after, " + cases(incremental.subtract(dip)) + " net.");
    if (failed.rowCount() > 0) {
      section.table(failed);
    }
    promotions(input, events, section);
    for (List<WeeklySales> weeks : charted) {
      section.chart(baselineChart(weeks, period, estimator));
    }
    files.add(LIFT, out -> writeLift(out, events));
    return section;
  }

  /**
   * The promotions of {@code promotions.csv} that ran in an event's weeks (same account, the SKU as the
   * product, the dates overlapping the weeks), priced against the estimated baseline instead of the typed
   * one: break-even volume and the post-event return, both from the library's {@link LiftAnalysis}.
   */
  private static void promotions(ReviewInput input, List<Event> events, Section section) {
    if (input.sections.promotions.isEmpty()) {
      return;
    }
    Map<String, List<PromotionLine>> byAccount = new TreeMap<>();
    input.sections.promotions.get().values.forEach(p -> byAccount.computeIfAbsent(p.promotion().accountId(),
        k -> new ArrayList<>()).add(p));
    TextTable table = new TextTable("The promotions of " + SectionInputs.PROMOTIONS + " in these weeks, on the"
        + " estimated baseline", "promotion", "weeks", ">typed baseline", ">estimated", ">break-even cases", ">sold",
        ">incremental margin", ">spend", ">net ROI");
    for (Event e : events) {
      if (e.lift() == null) {
        continue;
      }
      LocalDate from = e.first().atDay(DayOfWeek.MONDAY);
      LocalDate to = e.last().atDay(DayOfWeek.SUNDAY);
      for (PromotionLine line : byAccount.getOrDefault(e.accountId(), List.of())) {
        Promotion p = line.promotion();
        if (!p.skuCodes().contains(e.productId()) || p.period().getStart().isAfter(to)
            || p.period().getEndInclusive().isBefore(from)) {
          continue;
        }
        try {
          CaseEconomics economics = CaseEconomics.of(p, line.unitCost());
          BreakEven breakEven = e.lift().breakEven(economics);
          PostEventEvaluation post = e.lift().postEventEvaluation(economics);
          table.row(p.id(), e.first() + ".." + e.last(), line.baselineCases(), e.lift().baselineCasesWhole(),
              breakEven.breakEvenCasesWhole().isPresent() ? breakEven.breakEvenCasesWhole().getAsLong() : "none",
              e.lift().actualCases(), Formats.money(post.incrementalMargin()), Formats.money(post.spend()),
              rate(post.netRoi()));
        } catch (IllegalArgumentException ex) {
          table.row(p.id(), e.first() + ".." + e.last(), line.baselineCases(), "-", "-", "-", "-", "-",
              ex.getMessage());
        }
      }
    }
    if (table.rowCount() > 0) {
      section.table(table);
    }
  }

  /** The weeks of a series up to a week, at most the estimator's bound, the latest kept. */
  private static List<WeeklySales> history(List<WeeklySales> weeks, YearWeek upTo) {
    int end = 0;
    while (end < weeks.size() && !weeks.get(end).week().isAfter(upTo)) {
      end++;
    }
    return weeks.subList(Math.max(0, end - BaselineEstimator.MAX_HISTORY_WEEKS), end);
  }

  /**
   * Actual cases against the baseline, week by week, from {@link #WEEKS_BEFORE} weeks before the quarter
   * to its end: each week's baseline is what the estimator gives for an event of that week alone (the
   * median of the last unpromoted weeks before it), so a promoted week shows the baseline its event is
   * measured against. Weeks without an unpromoted week before them are not drawn.
   */
  private static Chart baselineChart(List<WeeklySales> weeks, ReviewPeriod period, BaselineEstimator estimator) {
    YearWeek from = YearWeek.from(period.quarter().atDay(1)).minusWeeks(WEEKS_BEFORE);
    YearWeek to = YearWeek.from(period.quarter().atEndOfQuarter());
    List<String> categories = new ArrayList<>();
    List<Chart.Point> actual = new ArrayList<>();
    List<Chart.Point> baseline = new ArrayList<>();
    for (WeeklySales s : weeks) {
      if (s.week().isBefore(from) || s.week().isAfter(to)) {
        continue;
      }
      BigDecimal level;
      try {
        level = estimator.analyse(history(weeks, s.week()), s.week(), s.week()).baselineLevel();
      } catch (IllegalArgumentException e) {
        continue;
      }
      String label = s.week() + (s.promoted() ? "*" : "");
      categories.add(label);
      actual.add(new Chart.Point(label, s.cases(), cases(BigDecimal.valueOf(s.cases()))));
      baseline.add(new Chart.Point(label, level.doubleValue(), cases(level)));
    }
    WeeklySales s = weeks.get(0);
    return Chart.lines("baseline-" + s.accountId() + "-" + s.productId(), "Account " + s.accountId() + ", "
        + s.productId() + ": weekly cases against the baseline (基线), " + from + " to " + to + ", * promoted", "cases",
        categories)
        .series("actual", actual).series("baseline", baseline);
  }

  private static void writeLift(Writer writer, List<Event> events) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "account_id", "product_id", "first_week", "last_week", "baseline_level",
        "baseline_cases", "actual_cases", "incremental_cases", "lift_percent", "dip_cases", "net_incremental_cases",
        "problem")) {
      for (Event e : events) {
        csv.text(e.accountId()).text(e.productId()).text(e.first().toString()).text(e.last().toString());
        LiftAnalysis lift = e.lift();
        if (lift == null) {
          csv.empty().empty().empty().empty().empty().empty().empty();
        } else {
          csv.number(lift.baselineLevel()).number(lift.baselineCases()).number(BigDecimal.valueOf(lift.actualCases()))
              .number(lift.incrementalCases());
          number(csv, percent(lift.lift()));
          csv.number(lift.dipCases()).number(lift.netIncrementalCases());
        }
        csv.text(e.problem()).endRow();
      }
    }
  }

  // 8. Forecast accuracy ----------------------------------------------------------------------------------

  static Section forecast(ReviewInput input, ReviewPeriod period, OutputFolder files) {
    YearMonth last = YearMonth.from(period.quarter().atEndOfQuarter());
    YearMonth first = last.minusMonths(11);
    Section section = new Section("9. Forecast accuracy (销售预测准确度), " + first + " to " + last);
    if (input.analytics.volumeForecast.isEmpty()) {
      return section.note(input.skipped(AnalyticsInputs.VOLUME_FORECAST));
    }
    List<ForecastLine> lines = input.analytics.volumeForecast.get().values.stream()
        .filter(l -> !l.month().isBefore(first) && !l.month().isAfter(last)).toList();
    if (lines.isEmpty()) {
      return section.note("No line of " + AnalyticsInputs.VOLUME_FORECAST + " is in the months " + first + " to "
          + last + ".");
    }
    AccuracyReport report;
    try {
      report = ForecastAccuracy.DEFAULT.measure(lines);
    } catch (IllegalArgumentException e) {
      return section.note("Forecast accuracy not measured: " + e.getMessage());
    }
    String[] columns = {">months", ">forecast", ">actual", ">MAPE", ">WAPE", ">bias", ">tracking signal",
        ">no sales"};
    section.note("MAPE is over the months that sold; a month that sold nothing has no percentage error and is"
        + " counted apart under \"no sales\" (it counts in WAPE, bias and the tracking signal).");
    TextTable months = new TextTable("In total and by month", header("month", columns)).detailIn(ACCURACY);
    report.byMonth().forEach((month, a) -> months.row(row(List.of(month.toString()), a)));
    months.row(row(List.of("total"), report.total()));
    Comparator<Accuracy> worst = Comparator.comparingLong(Accuracy::absoluteErrorCases).reversed();
    TextTable accounts = new TextTable("By account, largest absolute error first", header("account", columns))
        .detailIn(ACCURACY);
    report.byAccount().entrySet().stream().sorted(Map.Entry.<String, Accuracy>comparingByValue(worst)
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> accounts.row(row(List.of(e.getKey()), e.getValue())));
    TextTable series = new TextTable("By account and product, largest absolute error first",
        header("account", "product", columns)).detailIn(ACCURACY);
    report.bySeries().stream().sorted(Comparator.comparing(SeriesAccuracy::accuracy, worst)
        .thenComparing(SeriesAccuracy::accountId).thenComparing(SeriesAccuracy::productId))
        .forEach(s -> series.row(row(List.of(s.accountId(), s.productId()), s.accuracy())));
    Accuracy total = report.total();
    section.table(months).note("In total: " + total.lines() + " account-product months, forecast "
        + whole(total.forecastCases()) + " cases against " + whole(total.actualCases()) + " sold; WAPE "
        + rate(total.wape()) + ", bias " + rate(total.bias()) + " (positive: the forecast ran high); months that"
        + " sold nothing: " + total.zeroActualLines() + " (forecast " + whole(total.zeroActualForecastCases())
        + " cases).").table(accounts).table(series);
    files.add(ACCURACY, out -> writeAccuracy(out, report));
    return section;
  }

  private static String[] header(String first, String[] columns) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(columns));
    return all.toArray(String[]::new);
  }

  private static String[] header(String first, String second, String[] columns) {
    List<String> all = new ArrayList<>(List.of(first, second));
    all.addAll(List.of(columns));
    return all.toArray(String[]::new);
  }

  private static Object[] row(List<String> keys, Accuracy a) {
    List<Object> cells = new ArrayList<>(keys);
    cells.add(a.lines());
    cells.add(whole(a.forecastCases()));
    cells.add(whole(a.actualCases()));
    cells.add(rate(a.mape()));
    cells.add(rate(a.wape()));
    cells.add(rate(a.bias()));
    cells.add(a.trackingSignal().map(t -> t.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("-"));
    cells.add(a.zeroActualLines());
    return cells.toArray();
  }

  private static void writeAccuracy(Writer writer, AccuracyReport report) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "level", "account_id", "product_id", "month", "months",
        "forecast_cases", "actual_cases", "error_cases", "absolute_error_cases", "mape_percent", "wape_percent",
        "bias_percent", "tracking_signal", "zero_actual_months", "zero_actual_forecast_cases")) {
      accuracyRow(csv.text("total").empty().empty().empty(), report.total());
      for (Map.Entry<YearMonth, Accuracy> e : report.byMonth().entrySet()) {
        accuracyRow(csv.text("month").empty().empty().text(e.getKey().toString()), e.getValue());
      }
      for (Map.Entry<String, Accuracy> e : report.byAccount().entrySet()) {
        accuracyRow(csv.text("account").text(e.getKey()).empty().empty(), e.getValue());
      }
      for (SeriesAccuracy s : report.bySeries()) {
        accuracyRow(csv.text("series").text(s.accountId()).text(s.productId()).empty(), s.accuracy());
      }
    }
  }

  private static void accuracyRow(CsvOutput csv, Accuracy a) throws IOException {
    csv.number(BigDecimal.valueOf(a.lines())).number(BigDecimal.valueOf(a.forecastCases()))
        .number(BigDecimal.valueOf(a.actualCases())).number(BigDecimal.valueOf(a.errorCases()))
        .number(BigDecimal.valueOf(a.absoluteErrorCases()));
    number(csv, percent(a.mape()));
    number(csv, percent(a.wape()));
    number(csv, percent(a.bias()));
    number(csv, a.trackingSignal().map(t -> t.setScale(4, RoundingMode.HALF_UP)).orElse(null));
    csv.number(BigDecimal.valueOf(a.zeroActualLines())).number(BigDecimal.valueOf(a.zeroActualForecastCases()));
    csv.endRow();
  }
}
