package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.DISPLAY_FEE;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** A person's decisions on the ledger, kind by kind: the parts, the state, the history, the refusals. */
class DeductionDecisionsTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);
  private static final LocalDate DAY = JAN_31.plusDays(40);

  /** D1 500 unauthorized (no authorization of its type); D2 300 of a 200 display fee: 200 matched, 100 disputed. */
  private static DeductionLedger ledger() {
    return MATCHER.match(List.of(ded("D1", "penalty", null, "500.00"), ded("D2", "display_fee", "DF-1", "300.00")),
        List.of(auth("A1", PROMOTION, null, "900.00"), auth("A2", DISPLAY_FEE, "DF-1", "200.00")), EMPTY).ledger();
  }

  private static DeductionDecision.Builder decision(String id, DeductionDecision.Kind kind) {
    return DeductionDecision.builder().deductionId(id).kind(kind).date(DAY);
  }

  private static Money money(String amount) {
    return Monies.of(cny(amount));
  }

  @Test
  void theStartingLedger_isWhatTheRunDecided() {
    LedgerDeduction d1 = ledger().deduction("D1").orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, d1.state());
    assertEquals(money("500.00"), d1.disputed());
    assertFalse(d1.decided());
    LedgerDeduction d2 = ledger().deduction("D2").orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, d2.state());
    assertEquals(money("200.00"), d2.matched());
    assertEquals(money("100.00"), d2.disputed());
  }

  @Test
  void match_takesFromTheNamedAuthorization_andDisputesTheRest() {
    DeductionLedger after = ledger().apply(decision("D1", DeductionDecision.Kind.MATCH)
        .addMatches(AuthorizationMatch.of("A1", cny("350.00"))).build());
    LedgerDeduction d1 = after.deduction("D1").orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, d1.state());
    assertEquals(money("350.00"), d1.matched());
    assertEquals(money("150.00"), d1.disputed());
    assertEquals(money("0"), d1.unresolved());
    assertTrue(d1.decided());
    assertEquals(money("550.00"), after.authorizationUse("A1").orElseThrow().remaining());
    assertEquals(List.of(Consumption.of("D1", cny("350.00"), DAY)),
        after.authorizationUse("A1").orElseThrow().consumptions());
    LedgerEvent last = d1.history().get(d1.history().size() - 1);
    assertEquals(LedgerEvent.of(DAY, LedgerEvent.Kind.DECIDED, DeductionState.PARTIALLY_VALID, cny("500.00")), last);
    // The ledger it came from is unchanged.
    assertEquals(money("900.00"), ledger().authorizationUse("A1").map(AuthorizationUse::remaining)
        .orElse(money("900.00")));
  }

  @Test
  void matchOfTheWholeOpenAmount_isValid() {
    DeductionLedger after = ledger().apply(decision("D1", DeductionDecision.Kind.MATCH)
        .addMatches(AuthorizationMatch.of("A1", cny("500.00"))).build());
    assertEquals(DeductionState.VALID, after.deduction("D1").orElseThrow().state());
    assertEquals(money("0"), after.deduction("D1").orElseThrow().disputed());
    assertEquals(1, after.openDeductions().size(), "only D2 is still open");
  }

  @Test
  void match_isRefused_beyondTheRemaining_beyondTheOpenAmount_orForAnUnknownAuthorization() {
    DeductionLedger ledger = ledger();
    assertEquals("Argument 'matches' must take at most the remaining CNY 900 of 'A1' but has value CNY 900.01",
        assertThrows(IllegalArgumentException.class, () -> ledger.apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A1", cny("900.01"))).build())).getMessage());
    assertEquals("Argument 'matches' must add up to at most the open CNY 500 of 'D1' but has value CNY 500.01",
        assertThrows(IllegalArgumentException.class, () -> ledger.apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A1", cny("500.01"))).build())).getMessage());
    assertEquals("Argument 'matches' must name authorizations the ledger has seen but has value 'A9'",
        assertThrows(IllegalArgumentException.class, () -> ledger.apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A9", cny("1.00"))).build())).getMessage());
    // Two matches on one authorization: the second sees what the first took.
    assertEquals("Argument 'matches' must take at most the remaining CNY 500 of 'A1' but has value CNY 600",
        assertThrows(IllegalArgumentException.class, () -> ledger.apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A1", cny("400.00")), AuthorizationMatch.of("A1", cny("600.00")))
            .build())).getMessage());
  }

  @Test
  void accept_andWriteOff_closeTheOpenAmount() {
    DeductionLedger accepted = ledger().apply(decision("D2", DeductionDecision.Kind.ACCEPT).build());
    LedgerDeduction d2 = accepted.deduction("D2").orElseThrow();
    assertEquals(DeductionState.VALID, d2.state(), "partly matched, the rest accepted");
    assertEquals(money("100.00"), d2.writtenOff());
    assertEquals(money("0"), d2.disputed());
    DeductionLedger written = ledger().apply(decision("D1", DeductionDecision.Kind.WRITE_OFF).build());
    LedgerDeduction d1 = written.deduction("D1").orElseThrow();
    assertEquals(DeductionState.WRITTEN_OFF, d1.state(), "nothing matched: written off");
    assertEquals(money("500.00"), d1.writtenOff());
    assertEquals(1, written.openDeductions().size());
  }

  @Test
  void aDecidedDeduction_isNotDecidedAgain() {
    DeductionLedger disputed = ledger().apply(decision("D1", DeductionDecision.Kind.DISPUTE).build());
    for (DeductionDecision.Kind kind : List.of(DeductionDecision.Kind.ACCEPT, DeductionDecision.Kind.DISPUTE,
        DeductionDecision.Kind.WRITE_OFF)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> disputed.apply(decision("D1", kind).build()));
      assertEquals("Argument 'decision' must concern an undecided deduction but has value 'D1' (" + kind
          + ", already decided)", e.getMessage());
    }
  }

  @Test
  void aDisputedAmount_isRecovered_acceptedAsLoss_andWrittenOff_inParts_conservingTheWhole() {
    DeductionLedger ledger = ledger().apply(decision("D1", DeductionDecision.Kind.DISPUTE).build())
        .apply(decision("D1", DeductionDecision.Kind.RECOVER).amount(money("120.00")).reference("CHQ-1").build())
        .apply(decision("D1", DeductionDecision.Kind.ACCEPT_LOSS).amount(money("80.00")).build())
        .apply(decision("D1", DeductionDecision.Kind.WRITE_OFF).amount(money("50.00")).build());
    LedgerDeduction d1 = ledger.deduction("D1").orElseThrow();
    assertEquals(money("120.00"), d1.recovered());
    assertEquals(money("80.00"), d1.lossAccepted());
    assertEquals(money("50.00"), d1.writtenOff());
    assertEquals(money("250.00"), d1.disputed());
    assertEquals(d1.amount(), d1.matched().add(d1.writtenOff()).add(d1.disputed()).add(d1.unresolved())
        .add(d1.recovered()).add(d1.lossAccepted()));
    List<LedgerEvent.Kind> kinds = d1.history().stream().map(LedgerEvent::kind).toList();
    assertEquals(List.of(LedgerEvent.Kind.MATCHED, LedgerEvent.Kind.DECIDED, LedgerEvent.Kind.RECOVERED,
        LedgerEvent.Kind.LOSS_ACCEPTED, LedgerEvent.Kind.WRITTEN_OFF), kinds);
    assertEquals(money("50.00"), d1.history().get(4).amount());
    assertEquals(money("250.00"), d1.open());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.apply(
        decision("D1", DeductionDecision.Kind.WRITE_OFF).amount(money("250.01")).build()));
    assertEquals("Argument 'amount' must be at most the disputed CNY 250 of 'D1' but has value CNY 250.01",
        e.getMessage());
    // The rest written off closes it.
    DeductionLedger closed = ledger.apply(decision("D1", DeductionDecision.Kind.WRITE_OFF).amount(money("250.00"))
        .build());
    assertEquals(money("0"), closed.deduction("D1").orElseThrow().open());
    assertEquals(List.of("D2"), closed.openDeductions().stream().map(LedgerDeduction::id).toList());
  }

  @Test
  void aDisputeOfAnUnresolvedDeduction_makesItUnauthorized() {
    DeductionLedger run = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "100.00")), EMPTY).ledger();
    assertEquals(DeductionState.UNRESOLVED, run.deduction("D1").orElseThrow().state());
    LedgerDeduction d1 = run.apply(decision("D1", DeductionDecision.Kind.DISPUTE).build()).deduction("D1")
        .orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, d1.state());
    assertEquals(money("100.00"), d1.disputed());
    assertEquals(money("0"), d1.unresolved());
  }

  @Test
  void decisionsWithTheWrongParts_areRefused() {
    assertEquals("Argument 'amount' must be absent for ACCEPT but has value CNY 1",
        assertThrows(IllegalArgumentException.class, () -> decision("D1", DeductionDecision.Kind.ACCEPT)
            .amount(money("1")).build()).getMessage());
    assertEquals("Argument 'amount' must be given for RECOVER but has value none",
        assertThrows(IllegalArgumentException.class, () -> decision("D1", DeductionDecision.Kind.RECOVER).build())
            .getMessage());
    assertEquals("Argument 'matches' must not be empty for MATCH but has value 0",
        assertThrows(IllegalArgumentException.class, () -> decision("D1", DeductionDecision.Kind.MATCH).build())
            .getMessage());
    assertEquals("Argument 'matches' must be empty for ACCEPT but has value 1",
        assertThrows(IllegalArgumentException.class, () -> decision("D1", DeductionDecision.Kind.ACCEPT)
            .addMatches(AuthorizationMatch.of("A1", cny("1.00"))).build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> decision("D1", DeductionDecision.Kind.WRITE_OFF)
        .amount(money("0")).build());
    assertEquals("Argument 'decision' must name a deduction in the ledger but has value 'D9'",
        assertThrows(IllegalArgumentException.class, () -> ledger().apply(decision("D9",
            DeductionDecision.Kind.ACCEPT).build())).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ledger().apply(decision("D1", DeductionDecision.Kind.RECOVER)
        .amount(Monies.of(new BigDecimal("1"), Currencies.USD)).build()));
  }

  @Test
  void match_andDispute_needAnUndecidedOpenDeduction_andADisputeKeepsAPartlyValidState() {
    // MATCH is refused for a decided deduction, as every other kind is.
    DeductionLedger disputed = ledger().apply(decision("D1", DeductionDecision.Kind.DISPUTE).build());
    assertEquals("Argument 'decision' must concern an undecided deduction but has value 'D1' (MATCH, already decided)",
        assertThrows(IllegalArgumentException.class, () -> disputed.apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A1", cny("100.00"))).build())).getMessage());
    // DISPUTE, like ACCEPT, needs an open amount: D1 100.00 taken whole by A1 100.00 is VALID.
    DeductionLedger valid = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")), EMPTY).ledger();
    assertEquals("Argument 'decision' must concern a deduction with an open amount but has value 'D1' (VALID)",
        assertThrows(IllegalArgumentException.class, () -> valid.apply(decision("D1", DeductionDecision.Kind.DISPUTE)
            .build())).getMessage());
    // D2 (200.00 matched, 100.00 disputed) stays partly valid when disputed: only an unresolved or
    // written-off deduction becomes unauthorized.
    LedgerDeduction d2 = ledger().apply(decision("D2", DeductionDecision.Kind.DISPUTE).build()).deduction("D2")
        .orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, d2.state());
    assertEquals(money("100.00"), d2.disputed());
    // A match in another currency is refused by name.
    assertEquals("Argument 'matches 'A1' amount' must be in currency CNY but is in USD (value USD 100)",
        assertThrows(IllegalArgumentException.class, () -> ledger().apply(decision("D1", DeductionDecision.Kind.MATCH)
            .addMatches(AuthorizationMatch.of("A1", Money.of(100, "USD"))).build())).getMessage());
  }

  @Test
  void aValidDeduction_hasNothingToDecide() {
    DeductionLedger run = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")), EMPTY).ledger();
    assertEquals("Argument 'decision' must concern a deduction with an open amount but has value 'D1' (VALID)",
        assertThrows(IllegalArgumentException.class, () -> run.apply(decision("D1", DeductionDecision.Kind.ACCEPT)
            .build())).getMessage());
  }

  @Test
  void agingAndDdo_boundaries() {
    DeductionLedger ledger = ledger();
    // D1 500 + D2 100 open, dated JAN_31 + 30; as of that day both are current.
    LocalDate dated = JAN_31.plusDays(30);
    assertEquals(List.of(money("600.00"), money("0"), money("0")),
        ledger.agedOpenAmounts(dated, AgingBuckets.of(30, 60)));
    assertEquals(List.of(money("600.00"), money("0"), money("0")),
        ledger.agedOpenAmounts(dated.minusDays(5), AgingBuckets.of(30, 60)), "dated after as-of: first bucket");
    assertEquals(List.of(money("0"), money("600.00"), money("0")),
        ledger.agedOpenAmounts(dated.plusDays(30), AgingBuckets.of(30, 60)));
    assertEquals(List.of(money("600.00"), money("0"), money("0")),
        ledger.agedOpenAmounts(dated.plusDays(29), AgingBuckets.of(30, 60)));
    // 600 open over 800 deducted in one day: 600 / 800 = 0.75 → 0.8 (half up).
    assertEquals(new BigDecimal("0.8"), ledger.daysDeductionsOutstanding(dated, 1).orElseThrow());
    // A 3660-day period: 600 × 3660 / 800 = 2745.0.
    assertEquals(new BigDecimal("2745.0"), ledger.daysDeductionsOutstanding(dated, 3660).orElseThrow());
    assertTrue(ledger.daysDeductionsOutstanding(dated.minusDays(1), 1).isEmpty(), "nothing deducted in the period");
    assertTrue(ledger.daysDeductionsOutstanding(dated.plusDays(1), 1).isEmpty());
    assertEquals(new BigDecimal("1.5"), ledger.daysDeductionsOutstanding(dated.plusDays(1), 2).orElseThrow());
    assertEquals("Argument 'periodDays' must be between 1 and 3660 but has value 0",
        assertThrows(IllegalArgumentException.class, () -> ledger.daysDeductionsOutstanding(dated, 0)).getMessage());
    assertEquals("Argument 'periodDays' must be between 1 and 3660 but has value 3661",
        assertThrows(IllegalArgumentException.class, () -> ledger.daysDeductionsOutstanding(dated, 3661))
            .getMessage());
  }

  @Test
  void theLedgerRebuiltFromItsParts_isRefusedWhenThePartsDisagree() {
    DeductionLedger ledger = ledger();
    DeductionLedger same = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    assertEquals(ledger.deductions(), same.deductions());
    assertEquals(ledger.openDeductions(), same.openDeductions());
    LedgerDeduction d2 = ledger.deduction("D2").orElseThrow();
    assertEquals("Argument 'deductions' must have unique ids but has value 'D2' (repeated)",
        assertThrows(IllegalArgumentException.class, () -> DeductionLedger.of(Currencies.CNY, List.of(d2, d2),
            ledger.authorizationUses())).getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> DeductionLedger.of(Currencies.CNY, List.of(), ledger.authorizationUses()));
    assertEquals("Argument 'authorizationUses' must name known deductions but has value 'D2' in 'A2'",
        unknown.getMessage());
    IllegalArgumentException unmatched = assertThrows(IllegalArgumentException.class,
        () -> DeductionLedger.of(Currencies.CNY, ledger.deductions(), List.of()));
    assertEquals("Argument 'deductions' must have a matched part equal to their consumptions CNY 0 but has value "
        + "'D2' matched CNY 200", unmatched.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DeductionLedger.of(Currencies.USD, ledger.deductions(),
        ledger.authorizationUses()));
    // A claim rebuilt from the parts is still a duplicate next week.
    MatchingResult next = MATCHER.match(List.of(ded("D3", "display_fee", "DF-1", "300.00")), List.of(), same);
    assertEquals(DeductionState.DUPLICATE, next.deductionResult("D3").orElseThrow().state());
    assertEquals("D2", next.deductionResult("D3").orElseThrow().duplicateOf().orElseThrow());
  }

  @Test
  void deductionIds_areTheResultsIds_inTheirOrder() {
    MatchingResult run = MATCHER.match(List.of(ded("D2", "display_fee", "DF-1", "300.00"),
        ded("D1", "penalty", null, "500.00")), List.of(auth("A2", DISPLAY_FEE, "DF-1", "200.00")), EMPTY);
    assertEquals(run.deductionResults().stream().map(DeductionResult::deductionId).toList(), run.deductionIds());
    assertEquals(List.of("D2", "D1"), run.deductionIds(), "by date, then amount");
    assertEquals("Argument 'index' must be within the results but has value 2",
        assertThrows(IllegalArgumentException.class, () -> run.deductionIds().get(2)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> run.deductionIds().get(-1));
  }

  @Test
  void aDecisionIsDatedWithinTheMatchersDates_notBeforeItsDeduction_andInWholeMinorUnits() {
    LocalDate deducted = ledger().deduction("D1").orElseThrow().date();
    IllegalArgumentException before = assertThrows(IllegalArgumentException.class, () -> ledger().apply(
        DeductionDecision.builder().deductionId("D1").kind(DeductionDecision.Kind.DISPUTE).date(deducted.minusDays(1))
            .build()));
    assertEquals("Argument 'date' must not be before the deduction's date " + deducted + " but has value "
        + deducted.minusDays(1), before.getMessage());
    // On the deduction's own date it applies.
    assertEquals(DeductionState.UNAUTHORIZED, ledger().apply(DeductionDecision.builder().deductionId("D1")
        .kind(DeductionDecision.Kind.DISPUTE).date(deducted).build()).deduction("D1").orElseThrow().state());
    IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
        () -> decision("D1", DeductionDecision.Kind.DISPUTE).date(LocalDate.MIN).build());
    assertEquals("Argument 'date' must be between 1900-01-01 and 2199-12-31 but has value -999999999-01-01",
        min.getMessage());
    IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
        () -> decision("D1", DeductionDecision.Kind.RECOVER).amount(money("0.001")).build());
    assertEquals("Argument 'amount' must be a whole number of minor units but has value CNY 0.001",
        fraction.getMessage());
  }

  @Test
  void anAuthorizationMatch_holdsMoney_inWholeMinorUnits() {
    assertEquals(AuthorizationMatch.of("A1", Money.of(1, "CNY")),
        AuthorizationMatch.of("A1", org.javamoney.moneta.FastMoney.of(1, "CNY")));
    assertEquals(Money.class, AuthorizationMatch.of("A1", org.javamoney.moneta.FastMoney.of(1, "CNY")).amount()
        .getClass());
    assertEquals("Argument 'amount' must be a whole number of minor units but has value CNY 0.001",
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatch.of("A1", cny("0.001"))).getMessage());
  }
}
