package dev.keyaccount.core.account;

/** The format of a store or chain (业态). */
public enum RetailFormat {
  /** Hypermarket (大卖场), such as Carrefour or Walmart stores. */
  HYPERMARKET,
  /** Supermarket (超市). */
  SUPERMARKET,
  /** Convenience store (便利店). */
  CONVENIENCE,
  /** Warehouse club (仓储会员店), such as Metro. */
  WAREHOUSE_CLUB
}
