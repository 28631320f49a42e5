package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Currencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's uses past the room its builders start with (16 uses, 16 consumptions): one authorization
 * consumed by more deductions than twice that room, and exactly 16 uses read back from parts.
 */
class UseBlockCapacityTest {

  @Test
  void anAuthorizationConsumedFortyTimes_keepsEveryConsumption_builtAndReadBack() {
    List<Deduction> deductions = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      // Ids of one width: the consumptions of one day are in id order.
      String id = String.format("D%02d", i);
      deductions.add(ded(id, "KA1", "promotion", "PRM-1", cny("1." + (10 + i)), JAN_31));
      ids.add(id);
    }
    DeductionLedger ledger = MATCHER.match(deductions,
        List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "1000.00", JAN_31)),
        DeductionLedger.empty(Currencies.CNY)).ledger();
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    for (DeductionLedger l : List.of(ledger, rebuilt)) {
      AuthorizationUse use = l.authorizationUse("A1").orElseThrow();
      assertEquals(ids, use.consumptions().stream().map(Consumption::deductionId).toList());
    }
    assertEquals(ledger.authorizationUses(), rebuilt.authorizationUses());
  }

  @Test
  void sixteenUses_readBackFromParts_areTheLedgersUses() {
    List<Deduction> deductions = new ArrayList<>();
    List<Authorization> authorizations = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      deductions.add(ded("D" + i, "KA1", "promotion", "PRM-" + i, cny(i + ".00"), JAN_31));
      authorizations.add(Fixtures.auth("A" + i, "KA1", ReasonType.PROMOTION, "PRM-" + i, (2 * i) + ".00", JAN_31));
    }
    DeductionLedger ledger = MATCHER.match(deductions, authorizations, DeductionLedger.empty(Currencies.CNY)).ledger();
    assertEquals(16, ledger.authorizationUses().size());
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    assertEquals(ledger.authorizationUses(), rebuilt.authorizationUses());
    assertEquals(ledger.deductions(), rebuilt.deductions());
  }
}
