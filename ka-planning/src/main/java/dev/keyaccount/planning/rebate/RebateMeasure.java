package dev.keyaccount.planning.rebate;

/** What a rebate's thresholds are measured on. */
public enum RebateMeasure {
  /** Volume in cases (箱); tiers pay an amount per case. */
  VOLUME,
  /** Value: net sales (销售额); tiers pay a share of it. */
  VALUE
}
