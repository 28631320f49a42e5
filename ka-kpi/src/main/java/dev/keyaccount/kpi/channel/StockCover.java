package dev.keyaccount.kpi.channel;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The weeks of sales a customer's inventory covers, and whether that is stuffing (压货). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class StockCover {

  StockCover() {}

  static StockCover of(CustomerStock stock, Optional<BigDecimal> weeks, boolean stuffed) {
    return ImmutableStockCover.builder().stock(stock).weeksOfCover(weeks).stuffed(stuffed).build();
  }

  /**
   * The stock position measured.
   *
   * @return the position
   */
  public abstract CustomerStock stock();

  /**
   * Weeks of cover: inventory / weekly sales, exact to 34 digits.
   *
   * @return the weeks, empty when nothing sells (cover without end)
   */
  public abstract Optional<BigDecimal> weeksOfCover();

  /**
   * Whether the inventory covers more weeks than the limit, or stock sits where nothing sells.
   *
   * @return true if flagged as stuffing
   */
  public abstract boolean stuffed();
}
