package dev.keyaccount.receivables.deduction;

/**
 * Our reason types (扣款类型): what kind of authorization justifies a deduction. A retailer's own
 * reason codes are mapped to these by {@link MatchingPolicy#reasonCodes()}.
 */
public enum ReasonType {
  /** Promotion support (促销费用), authorized by a promotion accrual. */
  PROMOTION,
  /** Display fee (陈列费), authorized by the annual agreement or a display contract. */
  DISPLAY_FEE,
  /** Listing fee (进场费/条码费), authorized by the annual agreement. */
  LISTING_FEE,
  /** Rebate (返利), authorized by the agreement's rebate accrual. */
  REBATE,
  /** An invoice-level difference (价差/短货): price differences and shortages against an invoice. */
  INVOICE,
  /** Returns and damages (退货/破损), authorized by a credit note (红字发票). */
  CREDIT_NOTE
}
