package dev.keyaccount.core.account;

/** Where a retailer decides pricing, promotion, ordering and display (门店权限). */
public enum DecisionLevel {
  /** Decided in each store. */
  STORE,
  /** Decided at head office. */
  HEAD_OFFICE
}
