package dev.keyaccount.core.promotion;

/** The promotion types of the seeds, each consumer or trade. */
public enum PromotionType {
  /** Price-off (降价). */
  PRICE_OFF(PromotionAudience.CONSUMER),
  /** Consumer contest or lottery (有奖竞赛). */
  CONTEST(PromotionAudience.CONSUMER),
  /** Gift with purchase (赠品). */
  GIFT(PromotionAudience.CONSUMER),
  /** Value pack, more product for the same price (增值包装). */
  VALUE_PACK(PromotionAudience.CONSUMER),
  /** Sampling (样品派送). */
  SAMPLING(PromotionAudience.CONSUMER),
  /** Store sales contest (门店销售竞赛). */
  STORE_SALES_CONTEST(PromotionAudience.TRADE),
  /** Display fee paid for extra display (陈列费). */
  DISPLAY_FEE(PromotionAudience.TRADE),
  /** Sales incentive to store staff (销售奖励). */
  SALES_INCENTIVE(PromotionAudience.TRADE),
  /** Trade discount (折扣). */
  DISCOUNT(PromotionAudience.TRADE);

  private final PromotionAudience audience;

  PromotionType(PromotionAudience audience) {
    this.audience = audience;
  }

  /**
   * Whether this is a consumer or a trade promotion.
   *
   * @return the audience
   */
  public PromotionAudience audience() {
    return audience;
  }
}
