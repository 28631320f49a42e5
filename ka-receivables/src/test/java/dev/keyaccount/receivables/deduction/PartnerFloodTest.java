package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bound on a split claim's partners ({@link ManyToOnePass#MAX_PARTNERS}): a claim of 250.00 and an
 * earlier one of 50.00 complete an authorization of 300.00 when the claim has exactly that many possible
 * partners (the 50.00 and unmatched claims of 7.00, all without a reference in the same account and
 * type); with one more, the claim is not searched but left unresolved with no candidate. An
 * authorization of 10,000,000.00 in the group spreads the
 * amounts so that the single pair is not taken for a coincidence.
 */
class PartnerFloodTest {

  private static MatchingResult flood(int sevens) {
    List<Deduction> claims = new ArrayList<>();
    for (int i = 0; i < sevens; i++) {
      claims.add(ded(String.format("W%05d", i), "KA1", "promotion", null, cny("7.00"), JAN_31.plusDays(1)));
    }
    claims.add(ded("V", "KA1", "promotion", null, cny("50.00"), JAN_31.plusDays(1)));
    claims.add(ded("X", "KA1", "promotion", null, cny("250.00"), JAN_31.plusDays(2)));
    return MATCHER.match(claims, List.of(
        auth("A1", "KA1", PROMOTION, null, "300.00", JAN_31),
        auth("A2", "KA1", PROMOTION, null, "10000000.00", JAN_31)));
  }

  @Test
  void exactlyTheBound_isCombined() {
    MatchingResult run = flood(ManyToOnePass.MAX_PARTNERS - 1);
    DeductionResult x = run.deductionResult("X").orElseThrow();
    assertEquals(DeductionState.VALID, x.state());
    assertEquals(MatchPass.COMBINATION, x.pass());
    assertEquals(List.of("A1"), x.matches().stream().map(AuthorizationMatch::authorizationId).toList());
    assertEquals(DeductionState.VALID, run.deductionResult("V").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, run.deductionResult("W00000").orElseThrow().state());
  }

  @Test
  void oneMoreThanTheBound_isLeftUnresolvedForAPerson() {
    MatchingResult run = flood(ManyToOnePass.MAX_PARTNERS);
    DeductionResult x = run.deductionResult("X").orElseThrow();
    assertNotEquals(MatchPass.COMBINATION, x.pass());
    assertEquals(List.of(), x.matches());
    assertEquals(List.of(), x.candidates());
    assertEquals(DeductionState.UNRESOLVED, x.state());
    assertEquals(cny("250.00"), x.unresolved());
    // V had 1,000 partners (the sevens): searched, nothing fits, so it stays unauthorized.
    assertEquals(DeductionState.UNAUTHORIZED, run.deductionResult("V").orElseThrow().state());
    assertEquals(cny("300.00"), run.openAuthorizations().stream()
        .filter(b -> b.authorizationId().equals("A1")).findFirst().orElseThrow().remaining());
  }
}
