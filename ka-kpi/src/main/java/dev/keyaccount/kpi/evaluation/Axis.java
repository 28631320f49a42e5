package dev.keyaccount.kpi.evaluation;

/** The two axes of the account scorecard; the weights of each axis total 100 points. */
public enum Axis {
  /** Attractiveness (吸引力): what the account is worth to us (sales, growth, payment terms). */
  ATTRACTIVENESS,
  /** Support (支持度): how much the account supports us (display, activities, distribution, relationship). */
  SUPPORT
}
