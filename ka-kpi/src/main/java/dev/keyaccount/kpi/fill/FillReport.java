package dev.keyaccount.kpi.fill;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * Fill rates over a set of orders (订单满足率), with a failure item for each order that could not be
 * measured. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FillReport {

  FillReport() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The number of orders.
   *
   * @return the count, positive
   */
  public abstract int orders();

  /**
   * The number of order lines.
   *
   * @return the count, positive
   */
  public abstract int lines();

  /**
   * The cases ordered.
   *
   * @return the total
   */
  public abstract long orderedCases();

  /**
   * The cases shipped that count toward fill (at most the cases ordered on each line).
   *
   * @return the total
   */
  public abstract long filledCases();

  /**
   * Case fill (箱满足率): cases shipped / cases ordered.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate caseFill();

  /**
   * Line fill (行满足率): lines shipped in full / lines.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate lineFill();

  /**
   * Order fill (订单满足率): orders shipped complete / orders.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate orderFill();

  /**
   * On time in full (准时足量): orders complete and delivered by their due date / orders.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate onTimeInFull();

  /**
   * The orders left out of the rates, in input order: null, a repeated id, or an over-shipped line.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();

  /**
   * The change of case fill since an earlier report, in percentage points (65% → 90% is +25).
   *
   * @param earlier the earlier report
   * @return the change in points
   */
  public BigDecimal caseFillChangeInPoints(FillReport earlier) {
    return FillRates.DEFAULT.pointsChange(earlier.caseFill(), caseFill());
  }

  static final class Builder extends ImmutableFillReport.Builder {}
}
