package dev.keyaccount.kpi.cadence;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales cadence (销量均衡度): how evenly sales spread over the weeks of a month (or the months of a
 * quarter). Seed 002's bad case: the first three weeks make 30%, the last week 70%.
 *
 * <p>With {@code n} periods of shares {@code s_i}, the balance index is
 * {@code 1 − Σ|s_i − 1/n| / (2 (1 − 1/n))}: the total distance from an even spread, divided by its
 * largest possible value (everything in one period), taken from one. It is 1 for an even spread and 0
 * when one period sells everything; seed 002's 10/10/10/70 weeks give 0.4. The last period is flagged
 * when its share exceeds the limit; {@link #DEFAULT} uses {@link #DEFAULT_LIMIT}. This class is
 * stateless and thread-safe.
 */
public final class SalesCadence {

  /** The default limit on the last period's share: 40%. */
  public static final Rate DEFAULT_LIMIT = Rate.of("0.40");

  /** The calculator with {@link #DEFAULT_LIMIT}. */
  public static final SalesCadence DEFAULT = new SalesCadence(DEFAULT_LIMIT);

  private final Rate limit;

  /** The most periods one analysis takes (days of more than twenty years, or weeks of a century and more). */
  public static final int MAX_PERIODS = 10_000;

  /**
   * Creates a calculator with a limit on the last period's share.
   *
   * @param lastPeriodLimit the limit, in {@code [0, 1]}
   * @throws NullPointerException if the limit is null
   * @throws IllegalArgumentException if the limit is not in {@code [0, 1]}
   */
  public SalesCadence(Rate lastPeriodLimit) {
    Args.notNull(lastPeriodLimit, "lastPeriodLimit");
    Args.check(lastPeriodLimit.isBetweenZeroAndOne(), "lastPeriodLimit", "be between 0% and 100%", lastPeriodLimit);
    this.limit = lastPeriodLimit;
  }

  /**
   * Analyses sales per period.
   *
   * @param periodSales sales of each period in order (at least two periods, at most {@link #MAX_PERIODS}),
   *     none negative or beyond the decimal bound, not all zero
   * @return the shares, balance index and last-period flag
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if fewer than two or more than {@link #MAX_PERIODS} periods are given,
   *     one is negative or beyond the decimal bound, or all are zero
   */
  public CadenceReport analyse(List<BigDecimal> periodSales) {
    Args.notNull(periodSales, "periodSales");
    Args.check(periodSales.size() >= 2, "periodSales", "have at least two periods", periodSales);
    Args.check(periodSales.size() <= MAX_PERIODS, "periodSales", "have at most " + MAX_PERIODS + " periods",
        periodSales.size() + " periods");
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < periodSales.size(); i++) {
      Args.bounded(periodSales.get(i), "periodSales", i);
      total = total.add(Args.notNegative(periodSales.get(i), "periodSales[" + i + "]"));
    }
    Args.check(total.signum() > 0, "periodSales", "not all be zero", periodSales);
    int n = periodSales.size();
    BigDecimal count = BigDecimal.valueOf(n);
    List<Rate> shares = new ArrayList<>(n);
    // Σ|s_i − 1/n| = Σ|n·x_i − T| / (n·T): summed exactly, divided once.
    BigDecimal distance = BigDecimal.ZERO;
    for (BigDecimal sales : periodSales) {
      shares.add(Rate.ratio(sales, total));
      distance = distance.add(sales.multiply(count).subtract(total).abs());
    }
    BigDecimal maxDistance = BigDecimal.valueOf(2L * (n - 1)).multiply(total);
    BigDecimal balance = BigDecimal.ONE.subtract(distance.divide(maxDistance, Rate.PRECISION));
    return CadenceReport.of(shares, Rate.of(balance), limit);
  }
}
