package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim without a reference that a pair of authorizations adds up to, while three others add up to it
 * as well: among few candidates (three adding up is then as much evidence as the pair) the claim has two
 * ways and is left to a person; among many (three adding up is then likely by chance) the pair is taken.
 * The first case is an independent tester's reproducer.
 */
class PairBesideTripleTest {

  /** A claim of 1,703.29 against the pair 1,000.00 + 703.29 and the three 1,500.00 + 200.00 + {@code last}. */
  private static DeductionResult claimBeside(String last) {
    List<Authorization> auths = List.of(
        auth("AU-P1", PROMOTION, "PRM-2026-1", "1000.00"),
        auth("AU-P2", PROMOTION, "PRM-2026-2", "703.29"),
        auth("AU-T1", PROMOTION, "PRM-2026-3", "1500.00"),
        auth("AU-T2", PROMOTION, "PRM-2026-4", "200.00"),
        auth("AU-T3", PROMOTION, "PRM-2026-5", last));
    return MATCHER.match(List.of(ded("DD-1", "promotion", null, "1703.29")), auths).deductionResult("DD-1")
        .orElseThrow();
  }

  @Test
  void aPairAndATripleAmongFewCandidates_areTwoWays_theClaimIsUnresolvedWithBoth() {
    DeductionResult d = claimBeside("3.29");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    // The pair first, then the triple's members: each way's authorizations together (each in the run's
    // order of authorizations, by amount).
    assertEquals(List.of("AU-P2", "AU-P1", "AU-T3", "AU-T2", "AU-T1"), d.candidates());
    assertEquals(cny("1703.29"), d.unresolved());
  }

  @Test
  void thePairAlone_isTaken() {
    DeductionResult d = claimBeside("3.30");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(List.of(AuthorizationMatch.of("AU-P2", cny("703.29")), AuthorizationMatch.of("AU-P1",
        cny("1000.00"))), d.matches());
  }

  @Test
  void aPairAmongManyCandidatesForItsAmount_isTaken_thoughThreeOthersAlsoAddUp() {
    // Ten candidates under a claim of 1,000.00: 45 pairs (1 in 2,222 by chance: taken) but 120 triples
    // (1 in 1,667: a triple found among them would be no evidence), so none is looked for.
    List<Authorization> auths = new ArrayList<>(List.of(
        auth("AU-P1", PROMOTION, null, "600.00"),
        auth("AU-P2", PROMOTION, null, "400.00"),
        auth("AU-T1", PROMOTION, null, "500.00"),
        auth("AU-T2", PROMOTION, null, "300.00"),
        auth("AU-T3", PROMOTION, null, "200.00")));
    for (String extra : List.of("1.01", "2.03", "4.07", "8.11", "16.13")) {
      auths.add(auth("AU-X" + extra, PROMOTION, null, extra));
    }
    DeductionResult d = MATCHER.match(List.of(ded("DD-1", "promotion", null, "1000.00")), auths)
        .deductionResult("DD-1").orElseThrow();
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(List.of(AuthorizationMatch.of("AU-P2", cny("400.00")), AuthorizationMatch.of("AU-P1",
        cny("600.00"))), d.matches());
  }
}
