package dev.keyaccount.kpi.cadence;

import dev.keyaccount.core.money.Rate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The cadence of sales over the periods (weeks or months) of a longer period: each period's share, the
 * balance index and whether the last period exceeded the limit. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CadenceReport {

  CadenceReport() {}

  static CadenceReport of(List<Rate> shares, Rate balance, Rate limit) {
    return ImmutableCadenceReport.builder().shares(shares).balanceIndex(balance).lastPeriodLimit(limit).build();
  }

  /**
   * Each period's share of the total, in period order; they sum to exactly 100% up to
   * {@link Rate#PRECISION}.
   *
   * @return the shares
   */
  public abstract List<Rate> shares();

  /**
   * The balance index: 1 when every period sells the same, 0 when one period sells everything. See
   * {@link SalesCadence} for the formula.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate balanceIndex();

  /**
   * The limit on the last period's share.
   *
   * @return the limit
   */
  public abstract Rate lastPeriodLimit();

  /**
   * The last period's share.
   *
   * @return the share
   */
  public Rate lastPeriodShare() {
    return shares().get(shares().size() - 1);
  }

  /**
   * Whether the last period's share exceeds the limit (月底冲量, a month-end rush).
   *
   * @return true if flagged
   */
  public boolean lastPeriodFlagged() {
    return lastPeriodShare().compareTo(lastPeriodLimit()) > 0;
  }
}
