package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchingPolicy#coincidenceOdds()}: a combination found by amount alone is taken only when
 * the search was unlikely to find one by chance. Each example works the expected number of chance
 * solutions out by hand and checks the decision on both sides of the policy's odds (default 100, a
 * limit of 0.01; odds of 1, a limit of 1).
 */
class CoincidenceTest {

  private static final String ACCOUNT = "KA1";
  private static final DeductionMatcher LENIENT = new DeductionMatcher(
      MatchingPolicy.builder().from(POLICY).coincidenceOdds(1).build());
  private static final DeductionMatcher STANDARD = new DeductionMatcher(POLICY);

  private static Authorization promotion(String id, String amount) {
    return auth(id, ACCOUNT, PROMOTION, null, amount, JAN_31);
  }

  private static Deduction claim(String id, String amount, int day) {
    return ded(id, ACCOUNT, "promotion", null, cny(amount), JAN_31.plusDays(1 + day));
  }

  /** A1 30.00 and A2 70.00 add up to the claim; {@code others} more of 1.01, 2.01, … never do. */
  private static List<Authorization> pairAmong(int others) {
    List<Authorization> out = new ArrayList<>(List.of(promotion("A1", "30.00"), promotion("A2", "70.00")));
    for (int k = 1; k <= others; k++) {
      out.add(promotion(String.format("B%02d", k), k + ".01"));
    }
    return out;
  }

  @Test
  void combinationCounts_holdBeyondWhatAnIntProductHolds() {
    // 46,342 × 46,341 is more than an int holds: the counts are worked in doubles, never negative.
    assertEquals(1_073_767_311.0, Coincidence.pairs(46_342));
    assertEquals(1_249_975_000.0, Coincidence.pairs(50_000));
    assertEquals(20_832_083_350_000.0, Coincidence.triples(50_000));
    assertEquals(0.0, Coincidence.pairs(1));
    assertEquals(1.0, Coincidence.triples(3));
  }

  @Test
  void aPairAmongTwoCandidates_isTaken() {
    // n = 2 candidates below the claim of 100.00 = 10,000 fen: C(2,2) / 10,000 = 0.0001 <= 0.01.
    DeductionResult d = STANDARD.match(List.of(claim("D1", "100.00", 0)), pairAmong(0))
        .deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.COMBINATION, d.pass());
    assertEquals(List.of("A1", "A2"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList());
  }

  @Test
  void theOnePairAmongTwentyCandidates_isLeftUnresolved_asLikelyAsCoincidence() {
    // n = 20: C(20,2) / 10,000 = 190 / 10,000 = 0.019 > 0.01. Every pair of the B's ends in .02 and
    // every A with a B in .01, so A1 + A2 is the only pair, and no three add up: yet one in fifty such
    // searches would find a pair by chance, so it is not evidence enough.
    MatchingResult result = STANDARD.match(List.of(claim("D1", "100.00", 0)), pairAmong(18));
    DeductionResult d = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertTrue(d.matches().isEmpty());
    assertTrue(d.candidates().containsAll(List.of("A1", "A2")), d.candidates().toString());
    assertEquals(cny("0"), result.summary().consumed());
    // With odds of 1 the same search takes the pair (0.019 <= 1).
    DeductionResult lenient = LENIENT.match(List.of(claim("D1", "100.00", 0)), pairAmong(18))
        .deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, lenient.state());
    assertEquals(List.of("A1", "A2"), lenient.matches().stream().map(AuthorizationMatch::authorizationId).toList());
  }

  @Test
  void threeAuthorizationsForOneClaim_areHeldToLongerOdds() {
    // Claim 1,000.00 = 100,000 fen; n = 10 candidates: 200.00 + 300.00 + 500.00 and seven of 1.01 .. 7.01.
    // Pairs: C(10,2) / 100,000 = 45 / 100,000; triples: C(10,3) / (2 x 100,000) = 120 / 200,000.
    // Expected 0.00045 + 0.0006 = 0.00105: above the triple limit 0.01 / 100 = 0.0001, below the
    // pair limit 0.01. Left unresolved by the standard odds, taken with odds of 1 (limit 0.01).
    List<Authorization> authorizations = new ArrayList<>(List.of(promotion("A1", "200.00"),
        promotion("A2", "300.00"), promotion("A3", "500.00")));
    for (int k = 1; k <= 7; k++) {
      authorizations.add(promotion("B" + k, k + ".01"));
    }
    List<Deduction> claim = List.of(claim("D1", "1000.00", 0));
    assertEquals(DeductionState.UNRESOLVED,
        STANDARD.match(claim, authorizations).deductionResult("D1").orElseThrow().state());
    DeductionResult lenient = LENIENT.match(claim, authorizations).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, lenient.state());
    assertEquals(MatchPass.COMBINATION, lenient.pass());
    assertEquals(List.of("A1", "A2", "A3"),
        lenient.matches().stream().map(AuthorizationMatch::authorizationId).toList());
  }

  /** S 10.00 that D1 4.00 and D2 6.00 add up to, and {@code others} larger promotions 20.01, 20.02, …. */
  private static List<Authorization> splitAmong(int others) {
    List<Authorization> out = new ArrayList<>(List.of(promotion("S", "10.00")));
    for (int k = 1; k <= others; k++) {
      out.add(promotion(String.format("B%03d", k), String.format("%d.%02d", 20 + k / 100, 1 + k % 99)));
    }
    return out;
  }

  @Test
  void twoPairsAddingUp_amongMany_leadTheCandidates() {
    // A1 30.00 + A2 70.00 and A3 40.00 + A4 60.00 both make the claim of 100.00; twelve small ones (the
    // B's, 1.01 to 12.01, below every A in index order) never do. The claim is ambiguous: unresolved,
    // with both pairs first among its ten candidates (not the ten smallest authorizations).
    List<Authorization> auths = new ArrayList<>(pairAmong(12));
    auths.add(promotion("A3", "40.00"));
    auths.add(promotion("A4", "60.00"));
    DeductionResult d = STANDARD.match(List.of(claim("D1", "100.00", 0)), auths).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertTrue(d.matches().isEmpty());
    assertEquals(10, d.candidates().size(), d.candidates().toString());
    assertEquals(java.util.Set.of("A1", "A2", "A3", "A4"), java.util.Set.copyOf(d.candidates().subList(0, 4)),
        d.candidates().toString());
    assertEquals(10, java.util.Set.copyOf(d.candidates()).size(), "each once: " + d.candidates());
  }

  @Test
  void twoPairsAmongFew_listEveryCandidateOnce() {
    // 3 + 7 and 4 + 6 make 10.00; C1 9.50 and C2 9.60 make nothing. All six are listed, the pairs first
    // (3 + 7, then 4 + 6, each in table order), each once.
    List<Authorization> auths = List.of(promotion("A1", "3.00"), promotion("A2", "7.00"), promotion("A3", "4.00"),
        promotion("A4", "6.00"), promotion("C1", "9.50"), promotion("C2", "9.60"));
    DeductionResult d = STANDARD.match(List.of(claim("D1", "10.00", 0)), auths).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A1", "A2", "A3", "A4", "C1", "C2"), d.candidates());
  }

  @Test
  void twoTriplesAddingUp_leadTheCandidates_eachOnce() {
    // No pair makes 10.00 among 1, 2, 4, 5 and 7; two triples do, 1 + 2 + 7 and 1 + 4 + 5: ambiguous.
    // Both lead the candidates, each authorization once (they share A1), then nothing else is left.
    List<Authorization> auths = List.of(promotion("A1", "1.00"), promotion("A2", "2.00"), promotion("A4", "4.00"),
        promotion("A5", "5.00"), promotion("A7", "7.00"));
    DeductionResult d = STANDARD.match(List.of(claim("D1", "10.00", 0)), auths).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A1", "A2", "A7", "A4", "A5"), d.candidates());
  }

  @Test
  void twoDeductionsForOneAuthorization_amongFew_areMatched() {
    // n = 1 waiting partner (D1), m = 2 authorizations in the window, the largest A = 20.02 = 2,002 fen:
    // 1 x 2 / 2,002 = 0.001 <= 0.01.
    MatchingResult result = STANDARD.match(List.of(claim("D1", "4.00", 0), claim("D2", "6.00", 1)), splitAmong(1));
    for (String id : List.of("D1", "D2")) {
      DeductionResult d = result.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals("S", d.matches().get(0).authorizationId(), id);
    }
    assertEquals(cny("10.00"), result.summary().consumed());
  }

  @Test
  void twoDeductionsForOneAuthorization_amongMany_areLeftUnresolved() {
    // m = 101 authorizations in the window, the largest 21.02 = 2,102 fen: 1 x 101 / 2,102 = 0.048 > 0.01.
    // The completing deduction is unresolved naming S; the first part stays unauthorized, awaiting another.
    MatchingResult result = STANDARD.match(List.of(claim("D1", "4.00", 0), claim("D2", "6.00", 1)),
        splitAmong(100));
    DeductionResult second = result.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, second.state());
    assertEquals(List.of("S"), second.candidates());
    assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult("D1").orElseThrow().state());
    assertEquals(cny("0"), result.summary().consumed());
    MatchingResult lenient = LENIENT.match(List.of(claim("D1", "4.00", 0), claim("D2", "6.00", 1)),
        splitAmong(100));
    assertEquals(DeductionState.VALID, lenient.deductionResult("D2").orElseThrow().state());
    assertEquals(cny("10.00"), lenient.summary().consumed());
  }

  private static DeductionState stateOf(String claim, Authorization... authorizations) {
    return STANDARD.match(List.of(claim("D1", claim, 0)), List.of(authorizations)).deductionResult("D1")
        .orElseThrow().state();
  }

  @Test
  void pairOdds_eitherSideOfTheLimit() {
    // n = 2: C(2,2) / D. D = 1.01 = 101 fen: 1/101 = 0.0099 <= 0.01, taken; D = 0.99: 1/99 = 0.0101, not.
    assertEquals(DeductionState.VALID, stateOf("1.01", promotion("A1", "0.40"), promotion("A2", "0.61")));
    assertEquals(DeductionState.UNRESOLVED, stateOf("0.99", promotion("A1", "0.40"), promotion("A2", "0.59")));
  }

  @Test
  void pairOdds_exactlyAtTheLimit_areTaken() {
    // n = 2: C(2,2) / 100 fen = 0.01, exactly the limit: not above it, so the pair is taken.
    assertEquals(DeductionState.VALID, stateOf("1.00", promotion("A1", "0.40"), promotion("A2", "0.60")));
  }

  @Test
  void tripleOdds_amongFourCandidates() {
    // n = 4, no pair adds up, one triple 100.00 + 200.00 + 400.00 = 700.00 = 70,000 fen:
    // (C(4,2) + C(4,3) / 2) / 70,000 = (6 + 2) / 70,000 = 1.14e-4 > 1e-4: left unresolved.
    assertEquals(DeductionState.UNRESOLVED, stateOf("700.00", promotion("A1", "100.00"), promotion("A2", "200.00"),
        promotion("A3", "400.00"), promotion("A4", "50.01")));
  }

  @Test
  void tripleOdds_eitherSideOfTheLimit() {
    // n = 3, no pair adds up: (C(3,2) + C(3,3)/2) / D = 3.5 / D against the triple limit 0.0001.
    // D = 350.01 = 35,001 fen: 0.99997e-4, taken; D = 349.90 = 34,990 fen: 1.00029e-4, not.
    assertEquals(DeductionState.VALID,
        stateOf("350.01", promotion("A1", "50.00"), promotion("A2", "100.00"), promotion("A3", "200.01")));
    assertEquals(DeductionState.UNRESOLVED,
        stateOf("349.90", promotion("A1", "50.00"), promotion("A2", "100.00"), promotion("A3", "199.90")));
  }

  @Test
  void authorizationsOutsideTheWindow_doNotCountAgainstASplit() {
    // As twoDeductionsForOneAuthorization_amongMany, but the 100 others are dated 200 days later, outside
    // the 90-day window of D2: m = 1 (S), 1 x 1 / 2,102 = 0.0005 <= 0.01, matched.
    List<Authorization> authorizations = new ArrayList<>(List.of(promotion("S", "10.00")));
    for (Authorization other : splitAmong(100).subList(1, 101)) {
      authorizations.add(auth(other.id(), ACCOUNT, PROMOTION, null,
          dev.keyaccount.core.money.Monies.decimal(other.amount()).toPlainString(), JAN_31.plusDays(200)));
    }
    MatchingResult result = STANDARD.match(List.of(claim("D1", "4.00", 0), claim("D2", "6.00", 1)), authorizations);
    assertEquals(DeductionState.VALID, result.deductionResult("D2").orElseThrow().state());
    assertEquals(cny("10.00"), result.summary().consumed());
  }
}
