package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Computes tiered rebates (阶梯返利) and their settlements.
 *
 * <p>The base is the period's cases (volume) or net sales in major units (value); for a growth scheme
 * it is {@code max(0, actual − baseline)}. Stepped: each tier pays its rate on the part of the base
 * from its threshold up to the next tier's threshold (nothing below the first threshold). Cumulative:
 * the highest tier whose threshold the base reaches pays its rate on the whole base (nothing below the
 * first threshold). Since rates never fall with the tier, stepped ≤ cumulative for the same tiers and
 * base. The rebate is exact until it is returned, rounded once half-up to the minor unit.
 *
 * <p>A threshold is a point on the base, not a numbered case: a stepped tier pays on the base above it,
 * a cumulative tier is reached when the base is at least it. A rate card written in whole cases as
 * inclusive ranges ("cases 1–2: 10, 3–4: 20, 5 and more: 30", as many rebate tables are) is therefore
 * entered as thresholds 0, 2 and 4 for a stepped scheme (cases 3 and 4 are the base from 2 to 4; 6 cases
 * earn 2·10 + 2·20 + 2·30 = 120) and 1, 3 and 5 for a cumulative one (3 cases reach the second tier and
 * earn 3·20 = 60).
 *
 * <p>An interim settlement pays the rebate earned so far (on the full period's tiers) less what earlier
 * interims paid, never below zero. The final settlement pays the full period's rebate less all interim
 * payments; a negative difference is paid back only if the scheme allows a clawback, otherwise the final
 * payment is zero and the excess is reported. At most {@value #MAX_INTERIMS} interim payments. This class
 * is stateless and thread-safe.
 */
public final class RebateCalculator {

  /** The most interim payments a settlement takes. */
  public static final int MAX_INTERIMS = 60;

  /** The calculator; it has no settings. */
  public static final RebateCalculator DEFAULT = new RebateCalculator();

  private RebateCalculator() {}

  /**
   * The rebate earned on a performance, rounded half-up to the minor unit.
   *
   * @param scheme the scheme
   * @param actual the performance over the period (or up to a date)
   * @param baseline the baseline period's performance: given exactly when the scheme is on growth
   * @return the rebate, not negative
   * @throws IllegalArgumentException if the baseline is missing for a growth scheme or given for another,
   *     or net sales are in another currency
   */
  public Money earned(RebateScheme scheme, RebatePerformance actual, Optional<RebatePerformance> baseline) {
    Args.notNull(scheme, "scheme");
    BigDecimal base = base(scheme, actual, baseline);
    List<RebateTier> tiers = scheme.tiers();
    BigDecimal rebate = BigDecimal.ZERO;
    if (scheme.style() == RebateStyle.CUMULATIVE) {
      for (RebateTier tier : tiers) {
        if (base.compareTo(tier.threshold()) >= 0) {
          rebate = tier.rate().multiply(base);
        }
      }
    } else {
      for (int i = 0; i < tiers.size(); i++) {
        BigDecimal from = tiers.get(i).threshold();
        BigDecimal to = i + 1 < tiers.size() ? base.min(tiers.get(i + 1).threshold()) : base;
        rebate = rebate.add(tiers.get(i).rate().multiply(to.subtract(from).max(BigDecimal.ZERO)));
      }
    }
    return Monies.round(Monies.of(rebate, scheme.currency()), RoundingMode.HALF_UP);
  }

  /**
   * The tier a performance reaches (达到的档位): the highest tier whose threshold the base reaches,
   * for either style (stepped pays it on the part of the base above its threshold, cumulative on all).
   *
   * @param scheme the scheme
   * @param actual the performance over the period (or up to a date)
   * @param baseline the baseline period's performance: given exactly when the scheme is on growth
   * @return the tier's index in {@code scheme.tiers()}, from 0; empty when the base is below the first
   *     threshold
   * @throws IllegalArgumentException as {@link #earned} does
   */
  public OptionalInt tierReached(RebateScheme scheme, RebatePerformance actual, Optional<RebatePerformance> baseline) {
    Args.notNull(scheme, "scheme");
    BigDecimal base = base(scheme, actual, baseline);
    int reached = -1;
    for (int i = 0; i < scheme.tiers().size(); i++) {
      if (base.compareTo(scheme.tiers().get(i).threshold()) >= 0) {
        reached = i;
      }
    }
    return reached < 0 ? OptionalInt.empty() : OptionalInt.of(reached);
  }

  /**
   * The interim payment due: the rebate earned so far less what earlier interims paid, never below zero.
   *
   * @param scheme the scheme
   * @param toDate the performance from the period's start to the interim date
   * @param baseline the baseline to the same date, given exactly when the scheme is on growth
   * @param paidSoFar the earlier interim payments, none negative, at most {@value #MAX_INTERIMS}
   * @return the payment, not negative
   * @throws IllegalArgumentException as {@link #earned} does, or if a payment is negative, beyond the
   *     decimal bound, not in whole minor units, in another currency, or there are too many
   */
  public Money interim(RebateScheme scheme, RebatePerformance toDate, Optional<RebatePerformance> baseline,
      List<? extends MonetaryAmount> paidSoFar) {
    Money due = Monies.subtract(earned(scheme, toDate, baseline), paid(scheme, paidSoFar));
    return due.isNegative() ? Monies.zero(scheme.currency()) : due;
  }

  /**
   * The final settlement of the period.
   *
   * @param scheme the scheme
   * @param full the performance over the full period
   * @param baseline the baseline period's performance, given exactly when the scheme is on growth
   * @param interimsPaid the interim payments made, none negative, at most {@value #MAX_INTERIMS}
   * @return the settlement
   * @throws IllegalArgumentException as {@link #interim} does
   */
  public RebateSettlement settle(RebateScheme scheme, RebatePerformance full, Optional<RebatePerformance> baseline,
      List<? extends MonetaryAmount> interimsPaid) {
    Money earned = earned(scheme, full, baseline);
    Money paid = paid(scheme, interimsPaid);
    Money difference = Monies.subtract(earned, paid);
    Money zero = Monies.zero(scheme.currency());
    if (!difference.isNegative() || scheme.clawbackAllowed()) {
      return RebateSettlement.of(earned, paid, difference, zero);
    }
    return RebateSettlement.of(earned, paid, zero, difference.negate());
  }

  private static Money paid(RebateScheme scheme, List<? extends MonetaryAmount> payments) {
    Args.notNull(payments, "payments");
    if (payments.size() > MAX_INTERIMS) {
      throw Args.invalid("payments", "number at most " + MAX_INTERIMS, payments.size());
    }
    for (int i = 0; i < payments.size(); i++) {
      MonetaryAmount payment = Args.notNull(payments.get(i), "payments", i);
      if (payment.isNegative() || !payment.getCurrency().equals(scheme.currency())) {
        Args.notNegative(payment, "payments[" + i + "]");
        Args.sameCurrency(payment, scheme.currency(), "payments[" + i + "]");
      }
      // A payment is money paid: bounded, and in whole minor units (a payment of CNY 0.001 left 119.999 due).
      Args.bounded(Monies.decimal(payment), "payments", i);
      if (!Monies.isWholeMinorUnits(payment)) {
        throw Args.invalid("payments[" + i + "]", "be a whole number of minor units", payment);
      }
    }
    return Monies.sum(payments, scheme.currency());
  }

  private static BigDecimal base(RebateScheme scheme, RebatePerformance actual, Optional<RebatePerformance> baseline) {
    Args.notNull(actual, "actual");
    Args.notNull(baseline, "baseline");
    if (baseline.isPresent() != scheme.onGrowth()) {
      throw Args.invalid("baseline", scheme.onGrowth() ? "be given for a growth scheme" : "be empty for a scheme not on growth",
          baseline);
    }
    BigDecimal base = units(scheme, actual, "actual");
    if (baseline.isPresent()) {
      base = base.subtract(units(scheme, baseline.get(), "baseline")).max(BigDecimal.ZERO);
    }
    return base;
  }

  private static BigDecimal units(RebateScheme scheme, RebatePerformance performance, String name) {
    if (scheme.measure() == RebateMeasure.VOLUME) {
      return BigDecimal.valueOf(performance.cases());
    }
    Args.sameCurrency(performance.netSales(), scheme.currency(), name + ".netSales");
    return Monies.decimal(performance.netSales());
  }
}
