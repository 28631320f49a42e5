package dev.keyaccount.planning.promotion;

import java.util.List;
import org.immutables.value.Value;

/**
 * A calendar slot and the promotions of its account that run during it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SlotCoverage {

  SlotCoverage() {}

  /**
   * The slot.
   *
   * @return the slot
   */
  public abstract CalendarSlot slot();

  /**
   * The ids of the account's promotions that overlap the slot, sorted.
   *
   * @return the promotion ids, empty when the slot is not covered
   */
  public abstract List<String> promotionIds();

  /**
   * Whether at least one promotion runs during the slot.
   *
   * @return true if covered
   */
  public boolean isCovered() {
    return !promotionIds().isEmpty();
  }
}
