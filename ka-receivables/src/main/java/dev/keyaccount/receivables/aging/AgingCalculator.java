package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Ages open items into buckets of days past due, per account and in total, as of a date passed in
 * (no clock is read). Sums are exact. Stateless and thread-safe.
 */
public final class AgingCalculator {

  /** The calculator with the standard buckets: current, 1-30, 31-60, 61-90, 90+. */
  public static final AgingCalculator DEFAULT = new AgingCalculator(AgingBuckets.standard());

  private final AgingBuckets buckets;

  /**
   * Returns a calculator with the given buckets.
   *
   * @param buckets the buckets
   * @throws NullPointerException if the buckets are null
   */
  public AgingCalculator(AgingBuckets buckets) {
    this.buckets = Args.notNull(buckets, "buckets");
  }

  /**
   * Ages open items; an item that cannot be aged (null, in another currency, or repeating an earlier
   * item's account and reference, which would count one document twice) is left out and reported as a
   * failure item of the report, its id being the item's reference.
   *
   * @param items the open items, in the given currency
   * @param asOf the date of the report
   * @param currency the currency of the report (the zero of an empty report)
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amounts of the items add up beyond the decimal bound (an
   *     account's bucket, a bucket or the total)
   */
  public AgingReport age(Collection<OpenItem> items, LocalDate asOf, CurrencyUnit currency) {
    Args.notNull(items, "items");
    Args.notNull(asOf, "asOf");
    Args.notNull(currency, "currency");
    int size = buckets.size();
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    BigDecimal[] totals = zeros(size);
    Failures failures = new Failures("items");
    int index = -1;
    for (OpenItem item : items) {
      index++;
      if (failures.isNull(item, index)
          || failures.isOtherCurrency(item.amount(), currency, index, item.reference(), "amount")
          || failures.isDuplicate(List.of(item.accountId(), item.reference()), item.reference(), index)) {
        continue;
      }
      int bucket = buckets.bucketOf(ChronoUnit.DAYS.between(item.dueDate(), asOf));
      BigDecimal value = Monies.decimal(item.amount());
      BigDecimal[] account = sums.computeIfAbsent(item.accountId(), k -> zeros(size));
      account[bucket] = account[bucket].add(value);
      totals[bucket] = totals[bucket].add(value);
    }
    AgingReport.Builder report = AgingReport.builder().asOf(asOf).labels(buckets.labels())
        .failures(failures.items());
    sums.forEach((account, values) -> report.putByAccount(account, money(values, currency)));
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal t : totals) {
      total = total.add(t);
    }
    return report.totals(money(totals, currency)).total(Monies.of(summed(total), currency)).build();
  }

  /**
   * The buckets this calculator uses.
   *
   * @return the buckets
   */
  public AgingBuckets buckets() {
    return buckets;
  }

  private static BigDecimal[] zeros(int size) {
    BigDecimal[] zeros = new BigDecimal[size];
    java.util.Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }

  private static List<MonetaryAmount> money(BigDecimal[] values, CurrencyUnit currency) {
    List<MonetaryAmount> amounts = new ArrayList<>(values.length);
    for (BigDecimal v : values) {
      amounts.add(Monies.of(summed(v), currency));
    }
    return amounts;
  }

  /**
   * A sum of the items' amounts, within the decimal bound: each amount is, but many large ones may add up
   * beyond it, which is the items' fault, said so, not a figure's.
   */
  private static BigDecimal summed(BigDecimal sum) {
    return Args.bounded(sum, "items (a sum of their amounts)");
  }
}
