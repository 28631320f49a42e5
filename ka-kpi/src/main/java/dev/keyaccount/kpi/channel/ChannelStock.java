package dev.keyaccount.kpi.channel;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Channel stuffing (压货): weeks of cover of customer inventory, flagged over a limit. Stock that covers
 * months of sales is pushed, not sold. {@link #DEFAULT} flags more than {@link #DEFAULT_LIMIT_WEEKS}
 * weeks (a month) of cover. This class is stateless and thread-safe.
 */
public final class ChannelStock {

  /** The default limit: 4 weeks of cover. */
  public static final BigDecimal DEFAULT_LIMIT_WEEKS = BigDecimal.valueOf(4);

  /** The calculator with the default limit. */
  public static final ChannelStock DEFAULT = new ChannelStock(DEFAULT_LIMIT_WEEKS);

  private final BigDecimal limitWeeks;

  /**
   * Creates a calculator flagging cover above a limit.
   *
   * @param limitWeeks the most weeks of cover that are not stuffing, positive
   * @throws NullPointerException if the limit is null
   * @throws IllegalArgumentException if the limit is not positive
   */
  public ChannelStock(BigDecimal limitWeeks) {
    this.limitWeeks = Args.positive(limitWeeks, "limitWeeks");
  }

  /**
   * Measures one customer's cover.
   *
   * @param stock the stock position
   * @return the weeks of cover and the stuffing flag; stock where nothing sells is flagged
   * @throws NullPointerException if the stock is null
   */
  public StockCover cover(CustomerStock stock) {
    Args.notNull(stock, "stock");
    BigDecimal inventory = BigDecimal.valueOf(stock.inventoryCases());
    if (stock.weeklySalesCases().signum() == 0) {
      return StockCover.of(stock, Optional.empty(), stock.inventoryCases() > 0);
    }
    BigDecimal weeks = inventory.divide(stock.weeklySalesCases(), Rate.PRECISION);
    return StockCover.of(stock, Optional.of(weeks), weeks.compareTo(limitWeeks) > 0);
  }

  /**
   * Measures several customers' cover, in input order.
   *
   * @param stocks the stock positions
   * @return one cover per position
   * @throws NullPointerException if the list or an element is null
   */
  public List<StockCover> cover(List<CustomerStock> stocks) {
    Args.notNull(stocks, "stocks");
    List<StockCover> result = new ArrayList<>(stocks.size());
    for (int i = 0; i < stocks.size(); i++) {
      result.add(cover(Args.notNull(stocks.get(i), "stocks", i)));
    }
    return List.copyOf(result);
  }
}
