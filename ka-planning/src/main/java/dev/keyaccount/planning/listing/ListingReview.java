package dev.keyaccount.planning.listing;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The review of a listing proposal: the content missing and the retailer criteria not met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ListingReview {

  ListingReview() {}

  /**
   * The content items the proposal lacks.
   *
   * @return the missing items, in declaration order
   */
  public abstract Set<ListingItem> missingContent();

  /**
   * The retailer's criteria the proposal does not meet (a criterion whose facts are missing is unmet).
   *
   * @return the unmet criteria, in declaration order
   */
  public abstract Set<RetailerCriterion> unmetCriteria();

  /**
   * Whether the proposal has all its content.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return missingContent().isEmpty();
  }

  /**
   * Whether the proposal meets every retailer criterion.
   *
   * @return true if no criterion is unmet
   */
  public boolean meetsCriteria() {
    return unmetCriteria().isEmpty();
  }

  /**
   * Whether the proposal is complete and meets the criteria: ready to submit.
   *
   * @return true if ready
   */
  public boolean isReady() {
    return isComplete() && meetsCriteria();
  }
}
