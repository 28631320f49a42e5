package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.result.Failures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * The promotion calendar (促销日历): finds promotions of one account that overlap in time on a common
 * SKU, and checks which holiday DM slots (节假日DM档期) and customer events (店庆) promotions cover.
 *
 * <p>Periods are half-open: a promotion ending on the 10th and one starting on the 10th do not overlap.
 * The result does not depend on the order of the promotions. This class is stateless and thread-safe;
 * use {@link #DEFAULT}.
 */
public final class PromotionCalendar {

  /** The shared instance. */
  public static final PromotionCalendar DEFAULT = new PromotionCalendar();

  private PromotionCalendar() {}

  /**
   * Checks a set of promotions against each other and against calendar slots.
   *
   * @param promotions the promotions, of any accounts
   * @param slots the holiday DM slots and customer events, of any accounts
   * @return the overlaps and the coverage of each slot, with a failure item for each promotion left out:
   *     null, or repeating the id of an earlier promotion of the same account (id {@code account/promotion})
   * @throws NullPointerException if a list or a slot is null
   */
  public CalendarReport check(List<Promotion> promotions, List<CalendarSlot> slots) {
    Failures failures = new Failures("promotions");
    List<Promotion> sorted = sortedById(promotions, failures);
    Args.notNull(slots, "slots");
    ImmutableCalendarReport.Builder report = ImmutableCalendarReport.builder().failures(failures.items());
    for (int i = 0; i < sorted.size(); i++) {
      Promotion a = sorted.get(i);
      for (int j = i + 1; j < sorted.size(); j++) {
        overlap(a, sorted.get(j)).ifPresent(report::addOverlaps);
      }
    }
    for (int i = 0; i < slots.size(); i++) {
      CalendarSlot slot = Args.notNull(slots.get(i), "slots", i);
      ImmutableSlotCoverage.Builder coverage = ImmutableSlotCoverage.builder().slot(slot);
      for (Promotion p : sorted) {
        if (p.accountId().equals(slot.accountId()) && p.period().overlaps(slot.period())) {
          coverage.addPromotionIds(p.id());
        }
      }
      report.addCoverage(coverage.build());
    }
    return report.build();
  }

  private static java.util.Optional<Overlap> overlap(Promotion a, Promotion b) {
    if (!a.accountId().equals(b.accountId()) || !a.period().overlaps(b.period())) {
      return java.util.Optional.empty();
    }
    TreeSet<String> common = new TreeSet<>(a.skuCodes());
    common.retainAll(b.skuCodes());
    if (common.isEmpty()) {
      return java.util.Optional.empty();
    }
    LocalDateRange both = a.period().intersection(b.period());
    return java.util.Optional.of(ImmutableOverlap.builder().accountId(a.accountId()).firstId(a.id())
        .secondId(b.id()).skuCodes(common).period(both).build());
  }

  private static List<Promotion> sortedById(List<Promotion> promotions, Failures failures) {
    Args.notNull(promotions, "promotions");
    List<Promotion> sorted = new ArrayList<>(promotions.size());
    for (int i = 0; i < promotions.size(); i++) {
      Promotion p = promotions.get(i);
      if (!failures.isNull(p, i)
          && !failures.isDuplicate(List.of(p.accountId(), p.id()), p.accountId() + "/" + p.id(), i)) {
        sorted.add(p);
      }
    }
    sorted.sort(Comparator.comparing(Promotion::accountId).thenComparing(Promotion::id));
    return sorted;
  }
}
