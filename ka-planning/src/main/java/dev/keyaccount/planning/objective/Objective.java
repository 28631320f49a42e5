package dev.keyaccount.planning.objective;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * An objective (目标) of a plan: a metric with, ideally, a scope, a target value, a period and the
 * actions that reach it.
 *
 * <p>A draft objective may lack any of these; {@link SmartCheck} reports which SMART criterion fails.
 * Seed 003: "display points at customer A from 22 to 30 in Q2" is metric {@link Metric#DISPLAY_POINTS},
 * scope "customer A", target 30, period Q2. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The metric the objective is set on.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * What the objective is about: an account, store, region or SKU.
   *
   * @return the scope, empty if not said
   */
  public abstract Optional<String> scope();

  /**
   * The target value, in the metric's unit (cases, points, fraction for rates, currency units).
   *
   * @return the target, empty if not set
   */
  public abstract Optional<BigDecimal> targetValue();

  /**
   * The period the target is for, half-open.
   *
   * @return the period, empty if not set
   */
  public abstract Optional<LocalDateRange> period();

  /**
   * The actions planned to reach the target.
   *
   * @return the actions, possibly empty
   */
  public abstract List<String> actions();

  /**
   * Whether the objective is primary, from its metric.
   *
   * @return true for a primary objective
   */
  public boolean isPrimary() {
    return metric().isPrimary();
  }

  @Value.Check
  void check() {
    scope().ifPresent(s -> Args.notBlank(s, "scope"));
    for (int i = 0; i < actions().size(); i++) {
      Args.notBlank(actions().get(i), "actions[" + i + "]");
    }
  }

  /** Builds an {@link Objective}; only the metric is required. */
  public static final class Builder extends ImmutableObjective.Builder {}
}
