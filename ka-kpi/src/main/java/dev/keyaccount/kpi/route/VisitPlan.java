package dev.keyaccount.kpi.route;

import dev.keyaccount.core.result.FailureItem;
import java.time.DayOfWeek;
import java.util.List;
import org.immutables.value.Value;

/**
 * A weekly visit schedule: every planned visit, and the stores whose frequency could not be met. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitPlan {

  VisitPlan() {}

  /**
   * The planned visits, ordered by rep id, day and store id.
   *
   * @return the visits
   */
  public abstract List<PlannedVisit> visits();

  /**
   * The stores left short of their frequency, ordered by rep id, then by scheduling priority (frequency
   * descending, then store id).
   *
   * @return the shortfalls, empty when every frequency is met
   */
  public abstract List<Shortfall> shortfalls();

  /**
   * The stores a rep visits on a day.
   *
   * @param repId the rep's id
   * @param day the day
   * @return the store ids in id order (a store appears twice if visited twice that day)
   */
  public List<String> stores(String repId, DayOfWeek day) {
    return visits().stream().filter(v -> v.repId().equals(repId) && v.day() == day).map(PlannedVisit::storeId)
        .toList();
  }

  /**
   * The visits planned for a store in the week.
   *
   * @param storeId the store's id
   * @return the count
   */
  public int visitsTo(String storeId) {
    return (int) visits().stream().filter(v -> v.storeId().equals(storeId)).count();
  }

  /**
   * The part of the plan of one rep: their visits and shortfalls.
   *
   * @param repId the rep's id
   * @return the rep's plan, empty if the rep has no store
   */
  public VisitPlan forRep(String repId) {
    return ImmutableVisitPlan.builder()
        .visits(visits().stream().filter(v -> v.repId().equals(repId)).toList())
        .shortfalls(shortfalls().stream().filter(s -> s.repId().equals(repId)).toList()).build();
  }

  /**
   * The visits left out over all stores.
   *
   * @return the sum of the shortfalls' missing visits
   */
  public int missingVisits() {
    return shortfalls().stream().mapToInt(Shortfall::missing).sum();
  }

  /**
   * The reps and stores left out, reps first, each in input order: null, a repeated id, or a store whose
   * rep is not among the reps.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
