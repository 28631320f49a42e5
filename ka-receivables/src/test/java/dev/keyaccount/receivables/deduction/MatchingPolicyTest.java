package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static dev.keyaccount.receivables.deduction.ReasonType.REBATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy's defaults and how each setting changes a run. */
class MatchingPolicyTest {

  private static DeductionResult one(MatchingPolicy policy, List<Deduction> deductions, List<Authorization> auths,
      String id) {
    return new DeductionMatcher(policy).match(deductions, auths).deductionResult(id).orElseThrow();
  }

  @Test
  void standard_defaults() {
    assertEquals(cny("0.50"), POLICY.absoluteTolerance());
    assertEquals(BigDecimal.ZERO, POLICY.relativeTolerance());
    assertEquals(cny("0"), POLICY.combinationTolerance());
    assertEquals(90, POLICY.dateWindowDays());
    assertEquals(3, POLICY.maxCombinationSize());
    assertEquals(64, POLICY.maxCombinationCandidates());
    assertEquals(100, POLICY.coincidenceOdds());
    assertEquals(28, POLICY.splitPartnerDays());
    assertEquals(2, POLICY.maxReferenceEdits());
    assertEquals(10, POLICY.maxCandidatesReported());
    assertEquals(cny("0"), POLICY.defaultWriteOffThreshold());
    assertEquals(Currencies.CNY, POLICY.currency());
    assertEquals(POLICY, new DeductionMatcher(POLICY).policy());
  }

  @Test
  void reasonType_mappedCodes_thenOurNames_elseEmpty() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).putReasonCodes(" zk01", REBATE).build();
    assertEquals(Optional.of(REBATE), p.reasonType("ZK01 "));
    assertEquals(Optional.of(PROMOTION), p.reasonType(" Promotion"));
    assertEquals(Optional.empty(), p.reasonType("FINE"));
    assertEquals(cny("0"), p.writeOffThreshold(Optional.empty()));
    MatchingPolicy w = MatchingPolicy.builder().from(POLICY).putWriteOffThresholds(REBATE, cny("5"))
        .defaultWriteOffThreshold(cny("1")).build();
    assertEquals(cny("5"), w.writeOffThreshold(Optional.of(REBATE)));
    assertEquals(cny("1"), w.writeOffThreshold(Optional.of(PROMOTION)));
  }

  @Test
  void relativeTolerance_widensTheMatch_whenLarger() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).relativeTolerance(new BigDecimal("0.01")).build();
    List<Authorization> auths = List.of(auth("A1", PROMOTION, null, "1000.00"));
    DeductionResult d = one(p, List.of(ded("D1", "promotion", null, "1010.00")), auths, "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(cny("10.00"), d.writtenOff());
    assertEquals(DeductionState.UNAUTHORIZED,
        one(p, List.of(ded("D1", "promotion", null, "1010.11")), auths, "D1").state());
    // On a small amount the absolute tolerance is the larger one.
    List<Authorization> small = List.of(auth("A1", PROMOTION, null, "10.00"));
    assertEquals(DeductionState.VALID, one(p, List.of(ded("D1", "promotion", null, "10.50")), small, "D1").state());
  }

  @Test
  void zeroTolerance_requiresTheExactAmount() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).absoluteTolerance(cny("0")).build();
    List<Authorization> auths = List.of(auth("A1", PROMOTION, "PRM-1", "100.00"));
    assertEquals(DeductionState.UNAUTHORIZED, one(p, List.of(ded("D1", "promotion", null, "100.01")), auths, "D1").state());
    DeductionResult overByRef = one(p, List.of(ded("D1", "promotion", "PRM-1", "100.01")), auths, "D1");
    assertEquals(DeductionState.PARTIALLY_VALID, overByRef.state());
    assertEquals(cny("0.01"), overByRef.disputed());
  }

  @Test
  void combinationTolerance_writesOffTheDifference() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).combinationTolerance(cny("1.00")).build();
    DeductionResult over = one(p, List.of(ded("D1", "promotion", null, "300.80")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00")), "D1");
    assertEquals(DeductionState.VALID, over.state());
    assertEquals(MatchPass.COMBINATION, over.pass());
    assertEquals(cny("0.80"), over.writtenOff());
    DeductionResult under = one(p, List.of(ded("D1", "promotion", null, "299.20")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00")), "D1");
    assertEquals(cny("299.20"), under.matched());
    assertEquals(List.of(AuthorizationMatch.of("A1", cny("100.00")), AuthorizationMatch.of("A2", cny("199.20"))),
        under.matches());
    MatchingResult many = new DeductionMatcher(p).match(
        List.of(ded("D1", "promotion", null, "70.00"), ded("D2", "promotion", null, "30.60")),
        List.of(auth("A1", PROMOTION, null, "100.00")));
    // Consumed in the run's order (date, amount, id): the smaller part first.
    assertEquals(cny("30.60"), many.deductionResult("D2").orElseThrow().matched());
    assertEquals(cny("69.40"), many.deductionResult("D1").orElseThrow().matched());
    assertEquals(cny("0.60"), many.deductionResult("D1").orElseThrow().writtenOff());
  }

  @Test
  void combinationTolerance_largerThanAPart_writesThatPartOff() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).absoluteTolerance(cny("0"))
        .combinationTolerance(cny("5.00")).build();
    MatchingResult r = new DeductionMatcher(p).match(
        List.of(ded("D1", "promotion", null, "100.00"), ded("D2", "KA1", "promotion", null, cny("3.00"),
            JAN_31.plusDays(40))),
        List.of(auth("A1", PROMOTION, null, "99.00")));
    assertEquals(DeductionState.VALID, r.deductionResult("D1").orElseThrow().state());
    assertEquals(cny("1.00"), r.deductionResult("D1").orElseThrow().writtenOff());
    assertEquals(DeductionState.WRITTEN_OFF, r.deductionResult("D2").orElseThrow().state());
    assertEquals(cny("3.00"), r.deductionResult("D2").orElseThrow().writtenOff());
  }

  @Test
  void window_appliesToCombinations() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).dateWindowDays(10).build();
    List<Authorization> auths = List.of(auth("A1", "KA1", PROMOTION, null, "100.00", JAN_31),
        auth("A2", "KA1", PROMOTION, null, "200.00", JAN_31.plusDays(20)));
    assertEquals(DeductionState.UNAUTHORIZED, one(p,
        List.of(ded("D1", "KA1", "promotion", null, cny("300.00"), JAN_31)), auths, "D1").state());
    assertEquals(DeductionState.VALID, one(p,
        List.of(ded("D1", "KA1", "promotion", null, cny("300.00"), JAN_31.plusDays(10))), auths, "D1").state());
    List<Deduction> parts = List.of(ded("D1", "KA1", "promotion", null, cny("60.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("40.00"), JAN_31.plusDays(11)));
    assertEquals(DeductionState.UNAUTHORIZED,
        one(p, parts, List.of(auth("A1", "KA1", PROMOTION, null, "100.00", JAN_31)), "D2").state());
  }

  @Test
  void maxReferenceEdits_zero_refusesTypos() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).maxReferenceEdits(0).build();
    assertEquals(DeductionState.UNAUTHORIZED, one(p, List.of(ded("D1", "promotion", "PRM-12", "100.00")),
        List.of(auth("A1", PROMOTION, "PRM-21", "100.00")), "D1").state());
  }

  @Test
  void candidates_areCappedAtTheReportedMaximum() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).maxCandidatesReported(2).build();
    DeductionResult d = one(p, List.of(ded("D1", "promotion", null, "100.00")),
        List.of(auth("A3", PROMOTION, null, "100.00"), auth("A1", PROMOTION, null, "100.00"),
            auth("A2", PROMOTION, null, "100.00")), "D1");
    assertEquals(List.of("A1", "A2"), d.candidates());
  }

  @Test
  void tooManyCandidatesForThreeParts_pairsAreStillFound() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).maxCombinationCandidates(2).build();
    DeductionResult d = one(p, List.of(ded("D1", "promotion", null, "300.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00"),
            auth("A3", PROMOTION, null, "50.00")), "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(List.of("A1", "A2"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList());
  }

  @Test
  void tooManyCandidatesForThreeParts_thatCouldAddUp_isUnresolved_notSearched() {
    MatchingPolicy p = MatchingPolicy.builder().from(POLICY).maxCombinationCandidates(2).build();
    DeductionResult d = one(p, List.of(ded("D1", "promotion", null, "350.00")),
        List.of(auth("A1", PROMOTION, null, "100.00"), auth("A2", PROMOTION, null, "200.00"),
            auth("A3", PROMOTION, null, "50.00")), "D1");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A3", "A1", "A2"), d.candidates());
  }

  @Test
  void extremeDatesAndAmounts_stillSortDeterministically() {
    List<Deduction> deds = new java.util.ArrayList<>(List.of(
        ded("D1", "KA1", "promotion", null, cny("30000000000.00"), DeductionMatcher.MIN_DATE),
        ded("D2", "KA1", "promotion", null, cny("30000000000.00"), DeductionMatcher.MAX_DATE),
        ded("D3", "KA1", "promotion", null, cny("1.00"), DeductionMatcher.MAX_DATE),
        ded("D3", "KA2", "promotion", null, cny("1.00"), DeductionMatcher.MAX_DATE)));
    DeductionMatcher m = new DeductionMatcher(POLICY);
    MatchingResult expected = m.match(deds, List.of());
    Collections.reverse(deds);
    MatchingResult reversed = m.match(deds, List.of());
    assertEquals(expected.deductionResults(), reversed.deductionResults());
    assertEquals(Fixtures.rejectedInAnyOrder(expected), Fixtures.rejectedInAnyOrder(reversed));
    assertEquals(List.of("D1", "D3", "D2"),
        expected.deductionResults().stream().map(DeductionResult::deductionId).collect(java.util.stream.Collectors.toList()));
    assertEquals(1, expected.rejected().size());
  }

  @Test
  void repeatedIds_keepTheFirstLineOfTheInput_whateverItsDateAmountOrFields() {
    List<Deduction> deds = new java.util.ArrayList<>(List.of(
        ded("D1", "KA2", "promotion", null, cny("1.00"), JAN_31),
        ded("D1", "KA1", "rebate", "B", cny("0.50"), JAN_31.minusDays(3)),
        ded("D1", "KA1", "rebate", "A", cny("1.00"), JAN_31),
        ded("D1", "KA1", "promotion", "Z", cny("1.00"), JAN_31)));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(deds, 1);
      MatchingResult r = new DeductionMatcher(POLICY).match(deds, List.of());
      assertEquals(1, r.deductionResults().size());
      assertEquals(deds.get(0).amount(), r.deductionResults().get(0).amount());
      assertEquals(3, r.rejected().size());
      for (dev.keyaccount.core.result.FailureItem f : r.rejected()) {
        assertEquals(dev.keyaccount.core.result.FailureReason.DUPLICATE_ID, f.reason());
        assertTrue(f.message().endsWith("(the id of deductions[0])"), f.message());
      }
    }
    List<Authorization> auths = new java.util.ArrayList<>(List.of(
        auth("A1", "KA2", PROMOTION, null, "1.00", JAN_31), auth("A1", "KA1", REBATE, null, "1.00", JAN_31),
        auth("A1", "KA1", PROMOTION, "B", "1.00", JAN_31), auth("A1", "KA1", PROMOTION, "A", "1.00", JAN_31)));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(auths, 1);
      MatchingResult r = new DeductionMatcher(POLICY).match(List.of(ded("D1", "KA1", "promotion", "a", cny("1.00"),
          JAN_31)), auths);
      Authorization first = auths.get(0);
      boolean firstFits = first.accountId().equals("KA1") && first.type() == PROMOTION;
      assertEquals(firstFits ? DeductionState.VALID : DeductionState.UNAUTHORIZED,
          r.deductionResults().get(0).state(), "first listed: " + first);
      assertEquals(List.of("A1"), r.authorizationBalances().stream().map(AuthorizationBalance::authorizationId).toList());
    }
  }
}
