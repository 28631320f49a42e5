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
  void twoAuthorizationsCompletingThePair_leaveItUnresolvedWithoutCandidates() {
    // D1 4.00 + D2 6.00 = 10.00 = S1 = S2: two solutions, neither is taken.
    MatchingResult r = STANDARD.match(List.of(claim("D1", "4.00", 1), claim("D2", "6.00", 2)),
        List.of(promotion("S1", "10.00", 0), promotion("S2", "10.00", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(r, "D2").state());
    assertEquals(List.of(), result(r, "D2").candidates());
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D1").state());
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
    // 6.00, 7.00) and none is 5.50, so nothing is left unsearched: unauthorized, no candidates. Only
    // above the limit would the claim be unresolved with the candidates a person must search.
    MatchingResult r = candidates(4).match(List.of(claim("D1", "5.50", 1)), List.of(promotion("A1", "1.00", 0),
        promotion("A2", "2.00", 0), promotion("A3", "2.40", 0), promotion("A4", "2.60", 0)));
    assertEquals(DeductionState.UNAUTHORIZED, result(r, "D1").state());
    assertEquals(List.of(), result(r, "D1").candidates());
    MatchingResult above = candidates(3).match(List.of(claim("D1", "5.50", 1)), List.of(promotion("A1", "1.00", 0),
        promotion("A2", "2.00", 0), promotion("A3", "2.40", 0), promotion("A4", "2.60", 0)));
    assertEquals(DeductionState.UNRESOLVED, result(above, "D1").state());
    assertEquals(List.of("A1", "A2", "A3", "A4"), result(above, "D1").candidates());
  }
}
