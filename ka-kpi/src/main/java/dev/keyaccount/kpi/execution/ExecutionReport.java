package dev.keyaccount.kpi.execution;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Store execution at an account (门店执行): rates over the audited stores, points against the
 * agreement's commitments, and the score against an {@link ExecutionStandard}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ExecutionReport {

  ExecutionReport() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The number of stores audited.
   *
   * @return the count, positive
   */
  public abstract int stores();

  /**
   * Display rate (陈列率): our display points / the category's, over all stores.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate displayRate();

  /**
   * Activity rate (活动率): our activities / the category's, over all stores.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate activityRate();

  /**
   * Distribution rate (铺货率) per listed SKU: stores with the SKU on shelf / stores audited.
   *
   * @return the rates by SKU code, sorted by code
   */
  public abstract Map<String, Rate> distributionBySku();

  /**
   * Distribution rate over all listed SKUs: store-SKU pairs on shelf / (stores × listed SKUs).
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate distributionRate();

  /**
   * SKU count: listed SKUs on shelf in at least one store.
   *
   * @return the count
   */
  public abstract int skuCount();

  /**
   * Our display points, summed over the stores.
   *
   * @return the total
   */
  public abstract int displayPoints();

  /**
   * Our activities, summed over the stores.
   *
   * @return the total
   */
  public abstract int activityPoints();

  /**
   * Display points against the agreement's commitment (协议陈列点), when an agreement was given and it
   * commits display points.
   *
   * @return the achievement, above 100% when exceeded
   */
  public abstract Optional<Rate> displayPointsAchievement();

  /**
   * Activity points against the agreement's commitment (协议活动点), when an agreement was given and it
   * commits activity points.
   *
   * @return the achievement, above 100% when exceeded
   */
  public abstract Optional<Rate> activityPointsAchievement();

  /**
   * The execution score against the standard, in {@code [0, 100]}, rounded half-up to two decimals: each
   * measure scores its weight × min(1, actual / target).
   *
   * @return the score
   */
  public abstract BigDecimal score();

  /**
   * The audits left out, in input order: null, or a store audited twice (the later audit).
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();

  static final class Builder extends ImmutableExecutionReport.Builder {}
}
