package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

/**
 * The run's context at its edges: amounts that are not {@code Money} (whose numbers may carry trailing
 * zeros), the order of the failure items when duplicates are found in date order, and ids with one
 * hash code.
 */
class RunContextEdgeTest {

  private static RunContext context() {
    return new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), false);
  }

  @Test
  void minorUnits_ofAnAmountThatIsNotMoney() {
    RunContext context = context();
    // FastMoney keeps five decimals: 12.34000, 1234.000 once in fen; a whole number of fen all the same.
    FastMoney fast = FastMoney.of(new BigDecimal("12.34"), Currencies.CNY);
    assertEquals(1_234, context.minorUnits(fast));
    assertEquals(1_230, context.minorUnits(FastMoney.of(new BigDecimal("12.3"), Currencies.CNY)));
    assertEquals(1_234, context.minorUnits(cny("12.34")));
    assertEquals(1_234, context.minorUnits(cny("12.3400")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> context.minorUnits(FastMoney.of(new BigDecimal("12.345"), Currencies.CNY)));
    assertEquals("Argument 'amount' must be a whole number of minor units but has value CNY 12.345",
        e.getMessage());
  }

  @Test
  void duplicates_foundInDateOrder_areReportedInInputOrder() {
    LocalDate day = Fixtures.JAN_31;
    // X at 1 (day 1) and 3 (day 2), Y at 0 (day 3) and 2 (day 4): read by date, the repeat at 3 is
    // found before the one at 2.
    MatchingResult result = MATCHER.match(List.of(
        ded("Y", "KA1", "promotion", null, cny("7.00"), day.plusDays(3)),
        ded("X", "KA1", "promotion", null, cny("7.00"), day.plusDays(1)),
        ded("Y", "KA1", "promotion", null, cny("7.00"), day.plusDays(4)),
        ded("X", "KA1", "promotion", null, cny("7.00"), day.plusDays(2))), List.of());
    assertEquals(List.of(
        FailureItem.of("deductions", 2, "Y", FailureReason.DUPLICATE_ID,
            "Argument 'deductions[2]' must have a unique id but has value 'Y' (the id of deductions[0])"),
        FailureItem.of("deductions", 3, "X", FailureReason.DUPLICATE_ID,
            "Argument 'deductions[3]' must have a unique id but has value 'X' (the id of deductions[1])")),
        result.rejected());
    assertEquals(2, result.summary().deductionCount());
  }

  @Test
  void idsWithOneHashCode_areNotDuplicates() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    MatchingResult result = MATCHER.match(List.of(
        ded("Aa", "KA1", "promotion", null, cny("7.00"), Fixtures.JAN_31),
        ded("BB", "KA1", "promotion", null, cny("8.00"), Fixtures.JAN_31)), List.of());
    assertEquals(List.of(), result.rejected());
    assertEquals(2, result.summary().deductionCount());
  }

  @Test
  void aListingRunOverEveryLine_decidesAsTheCollectionRun() {
    List<Deduction> deds = List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("60.00"), Fixtures.JAN_31),
        ded("D2", "KA2", "promotion", null, cny("25.00"), Fixtures.JAN_31));
    List<Authorization> auths = List.of(
        Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", Fixtures.JAN_31),
        Fixtures.auth("A2", "KA2", ReasonType.PROMOTION, null, "25.00", Fixtures.JAN_31),
        Fixtures.auth("A3", "KA3", ReasonType.PROMOTION, null, "25.00", Fixtures.JAN_31));
    // Not only the run's accounts: every line of the listing is loaded, A3 of KA3 too.
    MatchingResult listed = new MatchingRun(POLICY, DeductionLedger.empty(POLICY.currency()), false)
        .run(deds, AuthorizationListing.of(auths));
    MatchingResult collected = MATCHER.match(deds, auths);
    for (String id : List.of("D1", "D2")) {
      assertEquals(collected.deductionResult(id), listed.deductionResult(id));
    }
    assertEquals(DeductionState.VALID, listed.deductionResult("D2").orElseThrow().state());
    assertEquals(3, listed.authorizationBalances().size());
    assertEquals(collected.authorizationBalances(), listed.authorizationBalances());
  }
}
