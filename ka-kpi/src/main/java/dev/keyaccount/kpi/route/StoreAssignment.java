package dev.keyaccount.kpi.route;

import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import org.immutables.value.Value;

/**
 * A store on a rep's route, with the quadrant that sets its visit frequency. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StoreAssignment {

  StoreAssignment() {}

  /**
   * Returns an assignment.
   *
   * @param storeId the store's id, not blank, at most 64 characters
   * @param repId the id of the rep who visits it
   * @param quadrant the quadrant of the store (or of its account)
   * @return the assignment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank or too long
   */
  public static StoreAssignment of(String storeId, String repId, AccountQuadrant quadrant) {
    return ImmutableStoreAssignment.builder().storeId(storeId).repId(repId).quadrant(quadrant).build();
  }

  /**
   * The store's id.
   *
   * @return the id
   */
  public abstract String storeId();

  /**
   * The rep who visits the store.
   *
   * @return the rep's id
   */
  public abstract String repId();

  /**
   * The store's quadrant.
   *
   * @return the quadrant
   */
  public abstract AccountQuadrant quadrant();

  @Value.Check
  void check() {
    Ids.check(storeId(), "storeId");
    Ids.check(repId(), "repId");
  }
}
