package dev.keyaccount.planning.plan;

import static dev.keyaccount.planning.Fixtures.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.promotion.Promotion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingPlanTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  private static Promotion startingIn(String id, YearMonth month) {
    return promotion(id, month.atDay(10), 50);
  }

  @Test
  void seed003_rollingThreeMonthPlan_opensMPlus1ToMPlus3() {
    RollingPlan plan = RollingPlan.madeIn("CA", MARCH);
    assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)), plan.openMonths());
    RollingPlan planned = plan.plan(startingIn("P4", YearMonth.of(2026, 4))).plan(startingIn("P6", YearMonth.of(2026, 6)));
    assertEquals(List.of("P4"), ids(planned.promotionsIn(YearMonth.of(2026, 4))));
    assertEquals(List.of(), planned.promotionsIn(YearMonth.of(2026, 5)));
    assertEquals(List.of(), plan.promotions());
  }

  @Test
  void roll_keepsWhatWasPlannedAndOpensTheNextMonth() {
    RollingPlan plan = RollingPlan.madeIn("CA", MARCH).plan(startingIn("P4", YearMonth.of(2026, 4)));
    RollingPlan rolled = plan.roll();
    assertEquals(YearMonth.of(2026, 4), rolled.madeIn());
    assertEquals(List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7)), rolled.openMonths());
    assertEquals(List.of("P4"), ids(rolled.promotionsIn(YearMonth.of(2026, 4))));
    RollingPlan july = rolled.plan(startingIn("P7", YearMonth.of(2026, 7)));
    assertEquals(List.of("P7"), ids(july.promotionsIn(YearMonth.of(2026, 7))));
  }

  @Test
  void property_rollingThreeTimesKeepsEveryMonthsPromotions() {
    qt().withExamples(100).forAll(lists().of(integers().between(1, 3)).ofSizeBetween(0, 12))
        .checkAssert(offsets -> {
          RollingPlan plan = RollingPlan.madeIn("CA", MARCH);
          for (int i = 0; i < offsets.size(); i++) {
            plan = plan.plan(startingIn("P" + i, MARCH.plusMonths(offsets.get(i))));
          }
          RollingPlan rolled = plan.roll().roll().roll();
          assertEquals(plan.promotions(), rolled.promotions());
          for (int m = 1; m <= 3; m++) {
            assertEquals(plan.promotionsIn(MARCH.plusMonths(m)), rolled.promotionsIn(MARCH.plusMonths(m)));
          }
          assertEquals(List.of(MARCH.plusMonths(4), MARCH.plusMonths(5), MARCH.plusMonths(6)), rolled.openMonths());
        });
  }

  @Test
  void rejects_promotionOutsideTheOpenMonths() {
    RollingPlan plan = RollingPlan.madeIn("CA", MARCH);
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> plan.plan(startingIn("P7", YearMonth.of(2026, 7))));
    assertEquals("Argument 'promotion' must start in an open month [2026-04, 2026-05, 2026-06] but has value P7 starting 2026-07-10",
        late.getMessage());
    IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
        () -> plan.plan(startingIn("P3", MARCH)));
    assertEquals("Argument 'promotion' must start in an open month [2026-04, 2026-05, 2026-06] but has value P3 starting 2026-03-10",
        past.getMessage());
  }

  @Test
  void rejects_otherAccountAndDuplicateId() {
    RollingPlan plan = RollingPlan.madeIn("CA", MARCH).plan(startingIn("P4", YearMonth.of(2026, 4)));
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> plan.plan(startingIn("P4", YearMonth.of(2026, 5))));
    assertEquals("Argument 'promotions[1]' must have a unique id but has value 'P4' (the id of promotions[0])", dup.getMessage());
    Promotion other = promotion("W1", "WM", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 9), LocalDate.of(2026, 2, 1), "B500");
    IllegalArgumentException acc = assertThrows(IllegalArgumentException.class, () -> plan.plan(other));
    assertEquals("Argument 'promotion' must be of account 'CA' but has value W1 of account 'WM'", acc.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> RollingPlan.madeIn(" ", MARCH));
    assertEquals("Argument 'accountId' must not be blank but has value ' '", blank.getMessage());
  }

  private static List<String> ids(List<Promotion> promotions) {
    return promotions.stream().map(Promotion::id).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void leadTimes_ofThePlannedPromotions() {
    RollingPlan plan = RollingPlan.madeIn("CA", MARCH).plan(startingIn("P4", YearMonth.of(2026, 4)))
        .plan(promotion("P5", YearMonth.of(2026, 5).atDay(2), 10));
    dev.keyaccount.planning.leadtime.LeadTimeReport report = plan.leadTimes(dev.keyaccount.planning.leadtime.LeadTimeCheck.DEFAULT);
    assertEquals(List.of(50L, 10L), report.leadTimes().stream().map(dev.keyaccount.planning.leadtime.LeadTime::days)
        .collect(java.util.stream.Collectors.toList()));
    assertEquals("50.0%", report.lateShare().toString());
    NullPointerException e = assertThrows(NullPointerException.class, () -> plan.leadTimes(null));
    assertEquals("Argument 'check' must not be null", e.getMessage());
  }
}
