package dev.keyaccount.core.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Accrues spend lines (费用计提) exactly to the minor unit, so that the accruals of any split of a period
 * add up to the accrual of the whole.
 *
 * <p>The rule: a line's cumulative accrual from its start up to a date {@code d} is rounded once,
 * half-up, to the minor unit, and the accrual of a period {@code [a, b)} is the cumulative to {@code b}
 * less the cumulative to {@code a} (both dates clamped to the line's period). Differences of one
 * rounded cumulative series telescope, so any split sums to the whole exactly.
 * <ul>
 *   <li>{@code LUMP_SUM}: cumulative to {@code d} = {@code round(total × days elapsed / days in period)};
 *       the whole period accrues the lump sum exactly.</li>
 *   <li>{@code PER_CASE}, and {@code OFF_INVOICE} or {@code BILL_BACK} with a rate per case:
 *       {@code round(rate × cases shipped before d)}; {@code SCAN_DOWN}: {@code round(rate × cases
 *       scanned before d)}.</li>
 *   <li>{@code PERCENT_OF_SALES}, and {@code OFF_INVOICE} or {@code BILL_BACK} with a rate of sales:
 *       {@code round(rate × net sales before d)}.</li>
 * </ul>
 * Sales records outside the line's period are ignored; every record's net sales must be in the line's
 * currency. At most {@link SpendBounds#MAX_RECORDS} records are read per call, once each (sorted once),
 * so a split into many periods costs no more than one pass. This class is stateless and thread-safe.
 */
public final class Accruals {

  private Accruals() {}

  /**
   * Accrues a line over its whole period.
   *
   * @param line the line
   * @param sales the sales records (unused for a lump sum)
   * @return the accrual of the whole period
   * @throws IllegalArgumentException if a record is in another currency or there are too many records
   */
  public static SpendAccrual accrue(SpendLine line, List<SalesDay> sales) {
    Args.notNull(line, "line");
    return split(line, List.of(), sales).get(0);
  }

  /**
   * Accrues a line over one period, such as a month; the part of the period outside the line's period
   * accrues nothing, and the accrual's period is the overlap.
   *
   * @param line the line
   * @param period the period, bounded; it must overlap the line's period
   * @param sales the sales records (unused for a lump sum)
   * @return the accrual of the overlap
   * @throws IllegalArgumentException if the period does not overlap the line's, a record is in another
   *     currency or there are too many records
   */
  public static SpendAccrual accrue(SpendLine line, LocalDateRange period, List<SalesDay> sales) {
    Args.notNull(line, "line");
    SpendBounds.period(period, "period");
    if (!period.overlaps(line.period())) {
      throw Args.invalid("period", "overlap the line's period " + line.period(), period);
    }
    LocalDateRange overlap = period.intersection(line.period());
    List<LocalDate> bounds = List.of(overlap.getStart(), overlap.getEnd());
    long[] cumulative = cumulative(line, bounds, sales);
    return SpendAccrual.of(line, overlap, Monies.ofMinorUnits(cumulative[1] - cumulative[0], line.currency()));
  }

  /**
   * Accrues a line over consecutive pieces of its period, cut at the given dates.
   *
   * @param line the line
   * @param cuts the dates where a new piece starts, strictly increasing and strictly inside the line's
   *     period; empty for the whole period
   * @param sales the sales records (unused for a lump sum)
   * @return one accrual per piece, in order; they add up exactly to the whole period's accrual
   * @throws IllegalArgumentException if a cut is out of order or outside the period, a record is in
   *     another currency or there are too many records
   */
  public static List<SpendAccrual> split(SpendLine line, List<LocalDate> cuts, List<SalesDay> sales) {
    Args.notNull(line, "line");
    Args.notNull(cuts, "cuts");
    LocalDateRange period = line.period();
    List<LocalDate> bounds = new ArrayList<>(cuts.size() + 2);
    bounds.add(period.getStart());
    for (int i = 0; i < cuts.size(); i++) {
      LocalDate cut = Args.notNull(cuts.get(i), "cuts", i);
      LocalDate previous = bounds.get(bounds.size() - 1);
      if (!(cut.isAfter(previous) && cut.isBefore(period.getEnd()))) {
        throw Args.invalid("cuts[" + i + "]", "be after " + previous + " and before the line's end " + period.getEnd(),
            cut);
      }
      bounds.add(cut);
    }
    bounds.add(period.getEnd());
    long[] cumulative = cumulative(line, bounds, sales);
    List<SpendAccrual> result = new ArrayList<>(bounds.size() - 1);
    for (int i = 1; i < bounds.size(); i++) {
      result.add(SpendAccrual.of(line, LocalDateRange.of(bounds.get(i - 1), bounds.get(i)),
          Monies.ofMinorUnits(cumulative[i] - cumulative[i - 1], line.currency())));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Accrues a line per calendar month (月度计提): the pieces are cut on the first of each month inside
   * its period.
   *
   * @param line the line
   * @param sales the sales records (unused for a lump sum)
   * @return one accrual per month or part of a month, in order
   * @throws IllegalArgumentException if a record is in another currency or there are too many records
   */
  public static List<SpendAccrual> monthly(SpendLine line, List<SalesDay> sales) {
    Args.notNull(line, "line");
    List<LocalDate> cuts = new ArrayList<>();
    LocalDate cut = line.period().getStart().withDayOfMonth(1).plusMonths(1);
    while (cut.isBefore(line.period().getEnd())) {
      cuts.add(cut);
      cut = cut.plusMonths(1);
    }
    return split(line, cuts, sales);
  }

  /** The rounded cumulative accrual, in minor units, at each of the sorted bounds (inside the period). */
  private static long[] cumulative(SpendLine line, List<LocalDate> bounds, List<SalesDay> sales) {
    Args.notNull(sales, "sales");
    if (sales.size() > SpendBounds.MAX_RECORDS) {
      throw Args.invalid("sales", "have at most " + SpendBounds.MAX_RECORDS + " records", sales.size() + " records");
    }
    LocalDate start = line.period().getStart();
    long[] result = new long[bounds.size()];
    if (line.lumpSum().isPresent()) {
      long total = Monies.toMinorUnits(line.lumpSum().get());
      long days = line.period().lengthInDays();
      for (int i = 0; i < result.length; i++) {
        long elapsed = ChronoUnit.DAYS.between(start, bounds.get(i));
        // round half up of total × elapsed / days, in integers: floor((2·total·elapsed + days) / (2·days));
        // total < 10^14 and elapsed ≤ 3,660, so the product fits a long.
        result[i] = (2 * total * elapsed + days) / (2 * days);
      }
      return result;
    }
    List<SalesDay> sorted = new ArrayList<>(sales.size());
    for (int i = 0; i < sales.size(); i++) {
      SalesDay day = Args.notNull(sales.get(i), "sales", i);
      if (!day.netSales().getCurrency().equals(line.currency())) {
        throw new CurrencyMismatchException("sales[" + i + "].netSales", line.currency(), day.netSales());
      }
      if (line.period().contains(day.date())) {
        sorted.add(day);
      }
    }
    sorted.sort(Comparator.comparing(SalesDay::date));
    BigDecimal rate = line.perCase().map(Monies::decimal).orElseGet(() -> line.salesRate().orElseThrow().fraction());
    int digits = Monies.minorDigits(line.currency());
    BigDecimal basis = BigDecimal.ZERO;
    int next = 0;
    for (int i = 0; i < result.length; i++) {
      while (next < sorted.size() && sorted.get(next).date().isBefore(bounds.get(i))) {
        basis = basis.add(basisOf(line, sorted.get(next)));
        next++;
      }
      BigDecimal accrued = rate.multiply(basis);
      if (accrued.compareTo(SpendBounds.MAX_AMOUNT) >= 0) {
        throw Args.invalid("sales", "accrue less than " + SpendBounds.MAX_AMOUNT.toPlainString() + " before " + bounds.get(i),
            accrued.toPlainString());
      }
      result[i] = accrued.movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
    return result;
  }

  private static BigDecimal basisOf(SpendLine line, SalesDay day) {
    if (line.salesRate().isPresent()) {
      return Monies.decimal(day.netSales());
    }
    return BigDecimal.valueOf(line.method().onScannedCases() ? day.casesScanned() : day.casesShipped());
  }
}
