package dev.keyaccount.kpi.share;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The market share KPI (市场份额): our growth must beat the account's or the market's growth.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class MarketShare {

  /** The calculator. */
  public static final MarketShare DEFAULT = new MarketShare();

  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  private MarketShare() {}

  /**
   * Returns our share of the category at the account: our sales / category sales.
   *
   * @param ours our sales in the category, not negative, at most the category's
   * @param category the category's sales at the account, positive, in the same currency
   * @return the share, in {@code [0, 1]}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an amount is out of range or currencies differ
   */
  public Rate share(MonetaryAmount ours, MonetaryAmount category) {
    Args.notNegative(ours, "ours");
    Args.positive(category, "category");
    Monies.requireSameCurrency(category, ours, "ours");
    if (ours.isGreaterThan(category)) {
      throw Args.invalid("ours", "not exceed the category's sales " + category, ours);
    }
    return Rate.ratio(ours, category);
  }

  /**
   * Returns the relative change of our share from our growth and the account's growth.
   *
   * @param ourGrowth our sales growth, above −100%
   * @param accountGrowth the account's (or market's) growth in the category, above −100%
   * @return the change, with the outcome stated as gained, held or lost
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a growth rate is −100% or below
   */
  public ShareChange change(Rate ourGrowth, Rate accountGrowth) {
    Args.notNull(ourGrowth, "ourGrowth");
    Args.notNull(accountGrowth, "accountGrowth");
    Args.check(ourGrowth.fraction().compareTo(MINUS_ONE) > 0, "ourGrowth", "be above -100%", ourGrowth);
    Args.check(accountGrowth.fraction().compareTo(MINUS_ONE) > 0, "accountGrowth", "be above -100%", accountGrowth);
    BigDecimal ratio = BigDecimal.ONE.add(ourGrowth.fraction())
        .divide(BigDecimal.ONE.add(accountGrowth.fraction()), Rate.PRECISION);
    return ShareChange.of(ourGrowth, accountGrowth, ratio);
  }
}
