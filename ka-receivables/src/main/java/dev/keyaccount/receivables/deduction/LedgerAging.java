package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * The aging figures of a ledger: its open amounts (disputed plus unresolved) totalled by the age of
 * their deductions, and its days deductions outstanding. Amounts are summed exactly in minor units
 * ({@link ExactSum}), so no count of lines overflows. {@link DeductionLedger} checks the arguments and
 * documents the figures; this class only computes them.
 */
final class LedgerAging {

  private LedgerAging() {}

  /**
   * The open amounts aged by deduction date: one total per bucket, in the buckets' order, by the days
   * from the deduction's date to {@code asOf}; a deduction dated after {@code asOf} is in the first
   * bucket.
   */
  static List<Money> agedOpenAmounts(LedgerState state, CurrencyUnit currency, LocalDate asOf,
      AgingBuckets buckets) {
    ExactSum[] sums = new ExactSum[buckets.size()];
    for (int b = 0; b < sums.length; b++) {
      sums[b] = new ExactSum();
    }
    long day = asOf.toEpochDay();
    state.forEachOpen(d -> sums[buckets.bucketOf(Math.max(0, day - d.date))].add(d.open()));
    List<Money> totals = new ArrayList<>(sums.length);
    int minorDigits = Monies.minorDigits(currency);
    for (ExactSum sum : sums) {
      totals.add(sum.money(currency, minorDigits));
    }
    return List.copyOf(totals);
  }

  /**
   * The open amount times {@code periodDays}, divided by the amount of the deductions dated in the
   * {@code periodDays} days up to and including {@code asOf}, rounded half-up to one decimal; empty if
   * that amount is zero.
   */
  static Optional<BigDecimal> daysDeductionsOutstanding(LedgerState state, LocalDate asOf, int periodDays) {
    long last = asOf.toEpochDay();
    long first = last - (periodDays - 1L);
    ExactSum deducted = new ExactSum();
    ExactSum stillOpen = new ExactSum();
    // The deductions of the period from the ledger's rows by date (sorted once and kept, as the ledger's
    // writer reads them too), not a line built per deduction of the whole ledger.
    LedgerRows rows = state.deductionsByDate();
    for (int r = rows.firstOnOrAfter(first); r < rows.size() && rows.date(r) <= last; r++) {
      deducted.add(rows.amount(r));
    }
    state.forEachOpen(d -> stillOpen.add(d.open()));
    BigInteger period = deducted.value();
    if (period.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(stillOpen.value().multiply(BigInteger.valueOf(periodDays)))
        .divide(new BigDecimal(period), 1, RoundingMode.HALF_UP));
  }
}
