package dev.keyaccount.planning.objective;

/** The four SMART criteria an objective must meet. */
public enum SmartCriterion {
  /** Specific (明确性): says what, and for which account, store or SKU. */
  SPECIFIC,
  /** Measurable (可量性): has a target value. */
  MEASURABLE,
  /** Actionable (实操性): names at least one action to reach it. */
  ACTIONABLE,
  /** Time-bound (时间性): has a bounded period. */
  TIME_BOUND
}
