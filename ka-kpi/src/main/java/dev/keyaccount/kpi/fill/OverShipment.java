package dev.keyaccount.kpi.fill;

/**
 * What {@link FillRates} does with an order line that shipped more cases than were ordered: the
 * calculator's policy.
 */
public enum OverShipment {
  /** The order is left out of the rates and reported as a failure item ({@code INVALID_VALUE}). */
  REJECTED,
  /** The line counts as complete, and only the cases ordered count toward case fill, so rates stay in {@code [0, 1]}. */
  COUNTED_AS_ORDERED
}
