package dev.keyaccount.kpi.route;

import java.time.DayOfWeek;
import org.immutables.value.Value;

/**
 * A visit made in the planned week: the store, the day, and whether it reached its objective. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitRecord {

  VisitRecord() {}

  /**
   * Returns a record.
   *
   * @param storeId the store visited, not blank, at most 64 characters
   * @param day the day of the visit
   * @param successful whether the visit reached its objective
   * @return the record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or too long
   */
  public static VisitRecord of(String storeId, DayOfWeek day, boolean successful) {
    return ImmutableVisitRecord.builder().storeId(storeId).day(day).successful(successful).build();
  }

  /**
   * The store visited.
   *
   * @return the store's id
   */
  public abstract String storeId();

  /**
   * The day.
   *
   * @return the day of the week
   */
  public abstract DayOfWeek day();

  /**
   * Whether the visit reached its objective.
   *
   * @return true for a successful visit
   */
  public abstract boolean successful();

  @Value.Check
  void check() {
    Ids.check(storeId(), "storeId");
  }
}
