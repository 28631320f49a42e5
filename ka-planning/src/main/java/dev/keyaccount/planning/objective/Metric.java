package dev.keyaccount.planning.objective;

/** The metrics a plan's objectives are set on, primary (主要目标) or secondary (次要目标). */
public enum Metric {
  /** Sales volume (销量), primary. */
  SALES_VOLUME(true),
  /** Market share (市场份额), primary. */
  MARKET_SHARE(true),
  /** Display points (陈列点), primary. */
  DISPLAY_POINTS(true),
  /** Display rate (陈列率), primary. */
  DISPLAY_RATE(true),
  /** SKU count (单品数), primary. */
  SKU_COUNT(true),
  /** Store distribution rate (铺货率), primary. */
  STORE_DISTRIBUTION_RATE(true),
  /** Spend (费用), secondary. */
  SPEND(false),
  /** Expense ratio (费用比), secondary. */
  EXPENSE_RATIO(false),
  /** Profit (利润), secondary. */
  PROFIT(false),
  /** Activity points (活动点), secondary. */
  ACTIVITY_POINTS(false),
  /** Activity rate (活动率), secondary. */
  ACTIVITY_RATE(false);

  private final boolean primary;

  Metric(boolean primary) {
    this.primary = primary;
  }

  /**
   * Whether the metric is a primary objective.
   *
   * @return true for primary, false for secondary
   */
  public boolean isPrimary() {
    return primary;
  }
}
