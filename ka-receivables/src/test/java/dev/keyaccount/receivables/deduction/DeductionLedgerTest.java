package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The ledger carried between runs: week by week equals one run, duplicates across runs, decisions, bounds. */
class DeductionLedgerTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  @Test
  void weekByWeek_givesTheDecisionsAndBalancesOfOneRun() {
    qt().withExamples(examples(20, 3)).forAll(RemittanceGenerator.remittances(300, POLICY)).checkAssert(r -> {
      MatchingResult one = MATCHER.match(r.deductions(), r.authorizations());
      List<Deduction> sorted = new ArrayList<>(r.deductions());
      sorted.sort(java.util.Comparator.comparing(Deduction::date));
      LocalDate cut = sorted.isEmpty() ? JAN_31 : sorted.get(sorted.size() / 2).date();
      List<Deduction> first = sorted.stream().filter(d -> d.date().isBefore(cut)).collect(Collectors.toList());
      List<Deduction> second = sorted.stream().filter(d -> !d.date().isBefore(cut)).collect(Collectors.toList());
      MatchingResult week1 = MATCHER.match(first, r.authorizations(), EMPTY);
      MatchingResult week2 = MATCHER.match(second, r.authorizations(), week1.ledger());
      DeductionLedger ledger = week2.ledger();
      for (DeductionResult expected : one.deductionResults()) {
        LedgerDeduction actual = ledger.deduction(expected.deductionId()).orElseThrow();
        assertEquals(expected.state(), actual.state(), expected.deductionId());
        assertEquals(Monies.of(expected.matched()), actual.matched(), expected.deductionId());
      }
      for (AuthorizationBalance b : one.authorizationBalances()) {
        assertEquals(Monies.of(b.remaining()), ledger.authorizationUse(b.authorizationId())
            .map(AuthorizationUse::remaining).orElse(Monies.of(b.amount())), b.authorizationId());
      }
    });
  }

  @Test
  void theLatestDeductionDate_isTheLastDateSeen_whateverTheOrderOfTheWeeks() {
    assertEquals(java.util.Optional.empty(), EMPTY.latestDeductionDate());
    DeductionLedger week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("10.00"), JAN_31.plusDays(9)),
        ded("D2", "KA1", "promotion", null, cny("20.00"), JAN_31)), List.of(), EMPTY).ledger();
    assertEquals(java.util.Optional.of(JAN_31.plusDays(9)), week1.latestDeductionDate());
    // A back-dated week: the ledger's latest date stays the latest seen.
    DeductionLedger week2 = MATCHER.match(List.of(ded("D3", "KA1", "promotion", null, cny("30.00"),
        JAN_31.plusDays(2))), List.of(), week1).ledger();
    assertEquals(java.util.Optional.of(JAN_31.plusDays(9)), week2.latestDeductionDate());
    DeductionLedger week3 = MATCHER.match(List.of(ded("D4", "KA1", "promotion", null, cny("40.00"),
        JAN_31.plusDays(30))), List.of(), week2).ledger();
    assertEquals(java.util.Optional.of(JAN_31.plusDays(30)), week3.latestDeductionDate());
  }

  @Test
  void splitAcrossWeeks_theEarlierPartWaits_andIsSettledWhenItsComplementArrives() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "6000.00"));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("4000.00"), JAN_31)),
        auths, EMPTY);
    assertEquals(DeductionState.UNAUTHORIZED, week1.deductionResult("D1").orElseThrow().state());
    assertEquals(1, week1.ledger().openDeductions().size());
    MatchingResult week2 = MATCHER.match(
        List.of(ded("D2", "KA1", "promotion", null, cny("2000.00"), JAN_31.plusDays(7))), auths, week1.ledger());
    assertEquals(DeductionState.VALID, week2.deductionResult("D2").orElseThrow().state());
    assertEquals(List.of("D1"), week2.changedDeductions().stream().map(DeductionResult::deductionId).toList());
    assertEquals(DeductionState.VALID, week2.ledger().deduction("D1").orElseThrow().state());
    assertEquals(cny("6000.00"), week2.ledger().authorizationUse("A1").orElseThrow().consumed());
    assertTrue(week2.ledger().openDeductions().isEmpty());
  }

  @Test
  void claimRepeatedNextWeek_isADuplicateOfTheEarlierOne_andConsumesNothing() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-2026-0000002", "6000.00"));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", "PRM-2026-2", "6000.00")), auths, EMPTY);
    assertEquals(DeductionState.VALID, week1.deductionResult("D1").orElseThrow().state());
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "promotion", "prm 2026 2", "6000.00")), auths,
        week1.ledger());
    DeductionResult d2 = week2.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.DUPLICATE, d2.state());
    assertEquals("D1", d2.duplicateOf().orElseThrow());
    assertEquals(cny("0"), Monies.of(week2.summary().remaining()));
  }

  @Test
  void partlyUsedAuthorization_isFinishedByAmount() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-1", "10000.00"),
        auth("A2", "KA1", PROMOTION, null, "9000.00", JAN_31));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", "PRM-1", "4000.00")), auths, EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "promotion", null, "6000.00")), auths, week1.ledger());
    DeductionResult d2 = week2.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.VALID, d2.state());
    assertEquals(List.of(AuthorizationMatch.of("A1", cny("6000.00"))), d2.matches());
  }

  @Test
  void repeatedIdOfAnEarlierRun_isRejected() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "100.00"));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")), auths, EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")), auths, week1.ledger());
    assertEquals(0, week2.summary().deductionCount());
    assertEquals("Argument 'id' must not repeat a deduction of an earlier run but has value 'D1'",
        week2.rejected().get(0).message());
    assertEquals(dev.keyaccount.core.result.FailureReason.DUPLICATE_ID, week2.rejected().get(0).reason());
  }

  @Test
  void decisions_areKept_andDisputeStepsConserveTheAmount() {
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", null, "500.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")), EMPTY);
    DeductionLedger ledger = week1.ledger().apply(DeductionDecision.builder().deductionId("D1")
        .kind(DeductionDecision.Kind.DISPUTE).date(JAN_31.plusDays(40)).build());
    ledger = ledger.apply(DeductionDecision.builder().deductionId("D1").kind(DeductionDecision.Kind.RECOVER)
        .amount(Monies.of(cny("300.00"))).reference("CHQ-9").date(JAN_31.plusDays(50)).build());
    ledger = ledger.apply(DeductionDecision.builder().deductionId("D1").kind(DeductionDecision.Kind.ACCEPT_LOSS)
        .amount(Monies.of(cny("50.00"))).date(JAN_31.plusDays(60)).build());
    LedgerDeduction d1 = ledger.deduction("D1").orElseThrow();
    assertEquals(cny("150.00"), d1.disputed());
    assertEquals(cny("300.00"), d1.recovered());
    assertEquals(cny("50.00"), d1.lossAccepted());
    assertTrue(d1.decided());
    assertEquals(4, d1.history().size());
    DeductionLedger finalLedger = ledger;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> finalLedger.apply(
        DeductionDecision.builder().deductionId("D1").kind(DeductionDecision.Kind.RECOVER)
            .amount(Monies.of(cny("200.00"))).date(JAN_31.plusDays(70)).build()));
    assertEquals("Argument 'amount' must be at most the disputed CNY 150 of 'D1' but has value CNY 200",
        e.getMessage());
    // A decided deduction is no longer a combination partner: a later 100.00 takes A1 alone... it does
    // not complete D1.
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "promotion", null, "100.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")), finalLedger);
    assertTrue(week2.changedDeductions().isEmpty());
  }

  @Test
  void agingAndDaysOutstanding_fromTheLedger() {
    MatchingResult run = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("300.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(45))), List.of(), EMPTY);
    DeductionLedger ledger = run.ledger();
    List<javax.money.MonetaryAmount> aged = new ArrayList<>(ledger.agedOpenAmounts(JAN_31.plusDays(50),
        dev.keyaccount.receivables.aging.AgingBuckets.of(30, 60)));
    assertEquals(List.of(cny("100.00"), cny("300.00"), cny("0")), aged.stream().map(Monies::of).toList());
    // 400 open; 400 deducted over 60 days: 400 / (400 / 60) = 60.0 days.
    assertEquals(new java.math.BigDecimal("60.0"), ledger.daysDeductionsOutstanding(JAN_31.plusDays(50), 60)
        .orElseThrow());
  }

  @Test
  @Tag("quality") // 20,000 lines to pass the long range of minor units: out of the mutation gate's reruns
  void hugeAmounts_sumExactly_andExtremeDatesAreRejectedLineByLine() {
    MatchingResult run = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", null, cny("10000000000000.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("10000000000000.00"), JAN_31),
        ded("D3", "KA1", "promotion", null, cny("10000000000000.01"), JAN_31),
        ded("D4", "KA1", "promotion", null, cny("1.00"), LocalDate.of(9999, 6, 28))), List.of());
    assertEquals(cny("20000000000000.00"), Monies.of(run.summary().totalDeducted()));
    assertEquals(List.of("D3", "D4"), run.rejected().stream().map(f -> f.itemId().orElseThrow()).toList());
    List<Deduction> many = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(ded("D" + i, "KA1", "promotion", null, cny("9000000000000.00"), JAN_31));
    }
    assertEquals(cny("180000000000000000.00"), Monies.of(MATCHER.match(many, List.of()).summary().totalDeducted()));
  }

  @Test
  void ledgerInAnotherCurrency_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MATCHER.match(List.of(), List.of(), DeductionLedger.empty(Currencies.USD)));
    assertEquals("Argument 'ledger' must be in the policy's currency CNY but has value USD", e.getMessage());
  }
}
