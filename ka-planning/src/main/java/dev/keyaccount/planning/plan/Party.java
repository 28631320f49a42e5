package dev.keyaccount.planning.plan;

/** A side of a customer plan: who makes a commitment. */
public enum Party {
  /** The manufacturer, us (厂家). */
  MANUFACTURER,
  /** The retailer, the key account (零售商). */
  RETAILER
}
