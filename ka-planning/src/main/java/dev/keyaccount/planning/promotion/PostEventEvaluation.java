package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The evaluation of a promotion after the event (促销评估).
 *
 * <ul>
 *   <li>incremental cases: actual − baseline (negative when the event sold less);</li>
 *   <li>incremental margin: incremental cases × regular unit margin;</li>
 *   <li>spend: fixed costs + discount per case × actual cases;</li>
 *   <li>{@link #grossRoi()}: incremental margin / spend;</li>
 *   <li>{@link #netRoi()}: (incremental margin − spend) / spend, positive only when the event beat the
 *       baseline profit (when actual cases exceed the {@link BreakEven} volume);</li>
 *   <li>cost per incremental case: spend / incremental cases.</li>
 * </ul>
 * Money is exact except the cost per incremental case, rounded {@link RoundingMode#HALF_UP} to the minor
 * unit. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostEventEvaluation {

  PostEventEvaluation() {}

  /**
   * Evaluates a promotion that has run.
   *
   * @param economics the per-case economics and fixed costs
   * @param baselineCases the volume expected without the promotion, in cases
   * @param actualCases the volume sold during the promotion, in cases
   * @return the evaluation
   * @throws NullPointerException if the economics are null
   * @throws IllegalArgumentException if a volume is negative, or so large that the incremental margin or
   *     the spend is beyond the decimal bound
   */
  public static PostEventEvaluation of(CaseEconomics economics, long baselineCases, long actualCases) {
    return ImmutablePostEventEvaluation.builder().economics(Args.notNull(economics, "economics"))
        .baselineCases(baselineCases).actualCases(actualCases).build();
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
   * The volume sold, in cases.
   *
   * @return the actual volume, not negative
   */
  public abstract long actualCases();

  /**
   * The incremental volume over the baseline.
   *
   * @return actual − baseline, negative if the event sold less than the baseline
   */
  public long incrementalCases() {
    return actualCases() - baselineCases();
  }

  /**
   * The incremental margin: incremental cases × regular unit margin.
   *
   * @return the exact margin
   */
  public MonetaryAmount incrementalMargin() {
    return Monies.of(Monies.decimal(economics().unitMargin()).multiply(BigDecimal.valueOf(incrementalCases())),
        economics().regularPrice().getCurrency());
  }

  /**
   * The spend: fixed costs + discount per case × actual cases.
   *
   * @return the exact spend, not negative
   */
  public MonetaryAmount spend() {
    BigDecimal discounts = Monies.decimal(economics().discountPerCase()).multiply(BigDecimal.valueOf(actualCases()));
    return Monies.of(discounts.add(Monies.decimal(economics().fixedCosts())), economics().regularPrice().getCurrency());
  }

  /**
   * The gross ROI: incremental margin / spend.
   *
   * @return the gross ROI, or empty when nothing was spent
   */
  public Optional<Rate> grossRoi() {
    if (spend().isZero()) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(incrementalMargin(), spend()));
  }

  /**
   * The net ROI: (incremental margin − spend) / spend.
   *
   * @return the net ROI, or empty when nothing was spent
   */
  public Optional<Rate> netRoi() {
    return grossRoi().map(gross -> gross.minus(Rate.ONE));
  }

  /**
   * The spend per incremental case, rounded half-up to the minor unit.
   *
   * @return the cost per case, or empty when the event added no cases
   */
  public Optional<MonetaryAmount> costPerIncrementalCase() {
    if (incrementalCases() <= 0) {
      return Optional.empty();
    }
    BigDecimal perCase = Monies.decimal(spend()).divide(BigDecimal.valueOf(incrementalCases()), Rate.PRECISION);
    return Optional.of(Monies.round(Monies.of(perCase, spend().getCurrency()), RoundingMode.HALF_UP));
  }

  @Value.Check
  void check() {
    Args.notNegative(baselineCases(), "baselineCases");
    Args.notNegative(actualCases(), "actualCases");
    // The margin and the spend within the decimal bound, so that every figure has a value (a margin of
    // 10^18 a case over 10^18 cases has not): said of the volumes that give them.
    Args.bounded(Monies.decimal(economics().unitMargin()).multiply(BigDecimal.valueOf(incrementalCases())),
        "actualCases (the incremental margin it gives)");
    Args.bounded(Monies.decimal(economics().discountPerCase()).multiply(BigDecimal.valueOf(actualCases()))
        .add(Monies.decimal(economics().fixedCosts())), "actualCases (the spend it gives)");
  }
}
