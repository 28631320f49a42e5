package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;

/**
 * The classification of a key account (KA分类) by attractiveness and support, each split at 50 points
 * with 50 counting as high.
 */
public enum AccountQuadrant {
  /** Star (明星类): high attractiveness, high support; big volume, good relationship, low cost. */
  STAR,
  /** Question mark (问题类): high attractiveness, low support; big volume, high cost, poor relationship. */
  QUESTION_MARK,
  /** Cash cow (金牛类): low attractiveness, high support; poor volume, good relationship, low cost. */
  CASH_COW,
  /** Dog (瘦狗类): low attractiveness, low support; low volume, poor relationship, high cost. */
  DOG;

  /** The split between low and high on each axis: 50 points, which counts as high. */
  public static final BigDecimal SPLIT = BigDecimal.valueOf(50);

  /**
   * Classifies axis totals.
   *
   * @param attractiveness the attractiveness total
   * @param support the support total
   * @return the quadrant, 50 counting as high on each axis
   * @throws NullPointerException if an argument is null
   */
  public static AccountQuadrant of(BigDecimal attractiveness, BigDecimal support) {
    Args.notNull(attractiveness, "attractiveness");
    Args.notNull(support, "support");
    return of(attractiveness.compareTo(SPLIT) >= 0, support.compareTo(SPLIT) >= 0);
  }

  static AccountQuadrant of(boolean highAttractiveness, boolean highSupport) {
    if (highAttractiveness) {
      return highSupport ? STAR : QUESTION_MARK;
    }
    return highSupport ? CASH_COW : DOG;
  }

  /**
   * Returns the standard service policy (对策) of this quadrant, from DOMAIN.md §3.
   *
   * @return the policy
   */
  public ServicePolicy servicePolicy() {
    return ServicePolicy.standard(this);
  }
}
