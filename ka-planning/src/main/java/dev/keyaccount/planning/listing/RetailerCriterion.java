package dev.keyaccount.planning.listing;

/** What a retailer judges a new listing by (零售商的新品进场标准). */
public enum RetailerCriterion {
  /** The SKU brings incremental volume to the category (增量). */
  INCREMENTAL_VOLUME,
  /** The SKU adds category value: the retailer's front margin (前台毛利) meets its minimum. */
  CATEGORY_VALUE,
  /** The supplier backs the listing with support money (厂家支持). */
  SUPPLIER_SUPPORT,
  /** The SKU has a barcode (条码). */
  BARCODE,
  /** One in, one out (一进一出): the proposal names the SKU it replaces. */
  ONE_IN_ONE_OUT
}
