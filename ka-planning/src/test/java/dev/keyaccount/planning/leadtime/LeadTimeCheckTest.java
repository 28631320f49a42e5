package dev.keyaccount.planning.leadtime;

import static dev.keyaccount.planning.Fixtures.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeadTimeCheckTest {

  private static final LocalDate START = LocalDate.of(2026, 6, 1);

  /** Seed 003 case 3: 80% of promotions requested 7–14 days ahead, the goal is 45–60 days. */
  private static List<Promotion> seed003Case3() {
    return List.of(promotion("P1", START, 7), promotion("P2", START, 10), promotion("P3", START, 14),
        promotion("P4", START, 12), promotion("P5", START, 60));
  }

  @Test
  void seed003_case3_leadTime_80percentLate() {
    LeadTimeReport report = LeadTimeCheck.DEFAULT.check(seed003Case3());
    assertEquals(45, report.policy().minimumDays());
    assertEquals(List.of("P1", "P2", "P3", "P4"),
        report.late().stream().map(LeadTime::promotionId).collect(Collectors.toList()));
    assertEquals(Rate.of("0.8"), report.lateShare());
    assertEquals("80.0%", report.lateShare().toString());
    assertEquals(List.of(7L, 10L, 14L, 12L, 60L),
        report.leadTimes().stream().map(LeadTime::days).collect(Collectors.toList()));
  }

  @Test
  void boundary_45DaysIsOnTime_44IsLate() {
    LeadTimeReport report = LeadTimeCheck.DEFAULT.check(List.of(promotion("A", START, 45), promotion("B", START, 44)));
    assertFalse(report.leadTimes().get(0).late());
    assertTrue(report.leadTimes().get(1).late());
    assertEquals("CA", report.leadTimes().get(0).accountId());
    assertEquals(Rate.of("0.5"), report.lateShare());
  }

  @Test
  void customPolicy() {
    LeadTimeCheck check = new LeadTimeCheck(LeadTimePolicy.ofMinimumDays(60));
    assertEquals(Rate.ONE, check.check(List.of(promotion("A", START, 59))).lateShare());
    assertEquals(Rate.ZERO, check.check(List.of(promotion("A", START, 60))).lateShare());
  }

  @Test
  void emptyPlan_hasNoLateShare() {
    assertEquals(Rate.ZERO, LeadTimeCheck.DEFAULT.check(List.of()).lateShare());
  }

  @Test
  void determinism_shuffledInputGivesTheSameReport() {
    List<Promotion> promotions = new ArrayList<>(seed003Case3());
    LeadTimeReport expected = LeadTimeCheck.DEFAULT.check(promotions);
    Collections.shuffle(promotions, new Random(3));
    assertEquals(expected, LeadTimeCheck.DEFAULT.check(promotions));
  }

  @Test
  void rejects_negativeMinimum() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LeadTimePolicy.ofMinimumDays(-1));
    assertEquals("Argument 'minimumDays' must not be negative but has value -1", e.getMessage());
  }

  @Test
  void rejects_nullPolicyAndNullPromotion() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new LeadTimeCheck(null));
    assertEquals("Argument 'policy' must not be null", e.getMessage());
    List<Promotion> list = new ArrayList<>();
    list.add(null);
    LeadTimeReport report = LeadTimeCheck.DEFAULT.check(list);
    assertEquals(List.of(), report.leadTimes());
    assertEquals(List.of(FailureItem.of("promotions", 0, null, FailureReason.NULL_ITEM,
        "Argument 'promotions[0]' must not be null but has value null")), report.failures());
  }

  @Test
  void standardPolicy_is45Days() {
    assertEquals(45, LeadTimePolicy.standard().minimumDays());
    assertTrue(LeadTimePolicy.standard().isLate(44));
    assertFalse(LeadTimePolicy.standard().isLate(45));
  }
}
