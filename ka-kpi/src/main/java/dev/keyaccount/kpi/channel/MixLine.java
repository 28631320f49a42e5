package dev.keyaccount.kpi.channel;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One part of a mix (a channel, a brand, a pack) with its actual and planned share. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class MixLine {

  MixLine() {}

  static MixLine of(String key, BigDecimal actual, Rate actualShare, Rate plannedShare) {
    return ImmutableMixLine.builder().key(key).actual(actual).actualShare(actualShare).plannedShare(plannedShare)
        .build();
  }

  /**
   * The part's name, such as {@code "modern trade"} or {@code "500ml"}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The part's actual volume or sales.
   *
   * @return the amount, not negative
   */
  public abstract BigDecimal actual();

  /**
   * The part's actual share of the total.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate actualShare();

  /**
   * The part's planned share.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate plannedShare();

  /**
   * Actual minus planned share, in rate points: positive above plan.
   *
   * @return the deviation
   */
  public Rate deviation() {
    return actualShare().minus(plannedShare());
  }
}
