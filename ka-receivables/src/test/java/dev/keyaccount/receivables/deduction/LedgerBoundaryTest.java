package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The ledger and its values at their edges, as fast examples: {@code DeductionLedgerTest}'s slowest
 * example is tagged {@code quality}, and the ledger's own checks and orders need examples PIT runs.
 */
class LedgerBoundaryTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  private static Money usd(long amount) {
    return Money.of(amount, "USD");
  }

  private static void rejects(Class<? extends RuntimeException> type, Executable call, String message) {
    assertEquals(message, assertThrows(type, call).getMessage());
  }

  @Test
  void deductions_areListedByDateThenId_notInTheMapsOrder() {
    // D1 on Mar 3, D2 and D3 on Mar 1: listed D2, D3, D1 (in a hash map D1, D2, D3 would come in that order).
    DeductionLedger ledger = MATCHER.match(List.of(ded("D1", "KA1", "penalty", null, cny("300.00"), MAR_1.plusDays(2)),
        ded("D3", "KA1", "penalty", null, cny("200.00"), MAR_1), ded("D2", "KA1", "penalty", null, cny("100.00"), MAR_1)),
        List.of(), EMPTY).ledger();
    assertEquals(List.of("D2", "D3", "D1"), ledger.deductions().stream().map(LedgerDeduction::id).toList());
    assertEquals(List.of("D2", "D3", "D1"), ledger.openDeductions().stream().map(LedgerDeduction::id).toList());
  }

  @Test
  void authorizationUses_areListedById_andCounted() {
    // A1 to A12, listed as text sorts them (A1, A10, A11, A12, A2, ..., A9), not in a hash map's order
    // (A1 to A9 have consecutive hashes, A10 to A12 fall between them in a table of 16 or 32).
    List<Authorization> auths = new java.util.ArrayList<>();
    for (int i = 12; i >= 1; i--) {
      auths.add(auth("A" + i, PROMOTION, null, i + "00.00"));
    }
    DeductionLedger ledger = MATCHER.match(List.of(ded("D1", "penalty", null, "50.00")), auths, EMPTY).ledger();
    assertEquals(List.of("A1", "A10", "A11", "A12", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"),
        ledger.authorizationUses().stream().map(AuthorizationUse::authorizationId).toList());
    assertEquals(12, ledger.useCount());
    assertEquals(1, ledger.deductionCount());
  }

  @Test
  void twoWaitingDeductions_areCarriedInDateOrder() {
    // Week 1: D2 4,000.00 (Jan 31) and D1 1,000.00 (Feb 1) have no authorization and wait. Week 2: D3
    // 2,000.00 and D4 500.00 complete A1 6,000.00 = D2 + D3 and A2 1,500.00 = D1 + D4; both carried
    // deductions change, listed in their date order: D2, then D1.
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("1000.00"), JAN_31.plusDays(1)),
        ded("D2", "KA1", "promotion", null, cny("4000.00"), JAN_31)), List.of(), EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("D3", "KA1", "promotion", null, cny("2000.00"), JAN_31.plusDays(7)),
        ded("D4", "KA1", "promotion", null, cny("500.00"), JAN_31.plusDays(7))),
        List.of(auth("A1", PROMOTION, null, "6000.00"), auth("A2", PROMOTION, null, "1500.00")), week1.ledger());
    assertEquals(List.of("D2", "D1"), week2.changedDeductions().stream().map(DeductionResult::deductionId).toList());
    assertEquals(DeductionState.VALID, week2.ledger().deduction("D1").orElseThrow().state());
    assertEquals(DeductionState.VALID, week2.ledger().deduction("D2").orElseThrow().state());
  }

  @Test
  void ledgerOf_namesTheNullByPosition_theOtherCurrency_andARepeatedUse() {
    DeductionLedger ledger = MATCHER.match(List.of(ded("D1", "penalty", null, "500.00")),
        List.of(auth("A1", PROMOTION, null, "900.00")), EMPTY).ledger();
    LedgerDeduction d1 = ledger.deduction("D1").orElseThrow();
    AuthorizationUse a1 = ledger.authorizationUse("A1").orElseThrow();
    rejects(NullPointerException.class, () -> DeductionLedger.of(Currencies.CNY, Arrays.asList(d1, null), List.of()),
        "Argument 'deductions[1]' must not be null");
    rejects(NullPointerException.class, () -> DeductionLedger.of(Currencies.CNY, List.of(d1), Arrays.asList(a1, null)),
        "Argument 'authorizationUses[1]' must not be null");
    rejects(IllegalArgumentException.class, () -> DeductionLedger.of(Currencies.CNY, List.of(d1), List.of(a1, a1)),
        "Argument 'authorizationUses' must have unique ids but has value 'A1' (repeated)");
    // The same run in US dollars: its deduction and its authorization's use do not fit a ledger in yuan.
    DeductionLedger inUsd = new DeductionMatcher(MatchingPolicy.standard(Currencies.USD)).match(
        List.of(ded("D1", "KA1", "penalty", null, usd(500), JAN_31)), List.of(Authorization.builder().id("A1")
            .accountId("KA1").type(PROMOTION).amount(usd(900)).date(JAN_31).build()),
        DeductionLedger.empty(Currencies.USD)).ledger();
    rejects(CurrencyMismatchException.class, () -> DeductionLedger.of(Currencies.CNY, inUsd.deductions(), List.of()),
        "Argument 'deductions 'D1' amount' must be in currency CNY but is in USD (value USD 500)");
    rejects(CurrencyMismatchException.class,
        () -> DeductionLedger.of(Currencies.CNY, List.of(), inUsd.authorizationUses()),
        "Argument 'authorizationUses 'A1' amount' must be in currency CNY but is in USD (value USD 900)");
  }

  private static LedgerDeduction.Builder writtenOff() {
    Money zero = Monies.zero(Currencies.CNY);
    return LedgerDeduction.builder().id("D1").accountId("KA1").type(PROMOTION).amount(Monies.of(cny("5.00")))
        .date(JAN_31).state(DeductionState.WRITTEN_OFF).matched(zero).writtenOff(Monies.of(cny("5.00")))
        .disputed(zero).unresolved(zero).recovered(zero).lossAccepted(zero);
  }

  @Test
  void aWrittenOffUnmatchedDeductionWithoutReference_awaitsItsComplement() {
    assertTrue(writtenOff().build().awaitsComplement());
    assertFalse(writtenOff().reference("PRM-1").build().awaitsComplement());
    assertFalse(writtenOff().decided(true).build().awaitsComplement());
  }

  @Test
  void aLedgerDeductionWithAPartInAnotherCurrency_isRefused() {
    // 5.00 written off, but in dollars: the parts add up to 5 only as bare numbers. (The message names
    // the summing helper's argument, not the part: the currency check falls to Monies.add.)
    rejects(CurrencyMismatchException.class, () -> writtenOff().writtenOff(usd(5)).build(),
        "Argument 'b' must be in currency CNY but is in USD (value USD 5)");
  }

  @Test
  void aConsumptionInAnotherCurrency_isRefused_andTwoOfOneDeductionOnOneDayAreKept() {
    rejects(CurrencyMismatchException.class, () -> AuthorizationUse.builder().authorizationId("A1")
            .amount(Monies.of(cny("900.00"))).addConsumptions(Consumption.of("D1", usd(100), JAN_31)).build(),
        "Argument 'b' must be in currency CNY but is in USD (value USD 100)");
    // Two consumptions by D1 on Jan 31 are equal in the consumptions' order (date, then deduction): kept
    // as given, consumed 100 + 50 = 150.
    AuthorizationUse twice = AuthorizationUse.builder().authorizationId("A1").amount(Monies.of(cny("900.00")))
        .addConsumptions(Consumption.of("D1", cny("100.00"), JAN_31), Consumption.of("D1", cny("50.00"), JAN_31))
        .build();
    assertEquals(Monies.of(cny("150.00")), twice.consumed());
    assertEquals(Monies.of(cny("100.00")), twice.consumptions().get(0).amount());
  }

  private static DeductionResult.Builder result() {
    return DeductionResult.builder().deductionId("D1").state(DeductionState.VALID).pass(MatchPass.AMOUNT)
        .amount(cny("100.00")).matched(cny("100.00")).disputed(cny("0")).writtenOff(cny("0")).unresolved(cny("0"));
  }

  @Test
  void aResultWithAPartInAnotherCurrency_isRefused_whicheverPart() {
    // One part in dollars while the amount is in yuan (the parts add up to 100 only as bare numbers), and
    // all four parts in dollars: each is a currency mismatch naming the part and both currencies.
    List<Executable> calls = List.of(() -> result().matched(usd(100)).build(),
        () -> result().disputed(usd(0)).build(), () -> result().writtenOff(usd(0)).build(),
        () -> result().unresolved(usd(0)).build(),
        () -> result().matched(usd(100)).disputed(usd(0)).writtenOff(usd(0)).unresolved(usd(0)).build());
    List<String> parts = List.of("matched", "disputed", "writtenOff", "unresolved", "matched");
    for (int i = 0; i < calls.size(); i++) {
      String message = assertThrows(CurrencyMismatchException.class, calls.get(i)).getMessage();
      assertTrue(message.contains("'" + parts.get(i) + "'") && message.contains("must be in currency")
          && message.contains("USD") && message.contains("CNY"), message);
    }
    assertEquals(cny("100.00"), result().build().matched());
  }

  @Test
  void splitPartnerDays_atTheirBounds_areAccepted() {
    assertEquals(73_050, MatchingPolicy.builder().from(Fixtures.POLICY).splitPartnerDays(73_050).build()
        .splitPartnerDays());
    assertEquals(0, MatchingPolicy.builder().from(Fixtures.POLICY).splitPartnerDays(0).build().splitPartnerDays());
  }

  @Test
  void coincidenceOdds_ofExactlyOneBillion_areAccepted() {
    assertEquals(1_000_000_000, MatchingPolicy.builder().from(Fixtures.POLICY).coincidenceOdds(1_000_000_000).build()
        .coincidenceOdds());
    assertEquals(1, MatchingPolicy.builder().from(Fixtures.POLICY).coincidenceOdds(1).build().coincidenceOdds());
  }

  @Test
  void aReasonCodeOfExactly256Characters_isRead_257Rejected() {
    MatchingResult run = MATCHER.match(List.of(ded("D1", "x".repeat(256), null, "100.00"),
        ded("D2", "x".repeat(257), null, "100.00")), List.of(), EMPTY);
    assertEquals(List.of("D1"), run.deductionIds());
    assertEquals("Argument 'reasonCode' must have at most 256 characters but has value 257 characters",
        run.rejected().get(0).message());
    assertEquals("D2", run.rejected().get(0).itemId().orElseThrow());
  }

  @Test
  void aWaitingDeductionLeftAsItWas_isNoChange() {
    // D1 (4,000.00, no authorization) waits for a complement; next week's 50.00 penalty of the same account
    // completes nothing, so nothing carried has changed.
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("4000.00"), JAN_31)),
        List.of(), EMPTY);
    assertTrue(week1.ledger().deduction("D1").orElseThrow().awaitsComplement());
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "KA1", "penalty", null, cny("50.00"), JAN_31.plusDays(7))),
        List.of(), week1.ledger());
    assertEquals(List.of(), week2.changedDeductions());
  }

  @Test
  void anAuthorizationListedAgainWithAnotherAmount_updatesItsUse() {
    // A1 900.00 untouched in week 1; listed at 1,200.00 in week 2, still untouched: its use says 1,200.00.
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "penalty", null, "50.00")),
        List.of(auth("A1", PROMOTION, null, "900.00")), EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "penalty", null, "60.00")),
        List.of(auth("A1", PROMOTION, null, "1200.00")), week1.ledger());
    assertEquals(Monies.of(cny("1200.00")), week2.ledger().authorizationUse("A1").orElseThrow().amount());
    assertEquals(Monies.of(cny("1200.00")), week2.ledger().authorizationUse("A1").orElseThrow().remaining());
  }

  @Test
  void aClaimRepeatedTwiceInALaterRun_stillPointsToTheFirstClaim() {
    // Week 1: D1 claims PRM-7 100.00. Week 2: D2 and D3 repeat it; the first of them in the run repeats D1
    // (the ledger's claim), the other repeats that first one and must not become the ledger's claim.
    // Week 3: D4 repeats it again, and is still a duplicate of D1.
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-7", "100.00"));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", "PRM-7", "100.00")), auths, EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "promotion", "PRM-7", "100.00"),
        ded("D3", "promotion", "PRM-7", "100.00")), auths, week1.ledger());
    assertEquals(DeductionState.DUPLICATE, week2.deductionResult("D3").orElseThrow().state());
    MatchingResult week3 = MATCHER.match(List.of(ded("D4", "promotion", "PRM-7", "100.00")), auths, week2.ledger());
    assertEquals("D1", week3.deductionResult("D4").orElseThrow().duplicateOf().orElseThrow());
  }
}
