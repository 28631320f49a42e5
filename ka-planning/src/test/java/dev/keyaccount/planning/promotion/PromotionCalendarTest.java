package dev.keyaccount.planning.promotion;

import static dev.keyaccount.planning.Fixtures.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PromotionCalendarTest {

  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private final Promotion labourDay = promotion("P1", "CA", MAY_1, MAY_1.plusDays(7), MAY_1.minusDays(50), "B500", "B330");
  private final Promotion overlapping = promotion("P2", "CA", MAY_1.plusDays(5), MAY_1.plusDays(20), MAY_1.minusDays(50), "B500");
  private final Promotion otherSku = promotion("P3", "CA", MAY_1, MAY_1.plusDays(7), MAY_1.minusDays(50), "C1");
  private final Promotion otherAccount = promotion("P4", "WM", MAY_1, MAY_1.plusDays(7), MAY_1.minusDays(50), "B500");
  private final Promotion adjacent = promotion("P5", "CA", MAY_1.plusDays(20), MAY_1.plusDays(30), MAY_1.minusDays(50), "B500");

  private List<CalendarSlot> slots() {
    return List.of(
        CalendarSlot.holidayDm("CA", Holiday.LABOUR_DAY, LocalDateRange.of(MAY_1, MAY_1.plusDays(5))),
        CalendarSlot.holidayDm("CA", Holiday.NATIONAL_DAY,
            LocalDateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 8))),
        CalendarSlot.customerEvent("CA", "anniversary 店庆", LocalDateRange.of(MAY_1.plusDays(25), MAY_1.plusDays(27))));
  }

  @Test
  void overlap_sameAccountSameSkuSameDays() {
    CalendarReport report = PromotionCalendar.DEFAULT.check(
        List.of(adjacent, otherAccount, otherSku, overlapping, labourDay), List.of());
    assertEquals(1, report.overlaps().size());
    Overlap o = report.overlaps().get(0);
    assertEquals("CA", o.accountId());
    assertEquals("P1", o.firstId());
    assertEquals("P2", o.secondId());
    assertEquals(new TreeSet<>(Set.of("B500")), o.skuCodes());
    assertEquals(LocalDateRange.of(MAY_1.plusDays(5), MAY_1.plusDays(7)), o.period());
  }

  @Test
  void holidayDmSlotsAndCustomerEvents_coverage() {
    CalendarReport report = PromotionCalendar.DEFAULT.check(
        List.of(labourDay, overlapping, otherAccount, adjacent), slots());
    assertEquals(List.of("P1"), report.coverage().get(0).promotionIds());
    assertTrue(report.coverage().get(0).isCovered());
    assertFalse(report.coverage().get(1).isCovered());
    assertEquals(List.of("P5"), report.coverage().get(2).promotionIds());
    assertEquals(List.of(slots().get(1)), report.uncovered());
    assertEquals(EnumSet.complementOf(EnumSet.of(Holiday.LABOUR_DAY)), report.holidaysWithoutPromotion("CA"));
    assertEquals(EnumSet.allOf(Holiday.class), report.holidaysWithoutPromotion("WM"));
    assertEquals(6, Holiday.values().length);
  }

  @Test
  void determinism_shuffledPromotionsGiveTheSameReport() {
    List<Promotion> all = new ArrayList<>(List.of(labourDay, overlapping, otherSku, otherAccount, adjacent));
    CalendarReport expected = PromotionCalendar.DEFAULT.check(all, slots());
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(all, random);
      assertEquals(expected, PromotionCalendar.DEFAULT.check(all, slots()));
    }
  }

  @Test
  void nullAndRepeatedPromotions_areFailureItems_andTheOthersAreChecked() {
    String key = labourDay.accountId() + "/" + labourDay.id();
    CalendarReport report = PromotionCalendar.DEFAULT.check(java.util.Arrays.asList(labourDay, null, labourDay), slots());
    CalendarReport clean = PromotionCalendar.DEFAULT.check(List.of(labourDay), slots());
    assertEquals(clean.overlaps(), report.overlaps());
    assertEquals(clean.coverage(), report.coverage());
    assertEquals(List.of(
        FailureItem.of("promotions", 1, null, FailureReason.NULL_ITEM,
            "Argument 'promotions[1]' must not be null but has value null"),
        FailureItem.of("promotions", 2, key, FailureReason.DUPLICATE_ID,
            "Argument 'promotions[2]' must have a unique id but has value '" + key + "' (the id of promotions[0])")),
        report.failures());
  }

  @Test
  void idsHoldingTheShownSeparator_areNotRepeats() {
    // (account "A/B", promotion "C") and (account "A", promotion "B/C") are shown alike, "A/B/C", but are
    // two promotions: both are checked, and the second overlaps promotion "X" of account A.
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    Promotion first = promotion("C", "A/B", may1, may1.plusDays(14), may1.minusDays(60), "B500");
    Promotion second = promotion("B/C", "A", may1, may1.plusDays(14), may1.minusDays(60), "B500");
    Promotion x = promotion("X", "A", may1, may1.plusDays(14), may1.minusDays(60), "B500");
    CalendarReport report = PromotionCalendar.DEFAULT.check(List.of(first, second, x), List.of());
    assertEquals(List.of(), report.failures());
    assertEquals(1, report.overlaps().size());
    assertEquals("B/C", report.overlaps().get(0).firstId());
    assertEquals("X", report.overlaps().get(0).secondId());
  }

  @Test
  void rejects_nullSlotAndBadSlots() {
    List<CalendarSlot> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> PromotionCalendar.DEFAULT.check(List.of(), withNull));
    assertEquals("Argument 'slots[0]' must not be null", npe.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> CalendarSlot.customerEvent("CA", " ", LocalDateRange.of(MAY_1, MAY_1.plusDays(1))));
    assertEquals("Argument 'name' must not be blank but has value ' '", blank.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> CalendarSlot.holidayDm("CA", Holiday.NEW_YEAR, LocalDateRange.of(MAY_1, MAY_1)));
    assertEquals("Argument 'period' must be a bounded, non-empty range but has value 2026-05-01/2026-05-01",
        empty.getMessage());
  }
}
