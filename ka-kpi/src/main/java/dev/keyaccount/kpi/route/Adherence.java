package dev.keyaccount.kpi.route;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a week's visits kept to the plan, for one rep or all: arrival rate (拜访到达率) = planned visits
 * made / planned, success rate (拜访成功率) = successful / made, and the visits made off the plan. A
 * visit counts as made when its store and day match a planned visit not already matched; the others
 * are unplanned and in neither rate. Rates are to {@link Rate#PRECISION}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Adherence {

  Adherence() {}

  static Adherence of(int planned, int made, int successful, int unplanned) {
    return ImmutableAdherence.builder().planned(planned).made(made).successful(successful).unplanned(unplanned)
        .build();
  }

  /**
   * The visits planned.
   *
   * @return the count
   */
  public abstract int planned();

  /**
   * The planned visits made.
   *
   * @return the count, at most {@link #planned()}
   */
  public abstract int made();

  /**
   * The planned visits made that reached their objective.
   *
   * @return the count, at most {@link #made()}
   */
  public abstract int successful();

  /**
   * The visits made that match no planned visit.
   *
   * @return the count
   */
  public abstract int unplanned();

  /**
   * The arrival rate: made / planned.
   *
   * @return the rate in {@code [0, 1]}, empty when nothing was planned
   */
  public Optional<Rate> arrivalRate() {
    return planned() == 0 ? Optional.empty()
        : Optional.of(Rate.ratio(BigDecimal.valueOf(made()), BigDecimal.valueOf(planned())));
  }

  /**
   * The success rate: successful / made.
   *
   * @return the rate in {@code [0, 1]}, empty when no planned visit was made
   */
  public Optional<Rate> successRate() {
    return made() == 0 ? Optional.empty()
        : Optional.of(Rate.ratio(BigDecimal.valueOf(successful()), BigDecimal.valueOf(made())));
  }
}
