package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The break-even point of a promotion (赢亏平衡点), the sales-first principle (销售从优原则).
 *
 * <p>For baseline volume {@code V0} cases, regular unit margin {@code m}, discount per case {@code d}
 * and fixed costs {@code F}, the break-even volume is {@code V = (m·V0 + F) / (m − d)}: at {@code V}
 * the promotion's profit {@code (m − d)·V − F} equals the baseline profit {@code m·V0}. The required
 * lift is {@code V / V0 − 1} and the incremental cases needed are {@code V − V0}. A zero baseline is
 * allowed (a new listing, or a baseline estimated at zero): {@code V = F / (m − d)} is still defined,
 * but the lift over nothing is not, so {@link #requiredLift()} is empty. When {@code d ≥ m}
 * every extra case loses money, so no volume breaks even: {@link #isAchievable()} is false, the
 * volumes are empty (no exception, no infinity). The value holds numbers only; a sentence for people is
 * a formatter's job.
 *
 * <p>Volumes and the lift are exact to {@link Rate#PRECISION} (34 significant digits);
 * {@link #breakEvenCasesWhole()} rounds up ({@link RoundingMode#CEILING}) to the whole cases that must be
 * sold. Seed check: price 10, cost 6, discount 1, baseline 1,000 cases, display fee 500 → 1,500 cases,
 * lift 50%. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * CaseEconomics deal = CaseEconomics.builder().regularPrice(Money.of(10, "CNY")).unitCost(Money.of(6, "CNY"))
 *     .discountPerCase(Money.of(1, "CNY")).fixedCosts(Money.of(500, "CNY")).build();
 * BreakEven be = BreakEven.of(deal, 1_000);   // be.breakEvenCases() = 1500, be.requiredLift() = 50.0%
 * }</pre>
 */
@Value.Immutable
public abstract class BreakEven {

  BreakEven() {}

  /**
   * Computes the break-even point of a promotion.
   *
   * @param economics the per-case economics and fixed costs
   * @param baselineCases the volume expected without the promotion, in cases, not negative
   * @return the break-even point
   * @throws NullPointerException if the economics are null
   * @throws IllegalArgumentException if the baseline is negative
   */
  public static BreakEven of(CaseEconomics economics, long baselineCases) {
    return ImmutableBreakEven.builder().economics(Args.notNull(economics, "economics"))
        .baselineCases(baselineCases).build();
  }

  /**
   * The lift required when margin and discount are given as shares of the price and there are no
   * fixed costs: {@code d / (m − d)}. Margin 40%, discount 10% → 33.3%; margin 40%, discount 20% → 100%.
   *
   * @param marginRate the regular margin as a share of the price
   * @param discountRate the discount as a share of the price, not negative
   * @return the required lift, or empty when the discount meets or exceeds the margin (no volume
   *     breaks even)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the discount is negative
   */
  public static Optional<Rate> requiredLift(Rate marginRate, Rate discountRate) {
    Args.notNull(marginRate, "marginRate");
    Args.notNull(discountRate, "discountRate");
    Args.check(!discountRate.isNegative(), "discountRate", "not be negative", discountRate);
    BigDecimal headroom = marginRate.fraction().subtract(discountRate.fraction());
    if (headroom.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(discountRate.fraction(), headroom));
  }

  /**
   * The promotion's economics.
   *
   * @return the economics
   */
  public abstract CaseEconomics economics();

  /**
   * The baseline volume, in cases.
   *
   * @return the baseline, not negative
   */
  public abstract long baselineCases();

  /**
   * Whether some volume breaks even: the discount is below the unit margin.
   *
   * @return true if a break-even volume exists
   */
  @Value.Derived
  public boolean isAchievable() {
    return Monies.decimal(economics().promotedMargin()).signum() > 0;
  }

  /**
   * The break-even volume {@code (m·V0 + F) / (m − d)}, in cases.
   *
   * @return the volume, exact to {@link Rate#PRECISION}, or empty when no volume breaks even
   */
  public Optional<BigDecimal> breakEvenCases() {
    return incrementalCases().map(i -> plain(i.add(BigDecimal.valueOf(baselineCases()), Rate.PRECISION)));
  }

  /**
   * The break-even volume rounded up to whole cases: the cases that must be sold.
   *
   * @return the whole cases, or empty when no volume breaks even or it would take more than
   *     {@link Long#MAX_VALUE} cases (fixed costs so large against the margin that no promotion sells
   *     that many; {@link #breakEvenCases()} still gives the volume)
   */
  public OptionalLong breakEvenCasesWhole() {
    return breakEvenCases().map(v -> v.setScale(0, RoundingMode.CEILING))
        .filter(v -> v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0)
        .map(v -> OptionalLong.of(v.longValueExact())).orElse(OptionalLong.empty());
  }

  /**
   * The incremental cases needed over the baseline: {@code V − V0 = (d·V0 + F) / (m − d)}.
   *
   * @return the cases, exact to {@link Rate#PRECISION}, or empty when no volume breaks even
   */
  public Optional<BigDecimal> incrementalCases() {
    if (!isAchievable()) {
      return Optional.empty();
    }
    return Optional.of(plain(extraCost().divide(Monies.decimal(economics().promotedMargin()), Rate.PRECISION)));
  }

  /**
   * The required lift over the baseline: {@code V / V0 − 1 = (d·V0 + F) / ((m − d)·V0)}.
   *
   * @return the lift, or empty when no volume breaks even or the baseline is zero (a lift over nothing
   *     is undefined)
   */
  public Optional<Rate> requiredLift() {
    if (!isAchievable() || baselineCases() == 0) {
      return Optional.empty();
    }
    BigDecimal baseline = BigDecimal.valueOf(baselineCases());
    return Optional.of(Rate.ratio(extraCost(), Monies.decimal(economics().promotedMargin()).multiply(baseline)));
  }

  /** The discount on the baseline volume plus the fixed costs: what the extra cases must pay for. */
  private BigDecimal extraCost() {
    return Monies.decimal(economics().discountPerCase()).multiply(BigDecimal.valueOf(baselineCases()))
        .add(Monies.decimal(economics().fixedCosts()));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(0, stripped.scale()));
  }

  @Value.Check
  void check() {
    Args.notNegative(baselineCases(), "baselineCases");
  }
}
