package dev.keyaccount.planning.rebate;

import static dev.keyaccount.planning.rebate.RebateAccrualsTest.APR;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.CALC;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.NONE;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.cases;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.cny;
import static dev.keyaccount.planning.rebate.RebateCalculatorTest.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.spend.SpendAccrual;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rebate bounds exactly at their edges, where the examples of the other rebate tests stop one step short. */
class RebateBoundaryTest {

  private static void rejects(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void aBaseExactlyOnAThreshold_reachesThatTier() {
    // Tiers from 0, 1,000 and 5,000 cases: 0 cases reach tier 0, exactly 1,000 tier 1, exactly 5,000 tier 2;
    // 4,999 stay on tier 1.
    RebateScheme scheme = volume(RebateStyle.STEPPED).build();
    assertEquals(OptionalInt.of(0), CALC.tierReached(scheme, cases(0), NONE));
    assertEquals(OptionalInt.of(1), CALC.tierReached(scheme, cases(1_000), NONE));
    assertEquals(OptionalInt.of(1), CALC.tierReached(scheme, cases(4_999), NONE));
    assertEquals(OptionalInt.of(2), CALC.tierReached(scheme, cases(5_000), NONE));
  }

  @Test
  void idsOfExactly64Characters_areAccepted() {
    RebateScheme scheme = volume(RebateStyle.STEPPED).id("R".repeat(64)).accountId("A".repeat(64)).build();
    assertEquals(64, scheme.id().length());
    assertEquals(64, scheme.accountId().length());
    rejects(() -> volume(RebateStyle.STEPPED).accountId("A".repeat(65)).build(),
        "Argument 'accountId' must have at most 64 characters but has value 65 characters");
  }

  @Test
  void aShareOfExactlySixDecimals_isAccepted() {
    assertEquals(new BigDecimal("0.123456"), RebateTier.ofValue(cny("0"), Rate.of("0.123456")).rate());
  }

  @Test
  void exactlySixtyInterims_accrue() {
    // MAX_INTERIMS = 60 (61 are rejected): one interim per day from Jan 2 to Mar 2, 1.00 each.
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      dates.add(LocalDate.of(2026, 1, 1).plusDays(i));
    }
    List<SpendAccrual> accruals = RebateAccruals.DEFAULT.accruals(volume(RebateStyle.STEPPED).build(), dates,
        Collections.nCopies(60, cny("1")), Optional.empty());
    assertEquals(60, accruals.size());
    assertEquals(LocalDate.of(2026, 3, 2), accruals.get(59).period().getEnd());
  }

  @Test
  void aPaymentOfExactlyATrillion_isRejectedAsAPayment_oneFenLessAccrues() {
    RebateScheme scheme = volume(RebateStyle.STEPPED).build();
    rejects(() -> RebateAccruals.DEFAULT.accruals(scheme, List.of(APR), List.of(cny("1000000000000")), Optional.empty()),
        "Argument 'interimPayments[0]' must be below 1000000000000 but has value CNY 1000000000000");
    assertEquals(cny("999999999999.99"), RebateAccruals.DEFAULT.accruals(scheme, List.of(APR),
        List.of(cny("999999999999.99")), Optional.empty()).get(0).amount());
  }

  @Test
  void aSettlementInAnotherCurrency_isRejectedByName() {
    // No interims: the payments' sum is CNY 0, and the settlement's interims paid are USD 0, equal in
    // number but not in currency.
    Money usd = Money.of(0, "USD");
    rejects(() -> RebateAccruals.DEFAULT.accruals(volume(RebateStyle.STEPPED).build(), List.of(), List.of(),
            Optional.of(RebateSettlement.of(usd, usd, usd, usd))),
        "Argument 'settlement.interimPaid' must be in currency CNY but is in USD (value USD 0)");
  }
}
