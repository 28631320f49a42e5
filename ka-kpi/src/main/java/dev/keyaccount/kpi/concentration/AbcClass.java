package dev.keyaccount.kpi.concentration;

/** The ABC class of an account by its place on the cumulative sales curve (ABC分类). */
public enum AbcClass {
  /** The top accounts that together reach the A threshold (80% of sales by default). */
  A,
  /** The next accounts, up to the B threshold (95% by default). */
  B,
  /** The rest. */
  C
}
