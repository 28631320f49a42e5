package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.forecast.ForecastLine;
import dev.keyaccount.kpi.route.Rep;
import dev.keyaccount.kpi.route.VisitRecord;
import dev.keyaccount.planning.baseline.WeeklySales;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.threeten.extra.YearWeek;

/**
 * The CSV schemas of the review's analytics sections (weekly sales for baseline and lift, volume
 * forecasts against actuals, the reps, stores and visit log of the visit plan) and their conversion to
 * the library's values, row by row. A malformed cell stops the run (exit status 2, file, line, column
 * and value named); a well-formed line the library rejects, or one repeating an earlier line's key (the
 * same account, product and week; account, product and month; store; rep), is a rejected line and the
 * rest runs. Key-account selection needs no file of its own: it reads the sales of {@code accounts.csv}.
 */
final class AnalyticsInputs {

  static final String WEEKLY_SALES = "weekly-sales.csv";
  static final String VOLUME_FORECAST = "volume-forecast.csv";
  static final String REPS = "reps.csv";
  static final String STORES = "stores.csv";
  static final String VISIT_LOG = "visit-log.csv";

  static final List<String> WEEKLY_SALES_COLUMNS = List.of("account_id", "product_id", "week", "cases", "promoted");
  static final List<String> VOLUME_FORECAST_COLUMNS = List.of("account_id", "product_id", "month", "forecast_cases",
      "actual_cases");
  static final List<String> REP_COLUMNS = List.of("rep_id", "visits_per_day", "working_days");
  static final List<String> STORE_COLUMNS = List.of("store_id", "account_id", "rep_id", "quadrant");
  static final List<String> VISIT_LOG_COLUMNS = List.of("store_id", "date", "successful");

  /** The most cases a week or a month may hold, the library's bound. */
  static final int MAX_CASES = 1_000_000_000;

  /** A store of an account, served by a rep; its quadrant when the file gives one, else empty. */
  record StoreLine(String storeId, String accountId, String repId, Optional<AccountQuadrant> quadrant) {}

  /** A visit made on a date: the library's record (store, day of the week, success) and the date's ISO week. */
  record VisitLine(LocalDate date, YearWeek week, VisitRecord record) {}

  final Optional<InputFile<WeeklySales>> weeklySales;
  final Optional<InputFile<ForecastLine>> volumeForecast;
  final Optional<InputFile<Rep>> reps;
  final Optional<InputFile<StoreLine>> stores;
  final Optional<InputFile<VisitLine>> visitLog;

  AnalyticsInputs(ReviewInput.Source files, PrintStream progress) {
    weeklySales = ReviewInput.read(files, WEEKLY_SALES, WEEKLY_SALES_COLUMNS, progress, unique(
        AnalyticsInputs::weeklySales, row -> row.id("account_id") + "\u0000" + row.id("product_id") + "\u0000"
            + week(row, "week"), "repeats an earlier line's account, product and week"));
    volumeForecast = ReviewInput.read(files, VOLUME_FORECAST, VOLUME_FORECAST_COLUMNS, progress, unique(
        AnalyticsInputs::volumeForecast, row -> row.id("account_id") + "\u0000" + row.id("product_id") + "\u0000"
            + row.month("month"), "repeats an earlier line's account, product and month"));
    reps = ReviewInput.read(files, REPS, REP_COLUMNS, progress, unique(AnalyticsInputs::rep, row -> row.id("rep_id"),
        "repeats an earlier line's rep_id"));
    stores = ReviewInput.read(files, STORES, STORE_COLUMNS, progress, unique(AnalyticsInputs::store,
        row -> row.id("store_id"), "repeats an earlier line's store_id"));
    visitLog = ReviewInput.read(files, VISIT_LOG, VISIT_LOG_COLUMNS, progress, AnalyticsInputs::visit);
  }

  /** A key of a row, parsed (and so checked) before the row is converted. */
  private interface Key {
    String of(CsvRow row);
  }

  /**
   * Wraps a converter so that a line repeating an earlier line's key is a rejected line: the library's
   * calculators refuse a repeated week, month, store or rep for the whole batch, the review reports the
   * line and runs on. The key is checked after the line's cells, so a malformed cell still stops the run.
   */
  private static <T> BiConsumer<CsvRow, InputFile<T>> unique(BiConsumer<CsvRow, InputFile<T>> convert, Key key,
      String reason) {
    Set<String> seen = new HashSet<>();
    return (row, file) -> {
      int before = file.values.size();
      String k = key.of(row);
      if (seen.contains(k)) {
        convert.accept(row, new InputFile<>(file.file));  // every cell checked, the value dropped
        file.rejected.add(new ReviewInput.RejectedLine(row.file(), row.line(), k.replace('\u0000', '/'), reason));
        return;
      }
      convert.accept(row, file);
      if (file.values.size() > before) {
        seen.add(k);
      }
    };
  }

  private static YearWeek week(CsvRow row, String column) {
    String value = row.text(column);
    YearWeek week;
    try {
      week = YearWeek.parse(value);
    } catch (DateTimeParseException e) {
      throw row.error(column, value, "expected an ISO week such as 2026-W14");
    }
    // The parser rolls a week 53 of a 52-week year into the next year's week 1: refused, not moved.
    if (!week.toString().equals(value)) {
      throw row.error(column, value, "no such ISO week: " + value.substring(0, value.indexOf('-'))
          + " has 52 weeks");
    }
    return week;
  }

  private static boolean yesNo(CsvRow row, String column) {
    String value = row.text(column);
    switch (value.toLowerCase(Locale.ROOT)) {
      case "yes":
        return true;
      case "no":
        return false;
      default:
        throw row.error(column, value, "expected yes or no");
    }
  }

  private static DayOfWeek day(CsvRow row, String column, String value) {
    try {
      return DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error(column, value, "expected days of the week such as MONDAY;TUESDAY");
    }
  }

  private static void weeklySales(CsvRow row, InputFile<WeeklySales> file) {
    String account = row.id("account_id");
    String product = row.id("product_id");
    YearWeek week = week(row, "week");
    int cases = row.count("cases", MAX_CASES);
    boolean promoted = yesNo(row, "promoted");
    ReviewInput.addOrReject(row, account + "/" + product + "/" + week,
        () -> WeeklySales.of(account, product, week, cases, promoted), file);
  }

  private static void volumeForecast(CsvRow row, InputFile<ForecastLine> file) {
    String account = row.id("account_id");
    String product = row.id("product_id");
    YearMonth month = row.month("month");
    int forecast = row.count("forecast_cases", MAX_CASES);
    int actual = row.count("actual_cases", MAX_CASES);
    ReviewInput.addOrReject(row, account + "/" + product + "/" + month,
        () -> ForecastLine.of(account, product, month, forecast, actual), file);
  }

  private static void rep(CsvRow row, InputFile<Rep> file) {
    String rep = row.id("rep_id");
    int perDay = row.count("visits_per_day", Rep.MAX_VISITS_PER_DAY);
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : row.idList("working_days")) {
      days.add(day(row, "working_days", day));
    }
    if (days.isEmpty()) {
      throw row.error("working_days", "", "a value is required");
    }
    ReviewInput.addOrReject(row, rep, () -> Rep.of(rep, perDay, days), file);
  }

  private static void store(CsvRow row, InputFile<StoreLine> file) {
    String store = row.id("store_id");
    String account = row.id("account_id");
    String rep = row.id("rep_id");
    Optional<AccountQuadrant> quadrant = row.optionalText("quadrant").isEmpty() ? Optional.empty()
        : Optional.of(row.enumValue("quadrant", AccountQuadrant.class));
    file.add(new StoreLine(store, account, rep, quadrant), row.line());
  }

  private static void visit(CsvRow row, InputFile<VisitLine> file) {
    String store = row.id("store_id");
    LocalDate date = row.boundedDate("date");
    boolean successful = yesNo(row, "successful");
    ReviewInput.addOrReject(row, store, () -> new VisitLine(date, YearWeek.from(date),
        VisitRecord.of(store, date.getDayOfWeek(), successful)), file);
  }
}
