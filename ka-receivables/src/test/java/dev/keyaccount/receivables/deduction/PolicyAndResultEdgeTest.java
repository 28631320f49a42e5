package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of the policy's checks and the values' own consistency checks. Every policy here is built inside
 * the test (not taken from a shared constant) so that its defaults are computed when the test runs.
 */
class PolicyAndResultEdgeTest {

  private static MatchingPolicy.Builder policy() {
    return MatchingPolicy.builder().from(MatchingPolicy.standard(Currencies.CNY));
  }

  private static void rejected(String expected, MatchingPolicy.Builder builder) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void standard_computesTheDocumentedDefaults() {
    MatchingPolicy standard = MatchingPolicy.standard(Currencies.CNY);
    assertEquals(90, standard.dateWindowDays());
    assertEquals(10, standard.maxCandidatesReported());
    assertEquals(64, standard.maxCombinationCandidates());
    assertEquals(3, standard.maxCombinationSize());
    assertEquals(2, standard.maxReferenceEdits());
    assertEquals(cny("0.50"), standard.absoluteTolerance());
  }

  @Test
  void maxCombinationSize_acceptsOneToThree() {
    assertEquals(1, policy().maxCombinationSize(1).build().maxCombinationSize());
    assertEquals(3, policy().maxCombinationSize(3).build().maxCombinationSize());
    rejected("Argument 'maxCombinationSize' must be between 1 and 3 but has value 0", policy().maxCombinationSize(0));
    rejected("Argument 'maxCombinationSize' must be between 1 and 3 but has value 4", policy().maxCombinationSize(4));
  }

  @Test
  void maxCombinationCandidates_acceptsTwoTo256() {
    assertEquals(2, policy().maxCombinationCandidates(2).build().maxCombinationCandidates());
    assertEquals(256, policy().maxCombinationCandidates(256).build().maxCombinationCandidates());
    rejected("Argument 'maxCombinationCandidates' must be between 2 and 256 but has value 1",
        policy().maxCombinationCandidates(1));
    rejected("Argument 'maxCombinationCandidates' must be between 2 and 256 but has value 257",
        policy().maxCombinationCandidates(257));
  }

  @Test
  void openAuthorizations_leaveOutTheFullyConsumed() {
    MatchingResult result = new DeductionMatcher(MatchingPolicy.standard(Currencies.CNY)).match(
        List.of(ded("D1", "promotion", "PRM-1", "100.00"), ded("D2", "promotion", "PRM-2", "99.99")),
        List.of(auth("A1", PROMOTION, "PRM-1", "100.00"), auth("A2", PROMOTION, "PRM-2", "100.00")));
    assertEquals(cny("0.00"), result.deductionResult("D1").orElseThrow().unresolved());
    assertEquals(List.of("A2"),
        result.openAuthorizations().stream().map(AuthorizationBalance::authorizationId).collect(Collectors.toList()));
    assertEquals(cny("0.01"), result.openAuthorizations().get(0).remaining());
  }

  @Test
  void authorizationBalance_remainingNotAmountMinusConsumed_isRejectedNamingRemaining() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorizationBalance.builder()
        .authorizationId("A1").amount(cny("100.00")).consumed(cny("60.00")).remaining(cny("30.00")).build());
    assertEquals("Argument 'remaining' must equal amount CNY 100 - consumed CNY 60 but has value CNY 30",
        e.getMessage());
  }

  @Test
  void deductionResult_partsNotAddingUpToTheAmount_isRejectedNamingAmount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeductionResult.builder()
        .deductionId("D1").state(DeductionState.PARTIALLY_VALID).pass(MatchPass.REFERENCE).amount(cny("100.00"))
        .matched(cny("60.00")).disputed(cny("30.00")).writtenOff(cny("0.00")).unresolved(cny("0.00")).build());
    assertEquals("Argument 'amount' must equal matched + disputed + written off + unresolved = CNY 90"
        + " but has value CNY 100", e.getMessage());
  }
}
