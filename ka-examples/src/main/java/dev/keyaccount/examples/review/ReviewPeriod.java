package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.receivables.deduction.Deduction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.threeten.extra.YearQuarter;

/**
 * The period the review covers: a quarter and the date receivables are aged and DSO measured at.
 * Without {@code --quarter}, the quarter is the latest one with a dated actual in the input (sales
 * months, SKU sales, store audits, order due dates, trade spend, open items' document dates,
 * deductions the matcher will accept, the Mondays of weekly sales, visits); promotions, store and volume forecasts and the
 * plan look ahead and do not count. Without a dated actual, it is the quarter of {@code --as-of}, else today's. Without {@code --as-of}, the as-of date
 * is the quarter's last day. This class is immutable.
 *
 * @param quarter the quarter reviewed
 * @param asOf the as-of date, not before the quarter's first day
 * @param asOfGiven whether {@code --as-of} gave it (else it is the quarter's last day)
 */
record ReviewPeriod(YearQuarter quarter, LocalDate asOf, boolean asOfGiven) {

  ReviewPeriod {
    if (asOf.isBefore(quarter.atDay(1))) {
      throw new InputException("--as-of " + asOf, "is before the quarter " + quarter + " starts on "
          + quarter.atDay(1));
    }
  }

  /**
   * Resolves the period from the options and the input.
   *
   * @param quarter the {@code --quarter} option, or null
   * @param asOf the {@code --as-of} option, or null
   * @param input the input
   * @return the period
   */
  static ReviewPeriod of(YearQuarter quarter, LocalDate asOf, ReviewInput input,
      java.util.Map<String, dev.keyaccount.receivables.deduction.DeductionLedger> ledgers) {
    YearQuarter q = quarter != null ? quarter
        : latest(input, ledgers).orElseGet(() -> YearQuarter.from(asOf != null ? asOf : LocalDate.now()));
    return new ReviewPeriod(q, asOf != null ? asOf : q.atEndOfQuarter(), asOf != null);
  }

  /** The title of the review, naming the quarter and the as-of date. */
  String title() {
    return "Quarterly key account review — " + quarter + " (as of " + asOf + ")";
  }

  /** Whether a month lies in the quarter. */
  boolean inQuarter(YearMonth month) {
    return YearQuarter.from(month).equals(quarter);
  }

  /** Whether a date lies in the quarter. */
  boolean inQuarter(LocalDate date) {
    return YearQuarter.from(date).equals(quarter);
  }

  private static Optional<YearQuarter> latest(ReviewInput input,
      java.util.Map<String, dev.keyaccount.receivables.deduction.DeductionLedger> ledgers) {
    SectionInputs in = input.sections;
    List<YearQuarter> found = new ArrayList<>();
    max(in.monthlySales, l -> YearQuarter.from(l.month()), found);
    max(in.skuSales, l -> YearQuarter.from(l.month()), found);
    max(in.audits, l -> YearQuarter.from(l.date()), found);
    max(in.orders, l -> YearQuarter.from(l.dueDate()), found);
    max(in.tradeSpend, SectionInputs.SpendQuarter::quarter, found);
    max(in.openItems, l -> YearQuarter.from(l.documentDate()), found);
    // The latest date of the deductions the matcher will take, kept as they were read: a million of them
    // are not built again for it, and a line it rejects (dated 9999, repeating an id) does not count.
    input.deductions.flatMap(f -> f.latestDate((code, id) -> ledgers.containsKey(code)
        && ledgers.get(code).deduction(id).isPresent())).map(YearQuarter::from).ifPresent(found::add);
    max(input.analytics.weeklySales, s -> YearQuarter.from(s.week().atDay(java.time.DayOfWeek.MONDAY)), found);
    max(input.analytics.visitLog, v -> YearQuarter.from(v.date()), found);
    return found.stream().max(YearQuarter::compareTo);
  }

  private static <T> void max(Optional<InputFile<T>> file, Function<T, YearQuarter> quarter, List<YearQuarter> out) {
    file.ifPresent(f -> f.values.stream().map(quarter).max(YearQuarter::compareTo).ifPresent(out::add));
  }
}
