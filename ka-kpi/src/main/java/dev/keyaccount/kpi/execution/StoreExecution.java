package dev.keyaccount.kpi.execution;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures store execution (门店执行) at an account from store checks: display rate, activity rate,
 * distribution, SKU count, display and activity points against the annual agreement, and a score
 * against an {@link ExecutionStandard}.
 *
 * <p>{@link #DEFAULT} scores against {@link ExecutionStandard#standard()}. An audit that cannot be
 * measured (null, or a store already audited) is left out and reported as a failure item of the report.
 * This class is stateless and thread-safe.
 */
public final class StoreExecution {

  /** The calculator with the default standard. */
  public static final StoreExecution DEFAULT = new StoreExecution(ExecutionStandard.standard());

  /** Scores are rounded to this many decimals, {@link RoundingMode#HALF_UP}. */
  public static final int SCORE_DECIMALS = 2;

  /**
   * The most audits one measurement takes: with at most {@link StoreAudit#MAX_COUNT} points per store,
   * every total fits an {@code int}.
   */
  public static final int MAX_AUDITS = 200_000;

  private final ExecutionStandard standard;

  /**
   * Creates a calculator scoring against a standard.
   *
   * @param standard the standard
   * @throws NullPointerException if the standard is null
   */
  public StoreExecution(ExecutionStandard standard) {
    this.standard = Args.notNull(standard, "standard");
  }

  /**
   * Measures execution without an agreement to compare points with.
   *
   * @param audits one audit per store, at least one; a null audit or a repeated store id is left out
   *     and reported as a failure item
   * @param listedSkus the SKU codes listed with the account, at least one
   * @return the report, without point achievements
   * @throws NullPointerException if an argument or a listed SKU is null
   * @throws IllegalArgumentException if audits or SKUs are empty, there are more than {@link #MAX_AUDITS}
   *     audits, no audit can be measured, or the category has no display points or no activities in any
   *     store
   */
  public ExecutionReport measure(List<StoreAudit> audits, Set<String> listedSkus) {
    return measure(audits, listedSkus, Optional.empty());
  }

  /**
   * Measures execution and compares display and activity points with the agreement's commitments.
   *
   * @param audits one audit per store, at least one; a null audit or a repeated store id is left out
   *     and reported as a failure item
   * @param listedSkus the SKU codes listed with the account, at least one
   * @param agreement the annual agreement with the account
   * @return the report
   * @throws NullPointerException if an argument or a listed SKU is null
   * @throws IllegalArgumentException if audits or SKUs are empty, there are more than {@link #MAX_AUDITS}
   *     audits, no audit can be measured, or the category has no display points or no activities in any
   *     store
   */
  public ExecutionReport measure(List<StoreAudit> audits, Set<String> listedSkus, AnnualAgreement agreement) {
    return measure(audits, listedSkus, Optional.of(Args.notNull(agreement, "agreement")));
  }

  private ExecutionReport measure(List<StoreAudit> audits, Set<String> listedSkus,
      Optional<AnnualAgreement> agreement) {
    Args.notEmpty(audits, "audits");
    Args.check(audits.size() <= MAX_AUDITS, "audits", "have at most " + MAX_AUDITS + " audits",
        audits.size() + " audits");
    Args.notEmpty(listedSkus, "listedSkus");
    Failures failures = new Failures("audits");
    int stores = 0;
    int display = 0;
    int categoryDisplay = 0;
    int activities = 0;
    int categoryActivities = 0;
    Map<String, Integer> carried = new TreeMap<>();
    for (String sku : listedSkus) {
      carried.put(Args.notNull(sku, "listedSkus[]"), 0);
    }
    for (int i = 0; i < audits.size(); i++) {
      StoreAudit audit = audits.get(i);
      if (failures.isNull(audit, i) || failures.isDuplicate(audit.storeId(), i)) {
        continue;
      }
      stores++;
      display += audit.displayPoints();
      categoryDisplay += audit.categoryDisplayPoints();
      activities += audit.activities();
      categoryActivities += audit.categoryActivities();
      for (String sku : audit.skusOnShelf()) {
        carried.computeIfPresent(sku, (k, n) -> n + 1);
      }
    }
    if (stores == 0) {
      throw Args.invalid("audits", "have at least one audit that can be measured", failures.items().get(0).message());
    }
    Args.check(categoryDisplay > 0, "audits", "record category display points in some store", 0);
    Args.check(categoryActivities > 0, "audits", "record category activities in some store", 0);
    BigDecimal storeCount = BigDecimal.valueOf(stores);
    int displayTotal = display;
    int activityTotal = activities;
    Map<String, Rate> bySku = new TreeMap<>();
    int pairs = 0;
    int skuCount = 0;
    for (Map.Entry<String, Integer> e : carried.entrySet()) {
      bySku.put(e.getKey(), Rate.ratio(BigDecimal.valueOf(e.getValue()), storeCount));
      pairs += e.getValue();
      skuCount += e.getValue() > 0 ? 1 : 0;
    }
    Rate displayRate = Rate.ratio(BigDecimal.valueOf(display), BigDecimal.valueOf(categoryDisplay));
    Rate activityRate = Rate.ratio(BigDecimal.valueOf(activities), BigDecimal.valueOf(categoryActivities));
    Rate distribution = Rate.ratio(BigDecimal.valueOf(pairs), storeCount.multiply(BigDecimal.valueOf(carried.size())));
    BigDecimal score = part(displayRate.fraction(), standard.displayRateTarget().fraction(), standard.displayRateWeight())
        .add(part(activityRate.fraction(), standard.activityRateTarget().fraction(), standard.activityRateWeight()))
        .add(part(distribution.fraction(), standard.distributionRateTarget().fraction(),
            standard.distributionRateWeight()))
        .add(part(BigDecimal.valueOf(skuCount), BigDecimal.valueOf(standard.skuCountTarget()),
            standard.skuCountWeight()));
    return ExecutionReport.builder()
        .stores(stores)
        .displayRate(displayRate)
        .activityRate(activityRate)
        .distributionBySku(bySku)
        .distributionRate(distribution)
        .skuCount(skuCount)
        .displayPoints(display)
        .activityPoints(activities)
        .displayPointsAchievement(agreement.filter(a -> a.displayPoints() > 0)
            .map(a -> achievement(displayTotal, a.displayPoints())))
        .activityPointsAchievement(agreement.filter(a -> a.activityPoints() > 0)
            .map(a -> achievement(activityTotal, a.activityPoints())))
        .score(score.setScale(SCORE_DECIMALS, RoundingMode.HALF_UP))
        .failures(failures.items())
        .build();
  }

  private static Rate achievement(int actual, int committed) {
    return Rate.ratio(BigDecimal.valueOf(actual), BigDecimal.valueOf(committed));
  }

  /** A measure's share of the score: weight × min(1, actual / target). */
  private static BigDecimal part(BigDecimal actual, BigDecimal target, int weight) {
    BigDecimal achieved = actual.divide(target, Rate.PRECISION).min(BigDecimal.ONE);
    return achieved.multiply(BigDecimal.valueOf(weight));
  }
}
