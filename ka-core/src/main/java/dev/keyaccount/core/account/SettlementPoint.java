package dev.keyaccount.core.account;

/** Where a retailer settles supplier accounts (结算方式). */
public enum SettlementPoint {
  /** Many regional settlement points (Carrefour's model in the seed). */
  REGIONAL,
  /** One head-office settlement (Walmart's model in the seed). */
  HEAD_OFFICE
}
