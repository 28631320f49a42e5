package dev.keyaccount.planning.listing;

/** The content a new listing proposal (新品进场提案) must carry. */
public enum ListingItem {
  /** Product features (产品特点). */
  FEATURES,
  /** Positioning (定位). */
  POSITIONING,
  /** Market data (市场数据). */
  MARKET_DATA,
  /** Sales forecast, in cases (销量预估). */
  SALES_FORECAST,
  /** Listing timing (进场时间). */
  LISTING_DATE,
  /** Promotion plan (促销计划). */
  PROMOTION_PLAN,
  /** Purchase price per case (进价). */
  PURCHASE_PRICE,
  /** Suggested retail price per case (建议零售价). */
  RETAIL_PRICE,
  /** Promotional price per case (促销价). */
  PROMOTIONAL_PRICE,
  /** Listing fee (进场费). */
  LISTING_FEE,
  /** Rebate (返利). */
  REBATE,
  /** Payment terms in days (账期). */
  PAYMENT_TERMS,
  /** Shelf location (货架位置). */
  SHELF_LOCATION,
  /** Number of facings (排面数). */
  FACINGS
}
