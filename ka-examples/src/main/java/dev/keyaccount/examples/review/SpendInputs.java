package dev.keyaccount.examples.review;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SalesDay;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.planning.rebate.RebateMeasure;
import dev.keyaccount.planning.rebate.RebatePerformance;
import dev.keyaccount.planning.rebate.RebateScheme;
import dev.keyaccount.planning.rebate.RebateStyle;
import dev.keyaccount.planning.rebate.RebateTier;
import dev.keyaccount.receivables.spend.PaymentKind;
import dev.keyaccount.receivables.spend.SpendPayment;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The CSV schemas of the trade-spend section (section 7) and their conversion to the library's values,
 * row by row: the spend lines ({@code spend-lines.csv}), what each sold ({@code spend-sales.csv}), the
 * tiered rebates with their interim settlements ({@code rebates.csv}) and our payments by cheque or
 * credit note ({@code spend-payments.csv}). A malformed cell stops the run (exit status 2, file, line,
 * column and value named); a well-formed line the library rejects is kept as a rejected line.
 */
final class SpendInputs {

  static final String SPEND_LINES = "spend-lines.csv";
  static final String SPEND_SALES = "spend-sales.csv";
  static final String REBATES = "rebates.csv";
  static final String SPEND_PAYMENTS = "spend-payments.csv";

  static final List<String> SPEND_LINE_COLUMNS = List.of("line_id", "account_id", "source", "source_id", "fee_type",
      "method", "start_date", "end_date", "reference", "currency", "lump_sum", "per_case", "sales_rate");
  static final List<String> SPEND_SALES_COLUMNS = List.of("line_id", "date", "cases_shipped", "cases_scanned",
      "currency", "net_sales");
  static final List<String> REBATE_COLUMNS = List.of("rebate_id", "account_id", "start_date", "end_date", "currency",
      "measure", "style", "tiers", "clawback", "base", "baseline", "interims");
  static final List<String> SPEND_PAYMENT_COLUMNS = List.of("accrual_id", "kind", "date", "currency", "amount");

  /** The most items of a list cell (tiers, interims): the library's limits are lower and checked there. */
  static final int MAX_ITEMS = 100;

  /** What a rate per case is written as: a plain decimal with at most 6 decimals. */
  private static final String PER_CASE = "[0-9]{1,6}(\\.[0-9]{1,6})?";

  /** A spend line as read (the library checked its terms). */
  record LineRow(SpendLine line) {}

  /** A sales record of a spend line. */
  record SalesRow(String lineId, SalesDay day) {}

  /**
   * One interim settlement of a rebate as read: its last day and the performance from the period's start
   * to that day (and the baseline's, for a growth scheme).
   */
  record Interim(LocalDate lastDay, RebatePerformance toDate, Optional<RebatePerformance> baseline) {}

  /** A rebate scheme with its performance and interim settlements. */
  record RebateRow(RebateScheme scheme, RebatePerformance base, Optional<RebatePerformance> baseline,
      List<Interim> interims) {}

  final Optional<InputFile<LineRow>> lines;
  final Optional<InputFile<SalesRow>> sales;
  final Optional<InputFile<RebateRow>> rebates;
  final Optional<InputFile<SpendPayment>> payments;

  SpendInputs(ReviewInput.Source files, PrintStream progress) {
    lines = ReviewInput.read(files, SPEND_LINES, SPEND_LINE_COLUMNS, progress, SpendInputs::line);
    sales = ReviewInput.read(files, SPEND_SALES, SPEND_SALES_COLUMNS, progress, SpendInputs::sales);
    rebates = ReviewInput.read(files, REBATES, REBATE_COLUMNS, progress, SpendInputs::rebate);
    payments = ReviewInput.read(files, SPEND_PAYMENTS, SPEND_PAYMENT_COLUMNS, progress, SpendInputs::payment);
  }

  /** Whether any of the section's files is present. */
  boolean any() {
    return lines.isPresent() || rebates.isPresent();
  }

  private static void line(CsvRow row, InputFile<LineRow> file) {
    String id = row.id("line_id");
    String account = row.id("account_id");
    SpendSource source = row.enumValue("source", SpendSource.class);
    String sourceId = row.id("source_id");
    FeeType feeType = row.enumValue("fee_type", FeeType.class);
    FundingMethod method = row.enumValue("method", FundingMethod.class);
    LocalDate start = row.boundedDate("start_date");
    LocalDate end = row.boundedDate("end_date");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    String reference = row.optionalText("reference");
    if (reference.length() > CsvRow.MAX_ID_CHARS) {
      throw row.error("reference", reference, "expected at most " + CsvRow.MAX_ID_CHARS + " characters");
    }
    CurrencyUnit currency = row.currency("currency");
    Optional<Money> lumpSum = row.optionalText("lump_sum").isEmpty() ? Optional.empty()
        : Optional.of(Money.of(row.amount("lump_sum", currency), currency));
    String perCaseText = row.optionalText("per_case");
    if (!perCaseText.isEmpty() && !perCaseText.matches(PER_CASE)) {
      throw row.error("per_case", perCaseText, "expected a plain decimal below 1000000 with at most 6 decimals");
    }
    Optional<Money> perCase = perCaseText.isEmpty() ? Optional.empty()
        : Optional.of(Money.of(new BigDecimal(perCaseText), currency));
    Optional<Rate> salesRate = row.optionalText("sales_rate").isEmpty() ? Optional.empty()
        : Optional.of(row.fraction("sales_rate"));
    ReviewInput.addOrReject(row, id, () -> {
      SpendLine.Builder b = SpendLine.builder().id(id).accountId(account).source(source).sourceId(sourceId)
          .feeType(feeType).method(method).period(start, end.plusDays(1)).currency(currency);
      if (!reference.isEmpty()) {
        b.reference(reference);
      }
      lumpSum.ifPresent(b::lumpSum);
      perCase.ifPresent(b::perCase);
      salesRate.ifPresent(b::salesRate);
      return new LineRow(b.build());
    }, file);
  }

  private static void sales(CsvRow row, InputFile<SalesRow> file) {
    String id = row.id("line_id");
    LocalDate date = row.boundedDate("date");
    long shipped = row.count("cases_shipped");
    long scanned = row.count("cases_scanned");
    CurrencyUnit currency = row.currency("currency");
    Money netSales = Money.of(row.amount("net_sales", currency), currency);
    ReviewInput.addOrReject(row, id, () -> new SalesRow(id, SalesDay.of(date, shipped, scanned, netSales)), file);
  }

  private static void rebate(CsvRow row, InputFile<RebateRow> file) {
    String id = row.id("rebate_id");
    String account = row.id("account_id");
    LocalDate start = row.boundedDate("start_date");
    LocalDate end = row.boundedDate("end_date");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    CurrencyUnit currency = row.currency("currency");
    RebateMeasure measure = row.enumValue("measure", RebateMeasure.class);
    RebateStyle style = row.enumValue("style", RebateStyle.class);
    List<RebateTier> tiers = tiers(row, measure, currency);
    String clawback = row.text("clawback");
    if (!clawback.equals("YES") && !clawback.equals("NO")) {
      throw row.error("clawback", clawback, "expected YES or NO");
    }
    RebatePerformance base = performance(row, "base", row.text("base"), measure, currency);
    String baselineText = row.optionalText("baseline");
    Optional<RebatePerformance> baseline = baselineText.isEmpty() ? Optional.empty()
        : Optional.of(performance(row, "baseline", baselineText, measure, currency));
    List<Interim> interims = interims(row, measure, currency, baseline.isPresent());
    ReviewInput.addOrReject(row, id, () -> new RebateRow(RebateScheme.builder().id(id).accountId(account)
        .period(org.threeten.extra.LocalDateRange.of(start, end.plusDays(1))).measure(measure).style(style)
        .tiers(tiers).onGrowth(baseline.isPresent()).clawbackAllowed(clawback.equals("YES")).build(),
        base, baseline, interims), file);
  }

  /** {@code threshold:rate;…}: cases and an amount per case for volume, an amount and a rate for value. */
  private static List<RebateTier> tiers(CsvRow row, RebateMeasure measure, CurrencyUnit currency) {
    String value = row.text("tiers");
    String[] parts = value.split(";", -1);
    String expected = measure == RebateMeasure.VOLUME
        ? "expected tiers such as 0:0.50;1000:1.00 (from cases: amount per case)"
        : "expected tiers such as 100000.00:1%;500000.00:2% (from net sales: share)";
    if (parts.length > MAX_ITEMS) {
      throw row.error("tiers", value, "a list has at most " + MAX_ITEMS + " items");
    }
    List<RebateTier> tiers = new ArrayList<>();
    for (String part : parts) {
      String[] pair = part.trim().split(":", -1);
      if (pair.length != 2) {
        throw row.error("tiers", value, expected);
      }
      try {
        if (measure == RebateMeasure.VOLUME) {
          if (!pair[0].matches("[0-9]{1,12}") || !pair[1].matches(PER_CASE)) {
            throw row.error("tiers", value, expected);
          }
          tiers.add(RebateTier.ofVolume(Long.parseLong(pair[0]), Money.of(new BigDecimal(pair[1]), currency)));
        } else {
          if (!pair[0].matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            throw row.error("tiers", value, expected);
          }
          tiers.add(RebateTier.ofValue(Money.of(new BigDecimal(pair[0]), currency), Rate.parse(pair[1])));
        }
      } catch (IllegalArgumentException e) {
        throw row.error("tiers", value, expected + ": " + e.getMessage());
      }
    }
    return tiers;
  }

  /** Cases for a volume rebate, net sales for a value rebate. */
  private static RebatePerformance performance(CsvRow row, String column, String value, RebateMeasure measure,
      CurrencyUnit currency) {
    Money zero = Monies.zero(currency);
    if (measure == RebateMeasure.VOLUME) {
      if (!value.matches("[0-9]{1,12}")) {
        throw row.error(column, value, "expected cases, a whole number below 1000000000000");
      }
      return RebatePerformance.of(Long.parseLong(value), zero);
    }
    int decimals = Math.max(0, currency.getDefaultFractionDigits());
    if (!value.matches("[0-9]{1,12}(\\.[0-9]{1," + Math.max(1, decimals) + "})?")
        || (decimals == 0 && value.contains("."))) {
      throw row.error(column, value, "expected net sales, an amount below 1000000000000 with at most " + decimals
          + " decimals");
    }
    return RebatePerformance.of(0, Money.of(new BigDecimal(value), currency));
  }

  /** {@code last-day:base[:baseline];…}, in date order. */
  private static List<Interim> interims(CsvRow row, RebateMeasure measure, CurrencyUnit currency, boolean growth) {
    String value = row.optionalText("interims");
    List<Interim> interims = new ArrayList<>();
    if (value.isEmpty()) {
      return interims;
    }
    String[] parts = value.split(";", -1);
    if (parts.length > MAX_ITEMS) {
      throw row.error("interims", value, "a list has at most " + MAX_ITEMS + " items");
    }
    String expected = growth ? "expected interims such as 2026-03-31:800:700 (last day: base: baseline to that day)"
        : "expected interims such as 2026-03-31:800 (last day: base to that day)";
    for (String part : parts) {
      String[] items = part.trim().split(":", -1);
      if (items.length != (growth ? 3 : 2)) {
        throw row.error("interims", value, expected);
      }
      LocalDate day;
      try {
        day = LocalDate.parse(items[0]);
      } catch (DateTimeParseException e) {
        throw row.error("interims", value, expected);
      }
      if (day.isBefore(CsvRow.MIN_DATE) || day.isAfter(CsvRow.MAX_DATE)) {
        throw row.error("interims", value, "expected dates from " + CsvRow.MIN_DATE + " to " + CsvRow.MAX_DATE);
      }
      interims.add(new Interim(day, performance(row, "interims", items[1], measure, currency),
          growth ? Optional.of(performance(row, "interims", items[2], measure, currency)) : Optional.empty()));
    }
    return interims;
  }

  private static void payment(CsvRow row, InputFile<SpendPayment> file) {
    String accrual = row.text("accrual_id");
    if (accrual.length() > 128) {
      throw row.error("accrual_id", accrual, "expected at most 128 characters");
    }
    PaymentKind kind = row.enumValue("kind", PaymentKind.class);
    LocalDate date = row.boundedDate("date");
    CurrencyUnit currency = row.currency("currency");
    Money amount = Money.of(row.amount("amount", currency), currency);
    ReviewInput.addOrReject(row, accrual, () -> SpendPayment.of(accrual, kind, amount, date), file);
  }
}
