package dev.keyaccount.core.agreement;

/** The kinds of trade investment an agreement commits (费用类型). */
public enum FeeType {
  /** Listing fee (进场费). */
  LISTING,
  /** Barcode / SKU fee (条码费). */
  BARCODE,
  /** Display fee (陈列费) for end caps, stacks and extra facings. */
  DISPLAY,
  /** DM and festival fees (DM费/节庆费), typically 200–500 per store per festival. */
  FESTIVAL_DM,
  /** Promotion support (促销支持). */
  PROMOTION_SUPPORT,
  /** Rebate (返利). */
  REBATE
}
