package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The combination passes (3a: one deduction, several authorizations; 3b: several deductions, one
 * authorization) exactly at their boundaries: dates at the edge of the window, the candidate limit for
 * three parts, the coincidence limit of three deductions, and two authorizations that both complete a
 * pair. Default policy unless said: 90-day window, exact combinations, odds 100 (a limit of 0.01).
 */
class CombinationBoundaryTest {

  private static final String ACCOUNT = "KA1";
  private static final DeductionMatcher STANDARD = new DeductionMatcher(POLICY);

  private static Authorization promotion(String id, String amount, int day) {
    return auth(id, ACCOUNT, PROMOTION, null, amount, JAN_31.plusDays(day));
  }

  private static Deduction claim(String id, String amount, int day) {
    return ded(id, ACCOUNT, "promotion", null, cny(amount), JAN_31.plusDays(day));
  }

  private static DeductionResult result(MatchingResult result, String id) {
    return result.deductionResult(id).orElseThrow();
  }

  private static List<String> matchedIds(DeductionResult d) {
    return d.matches().stream().map(AuthorizationMatch::authorizationId).toList();
  }

  @Test
  void twoDeductionsTwoWindowsApart_completeTheAuthorizationBetweenThem() {
    // S 10.00 on day 91; D1 4.00 on day 1 and D2 6.00 on day 181: each is exactly 90 days (the window)
    // from S, and they are 180 days (twice the window) from each other: still a pair for S.
    MatchingResult r = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 181)),
        List.of(promotion("S", "10.00", 91)));
    for (String id : List.of("D1", "D2")) {
      assertEquals(DeductionState.VALID, result(r, id).state(), id);
      assertEquals(MatchPass.COMBINATION, result(r, id).pass(), id);
      assertEquals(List.of("S"), matchedIds(result(r, id)), id);
    }
    // One day further and D2 is outside the window of S: nothing is matched.
    MatchingResult apart = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 182)),
        List.of(promotion("S", "10.00", 91)));
    assertEquals(DeductionState.UNAUTHORIZED, result(apart, "D2").state());
    assertEquals(cny("0"), apart.summary().consumed());
  }

  /** D1 1.00, D2 2.00 and D3 2.50 on days 1, 2, 3; S 5.50 = their sum; T another promotion. */
  private static MatchingResult threeDeductions(String other) {
    return STANDARD.match(List.of(claim("D1", "1.00", 1), claim("D2", "2.00", 2), claim("D3", "2.50", 3)),
        List.of(promotion("S", "5.50", 0), promotion("T", other, 0)));
  }

  @Test
  void threeDeductionsForOneAuthorization_eitherSideOfTheOdds() {
    // When D3 comes, n = 2 waiting partners (D1, D2), no pair adds up (3.50, 4.50), the triple does.
    // m = 2 authorizations in the window, the largest T: chance solutions (n + C(n,2)) x m / T
    // = (2 + 1) x 2 / T = 6 / T. T = 6.01 = 601 fen: 0.00998 <= 0.01, taken; T = 5.99: 0.01002, not.
    MatchingResult taken = threeDeductions("6.01");
    for (String id : List.of("D1", "D2", "D3")) {
      assertEquals(DeductionState.VALID, result(taken, id).state(), id);
      assertEquals(MatchPass.COMBINATION, result(taken, id).pass(), id);
      assertEquals(List.of("S"), matchedIds(result(taken, id)), id);
    }
    assertEquals(cny("5.50"), taken.summary().consumed());
    MatchingResult notTaken = threeDeductions("5.99");
    assertEquals(DeductionState.UNRESOLVED, result(notTaken, "D3").state());
    assertEquals(List.of("S"), result(notTaken, "D3").candidates());
    assertEquals(DeductionState.UNAUTHORIZED, result(notTaken, "D1").state());
    assertEquals(DeductionState.UNAUTHORIZED, result(notTaken, "D2").state());
    assertEquals(cny("0"), notTaken.summary().consumed());
  }

  @Test
  void twoAuthorizationsCompletingThePair_leaveItUnresolvedWithBoth() {
    // D1 4.00 + D2 6.00 = 10.00 = S1 = S2: two solutions, neither is taken; the person sees both.
    MatchingResult r = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 2)),
        List.of(promotion("S1", "10.00", 0), promotion("S2", "10.00", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(r, "D2").state());
    assertEquals(List.of("S1", "S2"), result(r, "D2").candidates());
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D1").state());
    assertEquals(cny("0"), r.summary().consumed());
  }

  @Test
  void twoPairsCompletingTwoAuthorizations_leaveItUnresolvedWithBoth() {
    // D3 3.00 + D1 4.00 = 7.00 = S1, and D3 3.00 + D2 6.00 = 9.00 = S2: two ways, the person sees both.
    MatchingResult r = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 2), claim("D3", "3.00", 3)),
        List.of(promotion("S1", "7.00", 0), promotion("S2", "9.00", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(r, "D3").state());
    assertEquals(List.of("S1", "S2"), result(r, "D3").candidates());
    assertEquals(cny("0"), r.summary().consumed());
  }

  private static DeductionMatcher candidates(int max) {
    return new DeductionMatcher(MatchingPolicy.builder().from(POLICY).maxCombinationCandidates(max)
        .coincidenceOdds(1).build());
  }

  @Test
  void threeWaitingDeductions_searchedAtExactlyTheCandidateLimit() {
    // n = 2 waiting partners for D3 and a limit of 2: the triple D1 + D2 + D3 = S is searched and taken.
    MatchingResult r = candidates(2).match(
        List.of(claim("D1", "1.00", 1), claim("D2", "2.00", 2), claim("D3", "2.50", 3)),
        List.of(promotion("S", "5.50", 0)));
    assertEquals(DeductionState.VALID, result(r, "D3").state());
    assertEquals(List.of("S"), matchedIds(result(r, "D3")));
    assertEquals(cny("5.50"), r.summary().consumed());
  }

  @Test
  void threeAuthorizations_searchedAtExactlyTheCandidateLimit() {
    // n = 3 candidates below the claim and a limit of 3: A1 + A2 + A3 = 5.50 is searched and taken.
    MatchingResult r = candidates(3).match(List.of(claim("D1", "5.50", 1)),
        List.of(promotion("A1", "1.00", 0), promotion("A2", "2.00", 0), promotion("A3", "2.50", 0)));
    assertEquals(DeductionState.VALID, result(r, "D1").state());
    assertEquals(List.of("A1", "A2", "A3"), matchedIds(result(r, "D1")));
  }

  @Test
  void noTripleAmongExactlyTheLimit_leavesTheClaimUnauthorized() {
    // n = 4 candidates and a limit of 4: every pair and triple is searched (3.00 .. 5.00, 5.40, 5.60,
    // 6.00, 7.00) and none is 5.50, so nothing is left unsearched: unauthorized, no candidates.
    List<Authorization> none = List.of(promotion("A1", "1.00", 0), promotion("A2", "2.00", 0),
        promotion("A3", "2.40", 0), promotion("A4", "2.60", 0));
    MatchingResult r = candidates(4).match(List.of(claim("D1", "5.50", 1)), none);
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D1").state());
    assertEquals(List.of(), result(r, "D1").candidates());
    // Above the limit, three parts are not searched when the claim is matched; once nothing else has
    // decided it, they are (up to 1,024 candidates): none adds up, so it is unauthorized as well.
    MatchingResult above = candidates(3).match(List.of(claim("D1", "5.50", 1)), none);
    assertEquals(DeductionState.UNAUTHORIZED, result(above, "D1").state());
    assertEquals(List.of(), result(above, "D1").candidates());
  }

  @Test
  void aTripleAboveTheLimit_leavesTheClaimUnresolvedWithTheCandidates() {
    // n = 4 and a limit of 3: A1 + A2 + A3 = 5.50 (no pair does) is not taken, as three parts among more
    // candidates than the limit are no evidence; the claim is left to a person with every candidate.
    MatchingResult above = candidates(3).match(List.of(claim("D1", "5.50", 1)), List.of(promotion("A1", "1.00", 0),
        promotion("A2", "2.00", 0), promotion("A3", "2.50", 0), promotion("A4", "2.60", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(above, "D1").state());
    assertEquals(List.of("A1", "A2", "A3", "A4"), result(above, "D1").candidates());
  }

  @Test
  void anotherTypesAuthorization_isNoCandidate() {
    // The display fee X sorts right after the promotions of KA1: it is no part of a promotion's
    // combination. 3a: D 5.00 = A1 2.00 + A2 3.00 (X 3.00 would make a second pair).
    MatchingResult oneToMany = STANDARD.match(List.of(claim("D", "5.00", 1)), List.of(promotion("A1", "2.00", 0),
        promotion("A2", "3.00", 0), auth("X", ACCOUNT, ReasonType.DISPLAY_FEE, null, "3.00", JAN_31)));
    assertEquals(DeductionState.VALID, result(oneToMany, "D").state());
    assertEquals(List.of("A1", "A2"), matchedIds(result(oneToMany, "D")));
    // 3b: D1 4.00 + D2 6.00 = S 10.00 (X 1.00 would make a second authorization for the pair).
    MatchingResult manyToOne = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 2)),
        List.of(promotion("S", "10.00", 0), auth("X", ACCOUNT, ReasonType.DISPLAY_FEE, null, "1.00", JAN_31)));
    assertEquals(DeductionState.VALID, result(manyToOne, "D2").state());
    assertEquals(List.of("S"), matchedIds(result(manyToOne, "D2")));
    assertEquals(cny("10.00"), manyToOne.summary().consumed());
  }

  @Test
  void aMatchedDeduction_isNoLongerAPartner() {
    // D1 4.00 + D2 6.00 take S 10.00; then D3 5.00 alone: D1 + D3 = 9.00 = T, but D1 is matched.
    MatchingResult r = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 2), claim("D3", "5.00", 3)),
        List.of(promotion("S", "10.00", 0), promotion("T", "9.00", 0)));
    assertEquals(List.of("S"), matchedIds(result(r, "D1")));
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D3").state());
    assertEquals(cny("10.00"), r.summary().consumed());
  }

  @Test
  void aDeductionOfAnotherAccount_isNoPartner() {
    // E 4.00 of KA0 is the run's first line; W 1.00 and D 6.00 of KA1 find no pair for S 10.00 (7.00):
    // E + D = 10.00, but E is of another account.
    MatchingResult r = STANDARD.match(List.of(ded("E", "KA0", "promotion", null, cny("4.00"), JAN_31),
        claim("W", "1.00", 2), claim("D", "6.00", 3)), List.of(promotion("S", "10.00", 0)));
    for (String id : List.of("E", "W", "D")) {
      assertEquals(DeductionState.UNAUTHORIZED, result(r, id).state(), id);
    }
    assertEquals(cny("0"), r.summary().consumed());
    // Three parts: E 1.00 of KA0; W1 2.00, W2 3.00 and D 2.50 of KA1, whose pairs and triple (5.00,
    // 4.50, 5.50, 7.50) miss S 6.50 = D + W2 + E.
    MatchingResult triple = STANDARD.match(List.of(ded("E", "KA0", "promotion", null, cny("1.00"), JAN_31),
        claim("W1", "2.00", 1), claim("W2", "3.00", 2), claim("D", "2.50", 3)), List.of(promotion("S", "6.50", 0)));
    for (String id : List.of("E", "W1", "W2", "D")) {
      assertEquals(DeductionState.UNAUTHORIZED, result(triple, id).state(), id);
    }
  }

  @Test
  void aPartnerOutsideTheAuthorizationsWindow_completesNothing() {
    // S 5.50 on day 200. Week 1: L 1.00 on day 115 (85 days from S). Week 2: E 2.00 on day 100
    // (100 days from S: outside its window) and F 2.50 on day 120: L + E + F = 5.50, and each is within
    // twice the window of F, but E is not within the window of S: nothing is taken.
    MatchingResult week1 = STANDARD.match(List.of(claim("L", "1.00", 115)), List.of());
    MatchingResult week2 = STANDARD.match(List.of(claim("E", "2.00", 100), claim("F", "2.50", 120)),
        List.of(promotion("S", "5.50", 200)), week1.ledger());
    assertEquals(DeductionState.UNAUTHORIZED, result(week2, "E").state());
    assertEquals(DeductionState.UNAUTHORIZED, result(week2, "F").state());
    assertEquals(cny("0"), week2.summary().consumed());
  }

  @Test
  void anAuthorizationAtTheTopOfTheCombinationTolerance_countsAmongTheCandidates() {
    // Combination tolerance 0.05: the candidates of D 1.01 are those up to 1.06, C 1.06 included (it
    // can join no combination, every other part being positive, but it is one more candidate).
    // n = 3: C(3,2) / 101 = 0.0297 > 0.01, so the one pair A1 0.40 + A2 0.61 is left unresolved.
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(POLICY)
        .combinationTolerance(cny("0.05")).absoluteTolerance(cny("0")).build());
    MatchingResult r = tolerant.match(List.of(claim("D", "1.01", 1)),
        List.of(promotion("A1", "0.40", 0), promotion("A2", "0.61", 0), promotion("C", "1.06", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(r, "D").state());
    assertEquals(List.of("A1", "A2", "C"), result(r, "D").candidates().stream().sorted().toList());
  }

  @Test
  void aCarriedDeductionAndTwoNewOnes_takeOneAuthorization() {
    // Week 1: L 1.00 finds nothing and waits. Week 2: E 2.00 (the run's first line) and F 2.50;
    // L + E + F = 5.50 = S. With T 6.01 beside S: n = 2 partners, m = 2, (2 + 1) x 2 / 601 = 0.00998,
    // all three take S; with T 5.99: 0.01002 > 0.01, F is unresolved and nothing is taken.
    MatchingResult week1 = STANDARD.match(List.of(claim("L", "1.00", 0)), List.of());
    for (String other : List.of("6.01", "5.99")) {
      MatchingResult week2 = STANDARD.match(List.of(claim("E", "2.00", 1), claim("F", "2.50", 2)),
          List.of(promotion("S", "5.50", 0), promotion("T", other, 0)), week1.ledger());
      if (other.equals("6.01")) {
        assertEquals(List.of("S"), matchedIds(result(week2, "E")));
        assertEquals(List.of("S"), matchedIds(result(week2, "F")));
        assertEquals(DeductionState.VALID, week2.ledger().deduction("L").orElseThrow().state());
        assertEquals(cny("5.50"), week2.ledger().authorizationUse("S").orElseThrow().consumed());
      } else {
        assertEquals(DeductionState.UNRESOLVED, result(week2, "F").state());
        assertEquals(DeductionState.UNAUTHORIZED, result(week2, "E").state());
        assertEquals(cny("0"), week2.summary().consumed());
      }
    }
  }

  @Test
  void twoPairsForTheAuthorization_leaveEveryMemberUnresolved() {
    // Combination tolerance 0.10. Week 1: L1 4.00, L2 9.00, L3 6.00 wait (in that order: by date).
    // Week 2: D 4.00 finds D + L3 = 10.00 = S, but L1 + L3 is a second pair for S (every other sum,
    // 8.00, 13.00, 15.00, is more than 0.10 away): L1, L3 and D are left unresolved, S untouched.
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(POLICY)
        .combinationTolerance(cny("0.10")).build());
    MatchingResult week1 = tolerant.match(List.of(claim("L1", "4.00", 1), claim("L2", "9.00", 2),
        claim("L3", "6.00", 3)), List.of());
    MatchingResult week2 = tolerant.match(List.of(claim("D", "4.00", 4)), List.of(promotion("S", "10.00", 0)),
        week1.ledger());
    assertEquals(DeductionState.UNRESOLVED, result(week2, "D").state());
    assertEquals(List.of("S"), result(week2, "D").candidates());
    assertEquals(DeductionState.UNRESOLVED, week2.ledger().deduction("L1").orElseThrow().state());
    assertEquals(DeductionState.UNRESOLVED, week2.ledger().deduction("L3").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, week2.ledger().deduction("L2").orElseThrow().state());
    assertEquals(cny("0"), week2.summary().consumed());
  }

  @Test
  void thePartlyUsedRestOfAnAuthorization_joinsACombination() {
    // R 7.00 takes 7.00 of A 10.00 by reference, leaving 3.00; D 9.00 = that rest + B 6.00, taken in
    // the authorizations' index order (by amount, B 6.00 before A 10.00), not the rests' order.
    MatchingResult r = STANDARD.match(
        List.of(ded("R", ACCOUNT, "promotion", "PR-1", cny("7.00"), JAN_31.plusDays(1)), claim("D", "9.00", 2)),
        List.of(auth("A", ACCOUNT, PROMOTION, "PR-1", "10.00", JAN_31), promotion("B", "6.00", 0)));
    assertEquals(List.of("A"), matchedIds(result(r, "R")));
    assertEquals(DeductionState.VALID, result(r, "D").state());
    assertEquals(MatchPass.COMBINATION, result(r, "D").pass());
    assertEquals(List.of("B", "A"), matchedIds(result(r, "D")));
    assertEquals(cny("16.00"), r.summary().consumed());
  }

  @Test
  void aCombinationAboveTheClaim_leavesTheLastPartUntouched() {
    // Combination tolerance 1.50, no amount tolerance: D 1.01 = A 1.10 + B 1.20 = 2.30 within 1.50
    // (one pair among two: 1 / 101 <= 0.01). Taken in index order, A alone covers the claim: D takes
    // 1.01 of A and nothing of B (no match of 0.00).
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(POLICY)
        .combinationTolerance(cny("1.50")).absoluteTolerance(cny("0")).build());
    MatchingResult r = tolerant.match(List.of(claim("D", "1.01", 1)),
        List.of(promotion("A", "1.10", 0), promotion("B", "1.20", 0)));
    assertEquals(DeductionState.VALID, result(r, "D").state());
    assertEquals(MatchPass.COMBINATION, result(r, "D").pass());
    assertEquals(List.of("A"), matchedIds(result(r, "D")));
    assertEquals(cny("1.01"), r.summary().consumed());
  }

  @Test
  void tooManyCandidates_butNoThreeSmallEnough_leaveTheClaimUnauthorized() {
    // Limit 3, n = 4 candidates of D 5.50: 1.90, 2.00, 2.10, 2.20. No pair adds up (3.90 .. 4.30) and
    // the three smallest already make 6.00 > 5.50: no triple could, so nothing is left unsearched.
    MatchingResult r = candidates(3).match(List.of(claim("D", "5.50", 1)), List.of(promotion("A1", "1.90", 0),
        promotion("A2", "2.00", 0), promotion("A3", "2.10", 0), promotion("A4", "2.20", 0)));
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D").state());
    assertEquals(List.of(), result(r, "D").candidates());
  }

  /** D 1000.00 among candidates 1.01 .. n.01: every pair ends in .02, so no pair adds up to it. */
  private static DeductionState amongCandidates(int n) {
    List<Authorization> authorizations = new java.util.ArrayList<>();
    for (int k = 1; k <= n; k++) {
      authorizations.add(promotion(String.format("B%03d", k), k + ".01", 0));
    }
    return result(STANDARD.match(List.of(claim("D", "1000.00", 1)), authorizations), "D").state();
  }

  @Test
  void morePartsThanTheSearchBuffer_areSearched() {
    // 70 candidates, more than the 64 the search's buffer starts with; the largest three make 207.03.
    assertEquals(DeductionState.UNAUTHORIZED, amongCandidates(70));
  }

  @Test
  void morePartsThanTwiceTheSearchBuffer_areSearched() {
    // 130 candidates: the buffer of 64 grows to exactly 130 at once, and the pool is read up to its size,
    // not one past it. The largest three make 387.03.
    assertEquals(DeductionState.UNAUTHORIZED, amongCandidates(130));
  }

  @Test
  void pairsOnly_stillCombinesTwoParts() {
    // maxCombinationSize 2: D 5.00 = A1 2.00 + A2 3.00 is matched; D 5.50 = 1.00 + 2.00 + 2.50 is not.
    DeductionMatcher pairs = new DeductionMatcher(MatchingPolicy.builder().from(POLICY).maxCombinationSize(2).build());
    MatchingResult pair = pairs.match(List.of(claim("D", "5.00", 1)),
        List.of(promotion("A1", "2.00", 0), promotion("A2", "3.00", 0)));
    assertEquals(List.of("A1", "A2"), matchedIds(result(pair, "D")));
    MatchingResult triple = pairs.match(List.of(claim("D", "5.50", 1)),
        List.of(promotion("A1", "1.00", 0), promotion("A2", "2.00", 0), promotion("A3", "2.50", 0)));
    assertEquals(DeductionState.UNAUTHORIZED, result(triple, "D").state());
  }

  @Test
  void threePartsFoundAfterEveryPass_leadTheCandidatesOfAClaimWithManyCandidates() {
    // 70 authorizations (more than the 64 three parts are first searched among), A-k of
    // 10,000.00 + k x 10.09: no pair adds up to the claim of 30,000.00 + 202 x 10.09, and exactly two
    // triples do (A-69, A-68, A-65 and A-69, A-67, A-66), which the last search finds; they lead the
    // candidates, not the smallest authorizations.
    List<Authorization> auths = new java.util.ArrayList<>();
    for (int k = 0; k < 70; k++) {
      auths.add(promotion("A-" + k, java.math.BigDecimal.valueOf(1_000_000 + k * 1_009L, 2).toPlainString(), 0));
    }
    MatchingResult r = STANDARD.match(List.of(claim("D1", java.math.BigDecimal.valueOf(3_000_000 + 202 * 1_009L, 2)
        .toPlainString(), 1)), auths);
    DeductionResult d1 = result(r, "D1");
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertEquals(java.util.Set.of("A-65", "A-66", "A-67", "A-68", "A-69"),
        java.util.Set.copyOf(d1.candidates().subList(0, 5)), d1.candidates().toString());
  }
}
