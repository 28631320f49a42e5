package dev.keyaccount.kpi.route;

import java.time.DayOfWeek;
import org.immutables.value.Value;

/** One visit of a weekly plan: a rep visits a store on a day. This class is immutable and thread-safe. */
@Value.Immutable
public abstract class PlannedVisit {

  PlannedVisit() {}

  static PlannedVisit of(String repId, DayOfWeek day, String storeId) {
    return ImmutablePlannedVisit.builder().repId(repId).day(day).storeId(storeId).build();
  }

  /**
   * The rep.
   *
   * @return the rep's id
   */
  public abstract String repId();

  /**
   * The day of the week.
   *
   * @return the day
   */
  public abstract DayOfWeek day();

  /**
   * The store.
   *
   * @return the store's id
   */
  public abstract String storeId();
}
