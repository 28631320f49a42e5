package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.result.FailureItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The promotion calendar's findings: overlapping promotions, and which holiday DM slots and customer
 * events are covered.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CalendarReport {

  CalendarReport() {}

  /**
   * Promotions of one account overlapping in time on a common SKU, sorted by account and ids.
   *
   * @return the overlaps
   */
  public abstract List<Overlap> overlaps();

  /**
   * Every slot given, with the promotions covering it, in the order given.
   *
   * @return the coverage of each slot
   */
  public abstract List<SlotCoverage> coverage();

  /**
   * The slots no promotion covers.
   *
   * @return the uncovered slots, in the order given
   */
  public List<CalendarSlot> uncovered() {
    return coverage().stream().filter(c -> !c.isCovered()).map(SlotCoverage::slot)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The six holidays for which an account has no covered DM slot (not given, or given and uncovered).
   *
   * @param accountId the account
   * @return the holidays still to win, in calendar order
   * @throws NullPointerException if the account is null
   */
  public Set<Holiday> holidaysWithoutPromotion(String accountId) {
    dev.keyaccount.core.Args.notNull(accountId, "accountId");
    Set<Holiday> missing = EnumSet.allOf(Holiday.class);
    for (SlotCoverage c : coverage()) {
      if (c.isCovered() && c.slot().accountId().equals(accountId)) {
        c.slot().holiday().ifPresent(missing::remove);
      }
    }
    return java.util.Collections.unmodifiableSet(missing);
  }

  /**
   * The promotions left out, in input order: null, or an id repeated within an account.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
