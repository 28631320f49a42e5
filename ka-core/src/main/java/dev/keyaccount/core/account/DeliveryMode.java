package dev.keyaccount.core.account;

/** How goods reach a retailer's stores (配送方式). */
public enum DeliveryMode {
  /** The supplier delivers to each store (直送门店). */
  DIRECT_TO_STORE,
  /** The supplier delivers to the retailer's distribution centre (配送中心). */
  DISTRIBUTION_CENTRE
}
