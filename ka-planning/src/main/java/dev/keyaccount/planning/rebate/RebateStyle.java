package dev.keyaccount.planning.rebate;

/** How a tier's rate is applied to the base. */
public enum RebateStyle {
  /** Stepped (分段累进): each tier's rate applies to the part of the base within that tier. */
  STEPPED,
  /** Cumulative or retroactive (全额追溯): the highest tier reached applies to the whole base. */
  CUMULATIVE
}
