package dev.keyaccount.core.promotion;

/** Whom a promotion addresses. */
public enum PromotionAudience {
  /** Consumer promotion (消费者促销), run in store for shoppers. */
  CONSUMER,
  /** Trade promotion (通路促销), aimed at the retailer and its staff. */
  TRADE
}
