package dev.keyaccount.planning.objective;

import dev.keyaccount.core.Args;
import java.util.EnumSet;
import java.util.Set;

/**
 * The SMART check of an objective (明确性, 可量性, 实操性, 时间性): returns the criteria that fail.
 *
 * <ul>
 *   <li>specific: a scope is named;</li>
 *   <li>measurable: a target value is set;</li>
 *   <li>actionable: at least one action is named;</li>
 *   <li>time-bound: a bounded, non-empty period is set.</li>
 * </ul>
 * This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class SmartCheck {

  /** The shared instance. */
  public static final SmartCheck DEFAULT = new SmartCheck();

  private SmartCheck() {}

  /**
   * Returns the SMART criteria an objective fails.
   *
   * @param objective the objective
   * @return the failed criteria, empty when the objective is SMART
   * @throws NullPointerException if the objective is null
   */
  public Set<SmartCriterion> failures(Objective objective) {
    Args.notNull(objective, "objective");
    Set<SmartCriterion> failed = EnumSet.noneOf(SmartCriterion.class);
    if (objective.scope().isEmpty()) {
      failed.add(SmartCriterion.SPECIFIC);
    }
    if (objective.targetValue().isEmpty()) {
      failed.add(SmartCriterion.MEASURABLE);
    }
    if (objective.actions().isEmpty()) {
      failed.add(SmartCriterion.ACTIONABLE);
    }
    boolean bounded = objective.period()
        .filter(p -> !p.isEmpty() && !p.isUnboundedStart() && !p.isUnboundedEnd()).isPresent();
    if (!bounded) {
      failed.add(SmartCriterion.TIME_BOUND);
    }
    return java.util.Collections.unmodifiableSet(failed);
  }

  /**
   * Whether an objective meets all four criteria.
   *
   * @param objective the objective
   * @return true if SMART
   * @throws NullPointerException if the objective is null
   */
  public boolean isSmart(Objective objective) {
    return failures(objective).isEmpty();
  }
}
