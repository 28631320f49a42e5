package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.Args;
import java.util.List;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A tiered rebate of an agreement (阶梯返利条款), its thresholds as data: the account, the period, what
 * it is measured on, the tiers and how they apply, whether it pays on growth over a baseline period,
 * and whether a final settlement may claw back interim payments.
 *
 * <p>Bounds: one to {@value #MAX_TIERS} tiers, all of the scheme's measure and currency, thresholds
 * strictly increasing, rates non-decreasing (a higher tier never pays less per unit); ids at most 64
 * characters; the period bounded and non-empty. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RebateScheme {

  /** The most tiers a scheme may have. */
  public static final int MAX_TIERS = 10;

  RebateScheme() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The scheme's id, such as the agreement line's.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The account the rebate is paid to.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The rebate period, half-open.
   *
   * @return the period
   */
  public abstract LocalDateRange period();

  /**
   * What the thresholds are measured on.
   *
   * @return the measure
   */
  public abstract RebateMeasure measure();

  /**
   * How tiers apply: stepped or cumulative (retroactive).
   *
   * @return the style
   */
  public abstract RebateStyle style();

  /**
   * The tiers, by increasing threshold.
   *
   * @return one to {@value #MAX_TIERS} tiers
   */
  public abstract List<RebateTier> tiers();

  /**
   * Whether the base is the growth over a baseline period (增长返利): {@code max(0, actual − baseline)}.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean onGrowth() {
    return false;
  }

  /**
   * Whether the final settlement may be negative, recovering interim payments above the rebate earned
   * (追回); if not, it is zero and the excess is reported.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean clawbackAllowed() {
    return false;
  }

  /**
   * The currency the rebate is paid in.
   *
   * @return the first tier's currency
   */
  public CurrencyUnit currency() {
    return tiers().get(0).currency();
  }

  @Value.Check
  void check() {
    Args.notBlank(id(), "id");
    if (id().length() > 64) {
      throw Args.invalid("id", "have at most 64 characters", id().length() + " characters");
    }
    Args.notBlank(accountId(), "accountId");
    if (accountId().length() > 64) {
      throw Args.invalid("accountId", "have at most 64 characters", accountId().length() + " characters");
    }
    Args.check(!period().isEmpty() && !period().isUnboundedStart() && !period().isUnboundedEnd(), "period",
        "be a bounded, non-empty range", period());
    if (!(!tiers().isEmpty() && tiers().size() <= MAX_TIERS)) {
      throw Args.invalid("tiers", "number from 1 to " + MAX_TIERS, tiers().size() + " tiers");
    }
    for (int i = 0; i < tiers().size(); i++) {
      RebateTier tier = tiers().get(i);
      String name = "tiers[" + i + "]";
      if (tier.measure() != measure()) {
        throw Args.invalid(name, "be a " + measure() + " tier", tier.measure());
      }
      if (!tier.currency().equals(currency())) {
        throw Args.invalid(name, "be in " + currency(), tier.currency());
      }
      if (i > 0) {
        RebateTier previous = tiers().get(i - 1);
        if (tier.threshold().compareTo(previous.threshold()) <= 0) {
          throw Args.invalid(name, "start above the previous tier's " + previous.threshold().toPlainString(),
              tier.threshold().toPlainString());
        }
        if (tier.rate().compareTo(previous.rate()) < 0) {
          throw Args.invalid(name, "pay at least the previous tier's " + previous.rate().toPlainString(),
              tier.rate().toPlainString());
        }
      }
    }
  }

  /** Builds a {@link RebateScheme}; growth and clawback are off unless set. */
  public static final class Builder extends ImmutableRebateScheme.Builder {}
}
