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

  private static org.javamoney.moneta.Money money(String value) {
    return dev.keyaccount.core.money.Monies.of(cny(value));
  }

  private static LedgerDeduction.Builder ledgerLine(String matched, String unresolved) {
    return LedgerDeduction.builder().id("D1").accountId("KA1").amount(money("100.00"))
        .date(java.time.LocalDate.of(2026, 5, 31)).state(DeductionState.PARTIALLY_VALID).matched(money(matched))
        .writtenOff(money("0.00")).disputed(money("0.00")).unresolved(money(unresolved)).recovered(money("0"))
        .lossAccepted(money("0"));
  }

  @Test
  void ledgerDeduction_partsAddingUp_isBuilt() {
    assertEquals(cny("40.00"), ledgerLine("60.00", "40.00").build().open());
  }

  @Test
  void ledgerDeduction_partsNotAddingUpToTheAmount_isRejectedNamingAmount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledgerLine("60.00", "30.00")
        .build());
    assertEquals("Argument 'amount' must equal matched + written off + disputed + unresolved + recovered + loss"
        + " accepted = CNY 90 but has value CNY 100", e.getMessage());
  }

  @Test
  void ledgerDeduction_aNegativePart_isRejectedNamingTheDeduction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledgerLine("110.00", "-10.00")
        .build());
    assertEquals(true, e.getMessage().startsWith("Argument 'parts of D1' must not be negative"), e.getMessage());
  }

  @Test
  void ledgerDeduction_aPartInAnotherCurrency_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ledgerLine("60.00", "40.00")
        .unresolved(dev.keyaccount.core.money.Monies.of(new java.math.BigDecimal("40.00"), Currencies.USD)).build());
  }

  @Test
  void authorizationUse_consumedOnce_sumsToThatConsumption_andOverConsumption_namesTheSum() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 31);
    AuthorizationUse once = AuthorizationUse.builder().authorizationId("A1").amount(money("100.00"))
        .addConsumptions(Consumption.of("D1", cny("60.00"), day)).build();
    assertEquals(cny("60"), once.consumed());
    assertEquals(cny("40"), once.remaining());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthorizationUse.builder()
        .authorizationId("A1").amount(money("100.00")).addConsumptions(Consumption.of("D1", cny("100.50"), day))
        .build());
    assertEquals("Argument 'consumptions' must add up to at most the amount CNY 100 but has value CNY 100.5",
        e.getMessage());
  }
}
