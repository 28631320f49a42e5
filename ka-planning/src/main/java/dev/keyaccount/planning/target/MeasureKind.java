package dev.keyaccount.planning.target;

/** How a measure's periods relate to its target, which decides how a decomposition is checked. */
public enum MeasureKind {
  /** Additive (可加): the periods must sum to the target exactly, such as sales (销售额). */
  ADDITIVE,
  /**
   * Level (水平): the last period must reach the target, such as display points (陈列点) or SKU count
   * (单品数); the periods are not summed.
   */
  LEVEL,
  /**
   * Ratio (比率): the periods' values averaged with weights (sales) must meet the target, such as the
   * expense ratio (费用比) weighted by each month's sales.
   */
  RATIO
}
