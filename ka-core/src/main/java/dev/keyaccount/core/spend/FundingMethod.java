package dev.keyaccount.core.spend;

/**
 * How a promotion or agreement line is funded (费用支付方式), which fixes what it accrues on and whether
 * the retailer is expected to claim it.
 *
 * <p>The terms a {@link SpendLine} must carry follow from the method: a lump sum for {@link #LUMP_SUM},
 * a rate per case for {@link #PER_CASE} and {@link #SCAN_DOWN}, a rate of sales for
 * {@link #PERCENT_OF_SALES}, and either of the last two for {@link #OFF_INVOICE} and {@link #BILL_BACK}.
 */
public enum FundingMethod {
  /** A fixed amount over the period (固定费用), accrued per day pro rata; the retailer claims it. */
  LUMP_SUM(true),
  /** A rate per case shipped to the retailer (按箱); the retailer claims it, usually by deduction. */
  PER_CASE(true),
  /** A rate per case the retailer sold to consumers by scan data (扫描返利, scan-down); claimed. */
  SCAN_DOWN(true),
  /** A share of net invoiced sales (按销售额比例); claimed. */
  PERCENT_OF_SALES(true),
  /** Taken off the invoice (票折): accrued and settled at invoicing, so nothing is left to claim. */
  OFF_INVOICE(false),
  /** Accrued as we sell, paid after the period when the retailer bills it back (事后返还): a claim is expected. */
  BILL_BACK(true);

  private final boolean claimable;

  FundingMethod(boolean claimable) {
    this.claimable = claimable;
  }

  /**
   * Whether an accrual under this method leaves an amount the retailer may claim (by deduction or
   * by invoice); false only for {@link #OFF_INVOICE}, settled on the invoice itself.
   *
   * @return true if a claim is expected
   */
  public boolean claimable() {
    return claimable;
  }

  /**
   * Whether the method accrues on cases the retailer sold through (scan data) rather than cases shipped.
   *
   * @return true for {@link #SCAN_DOWN}
   */
  public boolean onScannedCases() {
    return this == SCAN_DOWN;
  }

  boolean accepts(String term) {
    switch (this) {
      case LUMP_SUM:
        return term.equals("lumpSum");
      case PER_CASE:
      case SCAN_DOWN:
        return term.equals("perCase");
      case PERCENT_OF_SALES:
        return term.equals("salesRate");
      default:
        return !term.equals("lumpSum");
    }
  }
}
