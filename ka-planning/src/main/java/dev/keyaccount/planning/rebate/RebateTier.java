package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One tier of a rebate (返利档位): from which base it starts and what it pays, per case for a volume
 * rebate or as a share of net sales for a value rebate.
 *
 * <p>Bounds: a threshold from 0 to below 10^12 (cases or major units), with at most 2 decimals for
 * value; a rate per case from 0 to below 10^6 with at most 6 decimals; a share in {@code [0, 1]} with
 * at most 6 decimals. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RebateTier {

  /** Thresholds stay below 10^12 cases or major units. */
  public static final BigDecimal MAX_THRESHOLD = BigDecimal.TEN.pow(12);
  /** A rate per case stays below 10^6 major units. */
  public static final BigDecimal MAX_PER_CASE = BigDecimal.TEN.pow(6);
  /** Rates have at most 6 decimals. */
  public static final int MAX_RATE_DECIMALS = 6;

  RebateTier() {}

  /**
   * A volume tier: from {@code fromCases} cases on, {@code perCase} per case. The threshold is a point on
   * the base: a stepped scheme pays the rate on the cases above it (a tier of "cases 3 to 4" starts at 2),
   * a cumulative one when the cases are at least it (see {@link RebateCalculator}).
   *
   * @param fromCases the tier's threshold in cases
   * @param perCase the amount per case
   * @return the tier
   * @throws IllegalArgumentException if a value is out of bounds
   */
  public static RebateTier ofVolume(long fromCases, MonetaryAmount perCase) {
    Args.notNegative(perCase, "perCase");
    BigDecimal rate = Monies.decimal(perCase);
    if (rate.compareTo(MAX_PER_CASE) >= 0) {
      throw Args.invalid("perCase", "be below " + MAX_PER_CASE.toPlainString(), perCase);
    }
    Args.check(rate.stripTrailingZeros().scale() <= MAX_RATE_DECIMALS, "perCase",
        "have at most " + MAX_RATE_DECIMALS + " decimals", perCase);
    Args.notNegative(fromCases, "fromCases");
    return ImmutableRebateTier.of(RebateMeasure.VOLUME, BigDecimal.valueOf(fromCases), rate, perCase.getCurrency());
  }

  /**
   * A value tier: from net sales of {@code from} on, {@code share} of net sales.
   *
   * @param from the tier's threshold in net sales
   * @param share the share of net sales, in {@code [0, 1]}
   * @return the tier
   * @throws IllegalArgumentException if a value is out of bounds
   */
  public static RebateTier ofValue(MonetaryAmount from, Rate share) {
    Args.notNegative(from, "from");
    Args.check(Monies.isWholeMinorUnits(from), "from", "be a whole number of minor units", from);
    Args.notNull(share, "share");
    BigDecimal rate = share.fraction();
    if (!share.isBetweenZeroAndOne()) {
      throw Args.invalid("share", "be in [0, 1]", rate.toPlainString());
    }
    if (rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
      throw Args.invalid("share", "have at most " + MAX_RATE_DECIMALS + " decimals", rate.toPlainString());
    }
    return ImmutableRebateTier.of(RebateMeasure.VALUE, Monies.decimal(from), rate, from.getCurrency());
  }

  /**
   * What the tier is measured on.
   *
   * @return the measure
   */
  @Value.Parameter
  public abstract RebateMeasure measure();

  /**
   * Where the tier starts: cases for volume, major currency units for value.
   *
   * @return not negative, below {@link #MAX_THRESHOLD}
   */
  @Value.Parameter
  public abstract BigDecimal threshold();

  /**
   * What the tier pays per unit of base: an amount per case (volume) or a fraction of sales (value).
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract BigDecimal rate();

  /**
   * The currency the tier pays in.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract CurrencyUnit currency();

  @Value.Check
  void check() {
    if (threshold().compareTo(MAX_THRESHOLD) >= 0) {
      throw Args.invalid("threshold", "be below " + MAX_THRESHOLD.toPlainString(), threshold().toPlainString());
    }
  }
}
