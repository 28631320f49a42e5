package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.DISPLAY_FEE;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.core.money.Rate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeductionMatcherTest {

  private static DeductionResult only(MatchingResult result, String id) {
    return result.deductionResult(id).orElseThrow();
  }

  private static AuthorizationBalance balance(MatchingResult result, String id) {
    return result.authorizationBalances().stream().filter(b -> b.authorizationId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void twoClaimsWithoutReference_finishWhatAnEarlierClaimLeft_inOneRunAndWeekByWeek() {
    // A1 authorizes 10,000.00; D1 takes 4,000.00 by its reference, then D2 (2,500.37) and D3 (3,499.63),
    // without a reference, add up to the 6,000.00 left: the split is matched to A1.
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-9-01", "10000.00"));
    Deduction d1 = ded("D1", "KA1", "promotion", "PRM-9-01", cny("4000.00"), JAN_31);
    Deduction d2 = ded("D2", "KA1", "promotion", null, cny("2500.37"), JAN_31.plusDays(1));
    Deduction d3 = ded("D3", "KA1", "promotion", null, cny("3499.63"), JAN_31.plusDays(8));
    MatchingResult one = MATCHER.match(List.of(d1, d2, d3), auths);
    for (String id : List.of("D1", "D2", "D3")) {
      DeductionResult r = one.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, r.state(), id);
      assertEquals(List.of("A1"), r.matches().stream().map(AuthorizationMatch::authorizationId).toList(), id);
    }
    assertEquals(cny("0.00"), one.authorizationBalances().get(0).remaining());
    MatchingResult week1 = MATCHER.match(List.of(d1, d2), auths, DeductionLedger.empty(Currencies.CNY));
    assertEquals(DeductionState.UNAUTHORIZED, week1.deductionResult("D2").orElseThrow().state());
    MatchingResult week2 = MATCHER.match(List.of(d3), auths, week1.ledger());
    assertEquals(DeductionState.VALID, week2.deductionResult("D3").orElseThrow().state());
    assertEquals(DeductionState.VALID, week2.ledger().deduction("D2").orElseThrow().state());
    // With a second authorization left at the same 6,000.00 the split is no longer evidence of either.
    MatchingResult two = MATCHER.match(List.of(d1, d2, d3), List.of(auths.get(0),
        auth("A2", PROMOTION, "PRM-9-02", "6000.00")));
    assertEquals(DeductionState.UNRESOLVED, two.deductionResult("D3").orElseThrow().state());
  }

  @Test
  void aClaimWrittenOffUnderTheThreshold_stillAwaitsItsComplement() {
    // D2 (2,500.37) is under the promotion write-off threshold of 3,000.00 and matches nothing alone, so
    // it is written off; D3 (3,499.63) a week later completes it to A1's 6,000.00, and the split is
    // matched, as it would be if D2 were over the threshold.
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .putWriteOffThresholds(PROMOTION, cny("3000.00")).build());
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-9-01", "6000.00"));
    Deduction d2 = ded("D2", "KA1", "promotion", null, cny("2500.37"), JAN_31.plusDays(1));
    Deduction d3 = ded("D3", "KA1", "promotion", null, cny("3499.63"), JAN_31.plusDays(8));
    assertEquals(DeductionState.WRITTEN_OFF, matcher.match(List.of(d2), auths).deductionResult("D2")
        .orElseThrow().state());
    MatchingResult both = matcher.match(List.of(d2, d3), auths);
    for (String id : List.of("D2", "D3")) {
      assertEquals(DeductionState.VALID, both.deductionResult(id).orElseThrow().state(), id);
    }
    assertEquals(cny("0.00"), both.authorizationBalances().get(0).remaining());
  }

  @Test
  void twoClaimsOfOneDay_consumeTheAuthorization_inIdOrder() {
    // D1 and D2, on one day and without a reference, add up to A1: the ledger lists A1's consumptions by
    // date, then deduction id, in whichever order the claims came.
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-9-01", "6000.00"));
    Deduction d1 = ded("D1", "KA1", "promotion", null, cny("2500.37"), JAN_31.plusDays(1));
    Deduction d2 = ded("D2", "KA1", "promotion", null, cny("3499.63"), JAN_31.plusDays(1));
    for (List<Deduction> order : List.of(List.of(d1, d2), List.of(d2, d1))) {
      MatchingResult r = MATCHER.match(order, auths);
      assertEquals(List.of("D1", "D2"), r.ledger().authorizationUse("A1").orElseThrow().consumptions().stream()
          .map(Consumption::deductionId).toList(), order.toString());
    }
  }

  @Test
  void aPenaltyQuotingOurReference_isDisputed_andTheAuthorizationStaysWhole() {
    // A fine of 500.00 quoting PRM-3 (a promotion of 1,021.03): a code of no type claims nothing that
    // the reference authorizes, so it is disputed in full; the same quote coded as a promotion matches.
    List<Authorization> auths = List.of(auth("A3", PROMOTION, "PRM-2026-0000003", "1021.03"));
    MatchingResult fine = MATCHER.match(List.of(ded("F3", "fine", "PRM-2026-0000003", "500.00")), auths);
    DeductionResult f3 = fine.deductionResult("F3").orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, f3.state());
    assertEquals(cny("500.00"), f3.disputed());
    assertEquals(cny("1021.03"), fine.authorizationBalances().get(0).remaining());
    MatchingResult promotion = MATCHER.match(List.of(ded("P3", "promotion", "PRM-2026-0000003", "500.00")), auths);
    assertEquals(DeductionState.VALID, promotion.deductionResult("P3").orElseThrow().state());
  }

  @Test
  void reference_normalised_matchesInFull() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", "prm 00123.", "100.00")),
        List.of(auth("A1", PROMOTION, "PRM-123", "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.REFERENCE, d.pass());
    assertEquals(Optional.of(PROMOTION), d.type());
    assertEquals(List.of(AuthorizationMatch.of("A1", cny("100.00"))), d.matches());
    assertEquals(cny("0.00"), balance(result, "A1").remaining());
  }

  @Test
  void reference_underClaim_leavesTheRestOpen() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", "PRM-1", "60.00")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals(cny("40.00"), balance(result, "A1").remaining());
    assertEquals(1, result.openAuthorizations().size());
  }

  @Test
  void reference_excessWithinTolerance_isWrittenOff() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", "PRM-1", "100.50")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(cny("100.00"), d.matched());
    assertEquals(cny("0.50"), d.writtenOff());
    assertEquals(cny("0"), d.disputed());
    // The summary sums the write-off too (the conservation property finds this only in some remittances).
    assertEquals(cny("0.50"), result.summary().writtenOff());
    assertEquals(cny("100.50"), result.summary().totalDeducted());
  }

  @Test
  void reference_excessBeyondTolerance_isPartlyValid() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", "PRM-1", "100.51")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.PARTIALLY_VALID, d.state());
    assertEquals(cny("100.00"), d.matched());
    assertEquals(cny("0.51"), d.disputed());
    assertEquals(cny("0"), d.writtenOff());
  }

  @Test
  void reference_splitClaims_consumeTheAuthorizationOnce() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "promotion", "PRM-1", "80.00"), ded("D2", "promotion", "PRM-1", "70.00")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    // Same date: the smaller claim is settled first.
    assertEquals(DeductionState.VALID, only(result, "D2").state());
    DeductionResult second = only(result, "D1");
    assertEquals(DeductionState.PARTIALLY_VALID, second.state());
    assertEquals(cny("30.00"), second.matched());
    assertEquals(cny("50.00"), second.disputed());
    assertEquals(cny("0.00"), balance(result, "A1").remaining());
  }

  @Test
  void reference_sameTypeFirst_thenOtherTypes() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "display_fee", "X-7", "150.00")),
        List.of(auth("A1", PROMOTION, "X-7", "100.00"), auth("A2", DISPLAY_FEE, "X-7", "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(List.of(AuthorizationMatch.of("A2", cny("100.00")), AuthorizationMatch.of("A1", cny("50.00"))),
        d.matches());
  }

  @Test
  void reference_otherAccount_doesNotMatch() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA2", "promotion", "PRM-1", cny("100.00"), JAN_31)),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D1").state());
  }

  @Test
  void duplicate_sameClaimTwice_isDisputed() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "promotion", "PRM-1", "100.00"),
            ded("D2", "KA1", "promotion", "prm1", cny("100.00"), JAN_31.plusDays(40))),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00")));
    DeductionResult dup = only(result, "D2");
    assertEquals(DeductionState.DUPLICATE, dup.state());
    assertEquals(Optional.of("D1"), dup.duplicateOf());
    assertEquals(cny("100.00"), dup.disputed());
    assertEquals(MatchPass.NONE, dup.pass());
    assertEquals(DeductionState.VALID, only(result, "D1").state());
  }

  @Test
  void amount_januaryPromotionDeductedInMarch_matches() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "KA1", "promotion", null, cny("1234.30"), JAN_31.plusDays(59))),
        List.of(auth("A1", PROMOTION, "PRM-1", "1234.56")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.AMOUNT, d.pass());
    assertEquals(cny("1234.30"), d.matched());
    assertEquals(cny("0.26"), balance(result, "A1").remaining());
  }

  @Test
  void amount_overByToleranceExactly_isValidWithWriteOff() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "100.50")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(cny("0.50"), d.writtenOff());
  }

  @Test
  void amount_justOutsideTolerance_doesNotMatch() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "100.51")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D1").state());
  }

  @Test
  void amount_windowBoundary() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "100.00"));
    assertEquals(DeductionState.VALID, only(MATCHER.match(
        List.of(ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(90))), auths), "D1").state());
    assertEquals(DeductionState.VALID, only(MATCHER.match(
        List.of(ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31.minusDays(90))), auths), "D1").state());
    assertEquals(DeductionState.UNAUTHORIZED, only(MATCHER.match(
        List.of(ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(91))), auths), "D1").state());
  }

  @Test
  void amount_otherTypeOrAccount_doesNotMatch() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "100.00"));
    assertEquals(DeductionState.UNAUTHORIZED,
        only(MATCHER.match(List.of(ded("D1", "display_fee", null, "100.00")), auths), "D1").state());
    assertEquals(DeductionState.UNAUTHORIZED, only(MATCHER.match(
        List.of(ded("D1", "KA2", "promotion", null, cny("100.00"), JAN_31)), auths), "D1").state());
  }

  @Test
  void amount_typoInReference_matchesWithinTwoEdits_notBeyond() {
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-48213907", "100.00"));
    DeductionResult typo = only(MATCHER.match(List.of(ded("D1", "promotion", "PRM-48231907", "100.00")), auths), "D1");
    assertEquals(MatchPass.AMOUNT, typo.pass());
    assertEquals(DeductionState.VALID, typo.state());
    DeductionResult twoEdits = only(MATCHER.match(List.of(ded("D1", "promotion", "PRM-4821390", "100.00")), auths),
        "D1");
    assertEquals(DeductionState.VALID, twoEdits.state());
    DeductionResult far = only(MATCHER.match(List.of(ded("D1", "promotion", "CLM-777", "100.00")), auths), "D1");
    assertEquals(DeductionState.UNAUTHORIZED, far.state());
  }

  @Test
  void amount_exactBeatsNear() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A2", PROMOTION, null, "100.20"), auth("A1", PROMOTION, null, "100.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(List.of(AuthorizationMatch.of("A1", cny("100.00"))), d.matches());
  }

  @Test
  void amount_twoCandidates_isUnresolvedWithBoth() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A2", PROMOTION, null, "100.20"), auth("A1", PROMOTION, null, "99.90")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A1", "A2"), d.candidates());
    assertEquals(cny("100.00"), d.unresolved());
    assertEquals(cny("200.10"), result.summary().remaining());
  }

  @Test
  void combination_oneDeductionForSeveralAuthorizations() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "300.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00"),
            auth("A3", PROMOTION, null, "250.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.COMBINATION, d.pass());
    assertEquals(List.of(AuthorizationMatch.of("A1", cny("100.00")), AuthorizationMatch.of("A2", cny("200.00"))),
        d.matches());
  }

  @Test
  void combination_severalDeductionsForOneAuthorization() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "promotion", null, "70.00"), ded("D2", "promotion", null, "30.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    assertEquals(MatchPass.COMBINATION, only(result, "D1").pass());
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals(DeductionState.VALID, only(result, "D2").state());
    assertEquals(cny("0.00"), balance(result, "A1").remaining());
  }

  @Test
  void combination_twoWaysToAddUp_isUnresolved() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "300.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00"),
            auth("A3", PROMOTION, null, "140.00"), auth("A4", PROMOTION, null, "160.00")));
    DeductionResult d = only(result, "D1");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    // Both pairs, each together: 100 + 200, then 140 + 160.
    assertEquals(List.of("A1", "A2", "A3", "A4"), d.candidates());
  }

  @Test
  void combination_severalDeductionsTwoWays_isUnresolved() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "promotion", null, "70.00"), ded("D2", "promotion", null, "30.00"),
            ded("D3", "promotion", null, "60.00"), ded("D4", "promotion", null, "40.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    for (String id : List.of("D1", "D2", "D3", "D4")) {
      assertEquals(DeductionState.UNRESOLVED, only(result, id).state(), id);
      assertEquals(List.of("A1"), only(result, id).candidates());
    }
  }

  @Test
  void combination_sizeOne_turnsCombinationsOff() {
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .maxCombinationSize(1).build());
    MatchingResult result = matcher.match(List.of(ded("D1", "promotion", null, "300.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00")));
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D1").state());
  }

  @Test
  void writeOff_underThresholdOfItsType_boundaryIncluded() {
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .putWriteOffThresholds(PROMOTION, cny("10.00")).defaultWriteOffThreshold(cny("1.00")).build());
    MatchingResult result = matcher.match(List.of(ded("D1", "promotion", "X1", "10.00"),
        ded("D2", "promotion", "X2", "10.01"), ded("D3", "fine", "X3", "1.00"), ded("D4", "fine", "X4", "1.01")),
        List.of());
    assertEquals(DeductionState.WRITTEN_OFF, only(result, "D1").state());
    assertEquals(cny("10.00"), only(result, "D1").writtenOff());
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D2").state());
    assertEquals(cny("10.01"), only(result, "D2").disputed());
    assertEquals(DeductionState.WRITTEN_OFF, only(result, "D3").state());
    assertEquals(Optional.empty(), only(result, "D3").type());
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D4").state());
  }

  @Test
  void reasonCodes_mapTheRetailersCodes() {
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .putReasonCodes("zk01", PROMOTION).build());
    MatchingResult result = matcher.match(List.of(ded("D1", " ZK01 ", null, "100.00")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    assertEquals(DeductionState.VALID, only(result, "D1").state());
  }

  @Test
  void rejectedLines_areReportedWithTheReason_andTheRestIsMatched() {
    MatchingResult result = MATCHER.match(List.of(
            ded("D1", "promotion", "PRM-1", "100.00"),
            ded("D2", " ", "promotion", null, cny("5.00"), JAN_31),
            ded("D3", "KA1", "promotion", null, cny("-5.00"), JAN_31),
            ded("D4", "KA1", "promotion", null, cny("0"), JAN_31),
            ded("D5", "KA1", "promotion", null, org.javamoney.moneta.Money.of(5, Currencies.USD), JAN_31),
            ded("D6", "KA1", "promotion", null, cny("5.001"), JAN_31),
            ded("D1", "KA1", "promotion", null, cny("7.00"), JAN_31.plusDays(31))),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00"),
            Authorization.builder().id("A2").accountId("KA1").type(PROMOTION)
                .amount(org.javamoney.moneta.Money.of(5, Currencies.USD)).date(JAN_31).build(),
            auth("A1", "KA1", PROMOTION, null, "3.00", JAN_31.plusDays(1))));
    // Each input's failures in input order; of the two D1 (and the two A1) the first by date is kept.
    assertEquals(List.of(
        FailureItem.of("deductions", 1, "D2", FailureReason.INVALID_VALUE,
            "Argument 'accountId' must not be blank but has value ' '"),
        FailureItem.of("deductions", 2, "D3", FailureReason.INVALID_VALUE,
            "Argument 'amount' must be positive but has value CNY -5"),
        FailureItem.of("deductions", 3, "D4", FailureReason.INVALID_VALUE,
            "Argument 'amount' must be positive but has value CNY 0"),
        FailureItem.of("deductions", 4, "D5", FailureReason.CURRENCY_MISMATCH,
            "Argument 'amount' must be in currency CNY but is in USD (value USD 5)"),
        FailureItem.of("deductions", 5, "D6", FailureReason.INVALID_VALUE,
            "Argument 'amount' must be a whole number of minor units but has value CNY 5.001"),
        FailureItem.of("deductions", 6, "D1", FailureReason.DUPLICATE_ID,
            "Argument 'deductions[6]' must have a unique id but has value 'D1' (the id of deductions[0])"),
        FailureItem.of("authorizations", 1, "A2", FailureReason.CURRENCY_MISMATCH,
            "Argument 'amount' must be in currency CNY but is in USD (value USD 5)"),
        FailureItem.of("authorizations", 2, "A1", FailureReason.DUPLICATE_ID,
            "Argument 'authorizations[2]' must have a unique id but has value 'A1' (the id of authorizations[0])")),
        result.rejected());
    assertEquals(1, result.summary().deductionCount());
    assertEquals(8, result.summary().rejectedCount());
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals(cny("100.00"), only(result, "D1").amount());
  }

  @Test
  void linesOfOneDateAndAmount_areDecidedInIdOrder() {
    // D2 and D1 (in that input order) claim 5.00 on the same date; A1 5.00 authorizes one of them:
    // lines alike in date and amount are taken in id order, so D1 gets it.
    MatchingResult result = MATCHER.match(List.of(ded("D2", "KA1", "promotion", null, cny("5.00"), JAN_31),
        ded("D1", "KA1", "promotion", null, cny("5.00"), JAN_31)), List.of(auth("A1", PROMOTION, null, "5.00")));
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals("A1", only(result, "D1").matches().get(0).authorizationId());
    assertTrue(only(result, "D2").matches().isEmpty());
  }

  @Test
  void twoIdenticalLines_keepTheFirst_andRejectTheSecond() {
    // Same id, account, code, reference, amount and date: nothing orders them but their position, so
    // the line kept is the first and the failure item names the second.
    Deduction line = ded("D1", "KA1", "promotion", null, cny("7.00"), JAN_31);
    MatchingResult result = MATCHER.match(List.of(line, line), List.of());
    assertEquals(List.of(FailureItem.of("deductions", 1, "D1", FailureReason.DUPLICATE_ID,
        "Argument 'deductions[1]' must have a unique id but has value 'D1' (the id of deductions[0])")),
        result.rejected());
  }

  @Test
  void summary_countsAmountsAndRates() {
    MatchingResult result = MATCHER.match(List.of(
            ded("D1", "promotion", "PRM-1", "100.00"),
            ded("D2", "promotion", "PRM-2", "80.00"),
            ded("D3", "promotion", "CLM-9", "20.00"),
            ded("D4", "display_fee", null, "50.00")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00"), auth("A2", PROMOTION, "PRM-2", "50.00"),
            auth("A3", DISPLAY_FEE, null, "50.00"), auth("A4", DISPLAY_FEE, null, "50.00")));
    MatchingSummary s = result.summary();
    assertEquals(4, s.deductionCount());
    assertEquals(Map.of(DeductionState.VALID, 1, DeductionState.PARTIALLY_VALID, 1, DeductionState.UNAUTHORIZED, 1,
        DeductionState.DUPLICATE, 0, DeductionState.WRITTEN_OFF, 0, DeductionState.UNRESOLVED, 1), s.counts());
    assertEquals(1, s.count(DeductionState.UNRESOLVED));
    assertEquals(cny("80.00"), s.amount(DeductionState.PARTIALLY_VALID));
    assertEquals(cny("250.00"), s.totalDeducted());
    assertEquals(cny("150.00"), s.matched());
    assertEquals(cny("50.00"), s.disputed());
    assertEquals(cny("0"), s.writtenOff());
    assertEquals(cny("50.00"), s.unresolved());
    assertEquals(cny("250.00"), s.totalAuthorized());
    assertEquals(cny("150.00"), s.consumed());
    assertEquals(cny("100.00"), s.remaining());
    assertEquals(Rate.of("0.75"), s.autoMatchRateByCount());
    assertEquals(Rate.of("0.8"), s.autoMatchRateByAmount());
    assertEquals(Rate.of("0.5"), s.matchRateByCount());
    assertEquals(Rate.of("0.6"), s.matchRateByAmount());
    assertEquals(1, result.deductionResults(DeductionState.UNRESOLVED).size());
    assertEquals(4, result.deductionResults().size());
    assertEquals(Currencies.CNY, result.currency());
    assertTrue(result.toString().contains("deductionCount=4"));
    assertEquals(String.join("\n",
        "4 deductions, CNY 250.00 deducted (0 rejected lines)",
        "  VALID                   1  CNY 100.00",
        "  PARTIALLY_VALID         1  CNY 80.00",
        "  UNAUTHORIZED            1  CNY 20.00",
        "  DUPLICATE               0  CNY 0.00",
        "  WRITTEN_OFF             0  CNY 0.00",
        "  UNRESOLVED              1  CNY 50.00",
        "matched CNY 150.00 + disputed CNY 50.00 + written off CNY 0.00 + unresolved CNY 50.00 = CNY 250.00",
        "authorized CNY 250.00 = consumed CNY 150.00 + remaining CNY 100.00",
        "auto-match rate 75.0% by count, 80.0% by amount; match rate 50.0% by count, 60.0% by amount"),
        s.describe());
  }

  @Test
  void emptyRun_hasZeroTotalsAndRates() {
    MatchingSummary s = MATCHER.match(List.of(), List.of()).summary();
    assertEquals(0, s.deductionCount());
    assertEquals(Rate.ZERO, s.autoMatchRateByCount());
    assertEquals(cny("0"), s.totalDeducted());
  }

  @Test
  void results_outOfRangeAndUnknownId() {
    MatchingResult result = MATCHER.match(List.of(ded("D1", "promotion", null, "1.00")), List.of());
    assertEquals(Optional.empty(), result.deductionResult("D9"));
    assertThrows(IllegalArgumentException.class, () -> result.deductionResults().get(1));
    assertThrows(IllegalArgumentException.class, () -> result.authorizationBalances().get(0));
    assertThrows(IllegalArgumentException.class, () -> result.deductionResults().get(-1));
  }

  @Test
  void nullLine_isAFailureItemWithItsPosition_andTheRestRuns() {
    java.util.List<Deduction> withNull = new java.util.ArrayList<>();
    withNull.add(ded("D1", "promotion", null, "1.00"));
    withNull.add(null);
    java.util.List<Authorization> authNull = new java.util.ArrayList<>();
    authNull.add(null);
    authNull.add(auth("A1", PROMOTION, null, "1.00"));
    MatchingResult result = MATCHER.match(withNull, authNull);
    assertEquals(List.of(
        FailureItem.of("deductions", 1, null, FailureReason.NULL_ITEM,
            "Argument 'deductions[1]' must not be null but has value null"),
        FailureItem.of("authorizations", 0, null, FailureReason.NULL_ITEM,
            "Argument 'authorizations[0]' must not be null but has value null")), result.rejected());
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    // With a ledger too: a null line of the export concerns no account, so every run reports it.
    MatchingResult weekly = MATCHER.match(withNull, authNull, DeductionLedger.empty(Currencies.CNY));
    assertEquals(result.rejected(), weekly.rejected());
    assertEquals(DeductionState.VALID, only(weekly, "D1").state());
  }
}
