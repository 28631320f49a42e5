package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a near match leaves of an authorization (no more than the tolerance) is not taken by a later
 * claim quoting it that is more than the tolerance above that rest: the document is used up, and such a
 * claim (a repeat spelled otherwise, or one over what was authorized) is disputed whole rather than
 * matched for a few fen. A claim about the size of the rest still takes it, and an untouched
 * authorization, however small, is taken by an over-claim as before.
 */
class DustRestTest {

  private final DeductionMatcher matcher = new DeductionMatcher(Fixtures.POLICY);

  @Test
  void aRestLeftByANearMatch_isNotTakenByALargerClaimQuotingIt() {
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-2026-0023157",
        "1026.29", JAN_31));
    MatchingResult run = matcher.match(List.of(
        ded("D1", "KA1", "promotion", "PRM.2026.23157", cny("1026.04"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM20260023157", cny("1026.04"), JAN_31.plusDays(17))), auths);
    DeductionResult first = run.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, first.state());
    assertEquals(cny("1026.04"), first.matched());
    DeductionResult repeat = run.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, repeat.state());
    assertEquals(cny("0.00"), repeat.matched());
    assertEquals(cny("1026.04"), repeat.disputed());
    assertEquals(cny("0.25"), run.authorizationBalances().get(0).remaining());
  }

  @Test
  void aClaimWithinTheToleranceOfTheRest_takesIt() {
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31));
    MatchingResult run = matcher.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("99.60"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("0.80"), JAN_31.plusDays(1))), auths);
    DeductionResult rest = run.deductionResult("D2").orElseThrow();
    // 0.80 is within the tolerance (0.50) of the 0.40 left: matched, the excess within tolerance written off.
    assertEquals(DeductionState.VALID, rest.state());
    assertEquals(cny("0.40"), rest.matched());
    assertEquals(cny("0.40"), rest.writtenOff());
    assertEquals(cny("0.00"), run.authorizationBalances().get(0).remaining());
  }

  @Test
  void aRestAboveTheTolerance_isTakenByAnOverClaimAsBefore() {
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31));
    MatchingResult run = matcher.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("99.49"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("50.00"), JAN_31.plusDays(1))), auths);
    DeductionResult over = run.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, over.state());
    assertEquals(cny("0.51"), over.matched());
    assertEquals(cny("49.49"), over.disputed());
  }

  @Test
  void anUntouchedAuthorizationSmallerThanTheTolerance_isTakenByAnOverClaim() {
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "0.30", JAN_31));
    MatchingResult run = matcher.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("100.00"), JAN_31)), auths);
    DeductionResult over = run.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, over.state());
    assertEquals(cny("0.30"), over.matched());
    assertEquals(cny("99.70"), over.disputed());
  }

  @Test
  void whetherARestIsTaken_doesNotDependOnWhichAuthorizationComesFirst() {
    // D1 (no reference) 99.60 is a near match of A1 (PRM-1, 100.00), leaving 0.40; D2 quotes PRM-1 for
    // 500.40, which A2 (PRM-1, 500.00) covers but 0.40: the rest of A1 is not taken, whichever is dated first.
    for (int a1Day : new int[] {0, 10}) {
      List<Authorization> auths = List.of(
          Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31.plusDays(a1Day)),
          Fixtures.auth("A2", "KA1", ReasonType.PROMOTION, "PRM-1", "500.00", JAN_31.plusDays(5)));
      MatchingResult run = matcher.match(List.of(
          ded("D1", "KA1", "promotion", null, cny("99.60"), JAN_31.plusDays(11)),
          ded("D2", "KA1", "promotion", "PRM-1", cny("500.40"), JAN_31.plusDays(12))), auths);
      DeductionResult d2 = run.deductionResult("D2").orElseThrow();
      assertEquals(DeductionState.VALID, d2.state(), "A1 on day " + a1Day);
      assertEquals(cny("500.00"), d2.matched(), "A1 on day " + a1Day);
      assertEquals(cny("0.40"), d2.writtenOff(), "A1 on day " + a1Day);
      assertEquals(cny("0.40"), run.authorizationBalances().stream().filter(b -> b.authorizationId().equals("A1"))
          .findFirst().orElseThrow().remaining(), "A1 on day " + a1Day);
    }
  }

  @Test
  void aClaimQuotingAUsedUpDocument_isDisputed_notMatchedByAmountToAnother() {
    // PRM-2026-0001 and PRM-2026-0002 are one edit apart: a later pass would take D2 by its amount as a
    // keying slip for A2, and leave D3, the real claim on A2, unauthorized. The reference names A1.
    List<Authorization> auths = List.of(
        Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-2026-0001", "100.00", JAN_31),
        Fixtures.auth("A2", "KA1", ReasonType.PROMOTION, "PRM-2026-0002", "100.00", JAN_31));
    for (String first : List.of("99.60", "100.00")) {
      MatchingResult run = matcher.match(List.of(
          ded("D1", "KA1", "promotion", "PRM-2026-0001", cny(first), JAN_31),
          ded("D2", "KA1", "promotion", "PRM-2026-0001", cny("99.80"), JAN_31.plusDays(1)),
          ded("D3", "KA1", "promotion", "PRM-2026-0002", cny("100.00"), JAN_31.plusDays(2))), auths);
      DeductionResult d2 = run.deductionResult("D2").orElseThrow();
      assertEquals(DeductionState.UNAUTHORIZED, d2.state(), first);
      assertEquals(cny("99.80"), d2.disputed(), first);
      DeductionResult d3 = run.deductionResult("D3").orElseThrow();
      assertEquals(DeductionState.VALID, d3.state(), first);
      assertEquals(List.of("A2"), d3.matches().stream().map(AuthorizationMatch::authorizationId).toList(), first);
    }
  }

  @Test
  void withARelativeTolerance_aBalanceLeftByAnExactPartClaim_isStillTakenByASmallerLaterClaim() {
    // 0.2% relative: A1 100,000.00, D1 takes 99,850.00 by its reference, leaving 150.00. A later claim
    // of 5,000.00 (tolerance 10.00) takes those 150.00 and disputes the rest; one of 99,800.00
    // (tolerance 199.60) finds only a rest within its tolerance and is disputed whole.
    DeductionMatcher relative = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .relativeTolerance(new java.math.BigDecimal("0.002")).build());
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100000.00", JAN_31));
    MatchingResult small = relative.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("99850.00"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("5000.00"), JAN_31.plusDays(1))), auths);
    DeductionResult d2 = small.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.PARTIALLY_VALID, d2.state());
    assertEquals(cny("150.00"), d2.matched());
    assertEquals(cny("4850.00"), d2.disputed());
    MatchingResult repeat = relative.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("99850.00"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("99800.00"), JAN_31.plusDays(1))), auths);
    DeductionResult again = repeat.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, again.state());
    assertEquals(cny("150.00"), repeat.authorizationBalances().get(0).remaining());
  }
}
