package dev.keyaccount.planning;

import static dev.keyaccount.planning.Fixtures.bd;
import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.budget.BudgetAllocator;
import dev.keyaccount.planning.budget.BudgetRequest;
import dev.keyaccount.planning.budget.StoreForecast;
import dev.keyaccount.planning.leadtime.LeadTimeCheck;
import dev.keyaccount.planning.leadtime.LeadTimePolicy;
import dev.keyaccount.planning.listing.ListingCheck;
import dev.keyaccount.planning.objective.SmartCheck;
import dev.keyaccount.planning.plan.RollingPlan;
import dev.keyaccount.planning.procedure.PromotionProcedure;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CalendarSlot;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.Holiday;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import dev.keyaccount.planning.promotion.PromotionCalendar;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearQuarter;

/**
 * Every public entry point of ka-planning, fed bad input: the exception type, and a message naming
 * the argument and (for bad values) the offending value.
 */
class BadInputTableTest {

  private static final CaseEconomics DEAL = CaseEconomics.builder().regularPrice(cny(10)).unitCost(cny(6))
      .discountPerCase(cny(1)).fixedCosts(cny(500)).build();

  static Stream<Arguments> badInputs() {
    return Stream.of(
        row("toQuarters null annual", NullPointerException.class, "'annual'", null,
            () -> TargetDecomposer.DEFAULT.toQuarters(null, 2026, List.of(1, 1, 1, 1))),
        row("toQuarters 3 weights", IllegalArgumentException.class, "'weights'", "[1, 1, 1]",
            () -> TargetDecomposer.DEFAULT.toQuarters(cny(1), 2026, List.of(1, 1, 1))),
        row("toMonths of a quarter, null quarter", NullPointerException.class, "'quarter'", null,
            () -> TargetDecomposer.DEFAULT.toMonths(cny(1), (YearQuarter) null, List.of(1, 1, 1))),
        row("toMonths of a quarter, negative weight", IllegalArgumentException.class, "'weights[1]'", "-1",
            () -> TargetDecomposer.DEFAULT.toMonths(cny(1), YearQuarter.of(2026, 2), List.of(1, -1, 1))),
        row("toMonths of a year, 11 weights", IllegalArgumentException.class, "'weights'", "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
            () -> TargetDecomposer.DEFAULT.toMonths(cny(1), 2026, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))),
        row("split all-zero weights", IllegalArgumentException.class, "'weights'", "[0, 0]",
            () -> TargetDecomposer.DEFAULT.split(cny(1), Map.of("A", 0, "B", 0))),
        row("split sub-cent target", IllegalArgumentException.class, "'total'", "CNY 0.005",
            () -> TargetDecomposer.DEFAULT.split(cny("0.005"), Map.of("A", 1))),
        row("splitCases negative", IllegalArgumentException.class, "'targetCases'", "-5",
            () -> TargetDecomposer.DEFAULT.splitCases(-5, Map.of("A", 1))),
        row("check null measure", NullPointerException.class, "'measure'", null,
            () -> DecompositionCheck.DEFAULT.check((MeasurePlan) null)),
        row("measure ratio weights mismatch", IllegalArgumentException.class, "'weights'", "[1]",
            () -> MeasurePlan.ratioAtMost("expense ratio", BigDecimal.ONE, bd("1", "1"), bd("1"))),
        row("break-even negative baseline", IllegalArgumentException.class, "'baselineCases'", "-1",
            () -> BreakEven.of(DEAL, -1)),
        row("break-even null economics", NullPointerException.class, "'economics'", null,
            () -> BreakEven.of(null, 1)),
        row("lift negative discount", IllegalArgumentException.class, "'discountRate'", "-5.0%",
            () -> BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(-5))),
        row("economics mixed currency", IllegalArgumentException.class, "'fixedCosts'", "USD",
            () -> CaseEconomics.builder().from(DEAL).fixedCosts(usd(1)).build()),
        row("post-event negative actual", IllegalArgumentException.class, "'actualCases'", "-1",
            () -> PostEventEvaluation.of(DEAL, 1, -1)),
        row("calendar null promotions", NullPointerException.class, "'promotions'", null,
            () -> PromotionCalendar.DEFAULT.check(null, List.of())),
        row("calendar slot null holiday", NullPointerException.class, "'holiday'", null,
            () -> CalendarSlot.holidayDm("CA", null, null)),
        row("calendar slot blank account", IllegalArgumentException.class, "'accountId'", "''",
            () -> CalendarSlot.holidayDm("", Holiday.NEW_YEAR,
                org.threeten.extra.LocalDateRange.of(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 4)))),
        row("budget null request", NullPointerException.class, "'request'", null,
            () -> BudgetAllocator.DEFAULT.allocate(null)),
        row("budget negative expense ratio", IllegalArgumentException.class, "'expenseRatio'", "-1.0%",
            () -> BudgetRequest.builder().addStores(StoreForecast.of("S", cny(1), Rate.ZERO))
                .expenseRatio(Rate.ofPercent(-1)).fixedFees(cny(0)).build()),
        row("store blank id", IllegalArgumentException.class, "'storeId'", "' '",
            () -> StoreForecast.of(" ", cny(1), Rate.ZERO)),
        row("lead time null promotions", NullPointerException.class, "'promotions'", null,
            () -> LeadTimeCheck.DEFAULT.check(null)),
        row("lead time negative minimum", IllegalArgumentException.class, "'minimumDays'", "-3",
            () -> LeadTimePolicy.ofMinimumDays(-3)),
        row("SMART null objective", NullPointerException.class, "'objective'", null,
            () -> SmartCheck.DEFAULT.isSmart(null)),
        row("rolling plan null promotion", NullPointerException.class, "'promotion'", null,
            () -> RollingPlan.madeIn("CA", YearMonth.of(2026, 3)).plan(null)),
        row("rolling plan null month", NullPointerException.class, "'month'", null,
            () -> RollingPlan.madeIn("CA", YearMonth.of(2026, 3)).promotionsIn(null)),
        row("procedure null steps", NullPointerException.class, "'done'", null,
            () -> PromotionProcedure.DEFAULT.status(null)),
        row("listing null proposal", NullPointerException.class, "'proposal'", null,
            () -> ListingCheck.DEFAULT.review(null)));
  }

  private static Arguments row(String name, Class<? extends RuntimeException> type, String argument, String value,
      Executable call) {
    return Arguments.of(name, type, argument, value, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejectsWithTypeArgumentAndValue(String name, Class<? extends RuntimeException> type, String argument,
      String value, Executable call) {
    RuntimeException e = assertThrows(type, call);
    String message = e.getMessage();
    assertTrue(message.contains(argument), () -> name + ": '" + message + "' does not name " + argument);
    if (value != null) {
      assertTrue(message.contains(value), () -> name + ": '" + message + "' does not show " + value);
    }
  }
}
