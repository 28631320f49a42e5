package dev.keyaccount.core.promotion;

/** What a promotion is meant to achieve. */
public enum PromotionObjective {
  /** Get consumers to try the product (试用). */
  TRIAL,
  /** Keep existing buyers (忠诚度). */
  LOYALTY,
  /** Lift volume (上量). */
  VOLUME,
  /** Win display or shelf space in store (争取陈列). */
  DISPLAY,
  /** Clear stock (清库存). */
  STOCK_CLEARANCE
}
