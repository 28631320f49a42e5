package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list a result or a ledger returns is unmodifiable, as the values are immutable. */
class ReturnedListsTest {

  @Test
  void theListsOfAResultAndOfALedger_cannotBeChanged() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "100.00"));
    DeductionLedger week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("60.00"), JAN_31)), auths,
        DeductionLedger.empty(Currencies.CNY)).ledger();
    MatchingResult week2 = MATCHER.match(
        List.of(ded("D2", "KA1", "promotion", null, cny("40.00"), JAN_31.plusDays(7))), auths, week1);
    DeductionLedger ledger = week2.ledger();
    List<List<?>> lists = List.of(week2.deductionResults(DeductionState.VALID), week2.changedDeductions(),
        ledger.deductions(), week1.openDeductions(), ledger.authorizationUses(),
        ledger.agedOpenAmounts(JAN_31.plusDays(60), AgingBuckets.standard()));
    for (List<?> list : lists) {
      assertFalse(list.isEmpty(), list.toString());
      assertThrows(UnsupportedOperationException.class, list::clear, list.toString());
    }
  }
}
