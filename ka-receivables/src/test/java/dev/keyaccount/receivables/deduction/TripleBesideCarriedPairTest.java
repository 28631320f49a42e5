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
 * A claim completed by a claim carried from last week and an earlier claim of its run (a triple), while
 * two pairs of other carried claims also add up to the authorization: the outcome is the same whether or
 * not the triple's claim of the run is the run's first deduction (an unrelated earlier claim of another
 * account in front of it).
 */
class TripleBesideCarriedPairTest {

  private static List<String> states(MatchingResult run, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(id + " " + run.ledger().deduction(id).orElseThrow().state());
    }
    return out;
  }

  @Test
  void aTripleWithACarriedClaim_isMatchedTheSame_whereverItsClaimOfTheRunStands() {
    // Last week: five claims without a reference await a complement; W and V make 6,000.00, and so do
    // Y and U.
    DeductionLedger ledger = MATCHER.match(List.of(
        ded("X", "KA1", "promotion", null, cny("1700.35"), JAN_31),
        ded("W", "KA1", "promotion", null, cny("2500.00"), JAN_31),
        ded("V", "KA1", "promotion", null, cny("3500.00"), JAN_31),
        ded("Y", "KA1", "promotion", null, cny("2000.13"), JAN_31),
        ded("U", "KA1", "promotion", null, cny("3999.87"), JAN_31)), List.of(),
        DeductionLedger.empty(Currencies.CNY)).ledger();
    // This week: A1 of 6,000.00 arrives; F and then D, with X, add up to it (no pair with F or D does,
    // and F finds no triple of its own).
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, null, "6000.00",
        JAN_31.plusDays(3)));
    List<Deduction> week = List.of(ded("F", "KA1", "promotion", null, cny("1100.21"), JAN_31.plusDays(1)),
        ded("D", "KA1", "promotion", null, cny("3199.44"), JAN_31.plusDays(3)));
    List<Deduction> withEarlier = new ArrayList<>(week);
    withEarlier.add(0, ded("Z", "KA9", "penalty", null, cny("5.00"), JAN_31));
    List<String> ids = List.of("F", "D", "X", "W", "V", "Y", "U");
    MatchingResult alone = MATCHER.match(week, auths, ledger);
    MatchingResult behind = MATCHER.match(withEarlier, auths, ledger);
    assertEquals(List.of("F VALID", "D VALID", "X VALID"), states(alone, List.of("F", "D", "X")));
    assertEquals(states(behind, ids), states(alone, ids));
    assertEquals(behind.authorizationBalances(), alone.authorizationBalances());
  }
}
