package dev.keyaccount.core.product;

/** The role a SKU plays in the portfolio offered to an account. */
public enum PortfolioRole {
  /** Profit product (利润产品): carries the margin. */
  PROFIT,
  /** Image or halo product (烘托产品): builds the brand on shelf. */
  IMAGE,
  /** Volume driver (跑量产品): carries the volume, often at thin margin. */
  VOLUME
}
