package dev.keyaccount.planning.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class SmartCheckTest {

  static final LocalDateRange Q2 = LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));

  /** Seed 003: display points at customer A from 22 to 30 in Q2. */
  static Objective seed003DisplayPoints() {
    return Objective.builder().metric(Metric.DISPLAY_POINTS).scope("customer A").targetValue(new BigDecimal("30"))
        .period(Q2).addActions("negotiate 8 end caps at the Q1 review").build();
  }

  @Test
  void seed003_displayPointsObjective_isSmart() {
    assertEquals(Set.of(), SmartCheck.DEFAULT.failures(seed003DisplayPoints()));
    assertTrue(SmartCheck.DEFAULT.isSmart(seed003DisplayPoints()));
    assertTrue(seed003DisplayPoints().isPrimary());
  }

  @Test
  void eachMissingPart_failsItsCriterion() {
    Objective smart = seed003DisplayPoints();
    assertEquals(EnumSet.of(SmartCriterion.SPECIFIC),
        SmartCheck.DEFAULT.failures(Objective.builder().from(smart).scope(java.util.Optional.empty()).build()));
    assertEquals(EnumSet.of(SmartCriterion.MEASURABLE),
        SmartCheck.DEFAULT.failures(Objective.builder().from(smart).targetValue(java.util.Optional.empty()).build()));
    assertEquals(EnumSet.of(SmartCriterion.ACTIONABLE), SmartCheck.DEFAULT.failures(
        Objective.builder().metric(Metric.DISPLAY_POINTS).scope("customer A").targetValue(BigDecimal.TEN).period(Q2).build()));
    assertEquals(EnumSet.of(SmartCriterion.TIME_BOUND),
        SmartCheck.DEFAULT.failures(Objective.builder().from(smart).period(java.util.Optional.empty()).build()));
    assertEquals(EnumSet.of(SmartCriterion.TIME_BOUND), SmartCheck.DEFAULT.failures(
        Objective.builder().from(smart).period(LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 4, 1))).build()));
    assertEquals(EnumSet.of(SmartCriterion.TIME_BOUND), SmartCheck.DEFAULT.failures(
        Objective.builder().from(smart).period(LocalDateRange.ofUnboundedStart(LocalDate.of(2026, 4, 1))).build()));
    assertEquals(EnumSet.of(SmartCriterion.TIME_BOUND), SmartCheck.DEFAULT.failures(
        Objective.builder().from(smart).period(LocalDateRange.of(Q2.getStart(), Q2.getStart())).build()));
    assertFalse(SmartCheck.DEFAULT.isSmart(Objective.builder().metric(Metric.SPEND).build()));
    assertEquals(EnumSet.allOf(SmartCriterion.class), SmartCheck.DEFAULT.failures(Objective.builder().metric(Metric.SPEND).build()));
  }

  @Test
  void metrics_primaryAndSecondary() {
    assertEquals(EnumSet.of(Metric.SALES_VOLUME, Metric.MARKET_SHARE, Metric.DISPLAY_POINTS, Metric.DISPLAY_RATE,
        Metric.SKU_COUNT, Metric.STORE_DISTRIBUTION_RATE), EnumSet.copyOf(
            java.util.Arrays.stream(Metric.values()).filter(Metric::isPrimary).collect(java.util.stream.Collectors.toSet())));
    assertFalse(Objective.builder().metric(Metric.EXPENSE_RATIO).build().isPrimary());
  }

  @Test
  void rejects_blankScopeAndAction() {
    IllegalArgumentException scope = assertThrows(IllegalArgumentException.class,
        () -> Objective.builder().metric(Metric.PROFIT).scope("").build());
    assertEquals("Argument 'scope' must not be blank but has value ''", scope.getMessage());
    IllegalArgumentException action = assertThrows(IllegalArgumentException.class,
        () -> Objective.builder().metric(Metric.PROFIT).addActions(" ").build());
    assertEquals("Argument 'actions[0]' must not be blank but has value ' '", action.getMessage());
    NullPointerException nul = assertThrows(NullPointerException.class, () -> SmartCheck.DEFAULT.failures(null));
    assertEquals("Argument 'objective' must not be null", nul.getMessage());
  }
}
