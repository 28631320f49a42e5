package dev.keyaccount.kpi.share;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The relative change of our share from two growth rates: ratio {@code (1 + g_ours) / (1 + g_account)},
 * change = ratio − 1. Seed: we grew 50%, the account 60% → ratio 0.9375, a loss of 6.25%.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ShareChange {

  ShareChange() {}

  static ShareChange of(Rate ourGrowth, Rate accountGrowth, BigDecimal ratio) {
    return ImmutableShareChange.builder().ourGrowth(ourGrowth).accountGrowth(accountGrowth).ratio(ratio).build();
  }

  /**
   * Our growth rate.
   *
   * @return the rate
   */
  public abstract Rate ourGrowth();

  /**
   * The account's (or market's) growth rate.
   *
   * @return the rate
   */
  public abstract Rate accountGrowth();

  /**
   * The share ratio, new share / old share: {@code (1 + g_ours) / (1 + g_account)}.
   *
   * @return the ratio, exact to {@link Rate#PRECISION}
   */
  public abstract BigDecimal ratio();

  /**
   * The relative change of our share: ratio − 1.
   *
   * @return the change, negative when share is lost
   */
  public Rate relativeChange() {
    return Rate.of(ratio().subtract(BigDecimal.ONE));
  }

  /**
   * Whether share was gained, held or lost.
   *
   * @return the outcome
   */
  public ShareOutcome outcome() {
    int c = ratio().compareTo(BigDecimal.ONE);
    return c > 0 ? ShareOutcome.GAINED : c == 0 ? ShareOutcome.HELD : ShareOutcome.LOST;
  }
}
