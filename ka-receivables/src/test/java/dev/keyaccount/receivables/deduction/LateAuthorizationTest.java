package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An authorization listed for the first time after the deductions that claim it (an accrual keyed late):
 * the ledger's unauthorized deductions of its account are tried again, before the week's own lines, as
 * one run over all the weeks would have matched them.
 */
class LateAuthorizationTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  /** Week 1: a claim without a reference and one quoting a reference, neither authorization listed yet. */
  private static final List<Deduction> WEEK1 = List.of(
      ded("DL-1", "KA1", "promotion", null, cny("812.34"), JAN_31),
      ded("DR-1", "KA1", "promotion", "PRM-2026-3", cny("500.00"), JAN_31.plusDays(1)));
  /** Week 2: an unrelated claim of the same account. */
  private static final List<Deduction> WEEK2 = List.of(
      ded("DZ-1", "KA1", "promotion", null, cny("77.00"), JAN_31.plusDays(8)));
  private static final Authorization OTHER = auth("AU-O", "KA1", PROMOTION, "PRM-2026-9", "9000.00", JAN_31);
  private static final Authorization LATE_L = auth("AU-L", "KA1", PROMOTION, null, "812.34", JAN_31);
  private static final Authorization LATE_R = auth("AU-R", "KA1", PROMOTION, "PRM-2026-0000003", "500.00",
      JAN_31);

  @Test
  void deductionsBeforeTheirAuthorization_areMatchedWhenItIsFirstListed_asInOneRun() {
    MatchingResult week1 = MATCHER.match(WEEK1, List.of(OTHER), EMPTY);
    assertEquals(DeductionState.UNAUTHORIZED, week1.deductionResult("DL-1").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, week1.deductionResult("DR-1").orElseThrow().state());
    MatchingResult week2 = MATCHER.match(WEEK2, List.of(OTHER, LATE_L, LATE_R), week1.ledger());

    List<Deduction> all = new ArrayList<>(WEEK1);
    all.addAll(WEEK2);
    MatchingResult one = MATCHER.match(all, List.of(OTHER, LATE_L, LATE_R));
    for (String id : List.of("DL-1", "DR-1", "DZ-1")) {
      DeductionResult expected = one.deductionResult(id).orElseThrow();
      LedgerDeduction actual = week2.ledger().deduction(id).orElseThrow();
      assertEquals(expected.state(), actual.state(), id);
      assertEquals(Monies.of(expected.matched()), actual.matched(), id);
    }
    assertEquals(DeductionState.VALID, week2.ledger().deduction("DL-1").orElseThrow().state());
    assertEquals(DeductionState.VALID, week2.ledger().deduction("DR-1").orElseThrow().state());
    assertEquals(List.of("DL-1", "DR-1"),
        week2.changedDeductions().stream().map(DeductionResult::deductionId).sorted().toList());
    DeductionResult dr = week2.changedDeductions().stream().filter(r -> r.deductionId().equals("DR-1"))
        .findFirst().orElseThrow();
    assertEquals(MatchPass.REFERENCE, dr.pass());
    assertEquals(List.of("AU-R"), dr.matches().stream().map(m -> m.authorizationId()).toList());
    assertEquals(cny("812.34"), week2.ledger().authorizationUse("AU-L").orElseThrow().consumed());
    assertEquals(cny("500.00"), week2.ledger().authorizationUse("AU-R").orElseThrow().consumed());
    assertTrue(week2.ledger().openDeductions().stream().noneMatch(d -> d.id().startsWith("D") && !d.id().equals("DZ-1")));
  }

  @Test
  void anAuthorizationLeftOutOfOneExport_isNotNew_whenListedAgain_soNothingIsTriedAgain() {
    // AP listed in week 1 and used in part, left out of week 2's export (P2 is then unauthorized: the
    // documented effect of an authorization missing from a week's file), listed again in week 3 with P3
    // for the same remainder. AP is not new to the ledger, so P2 is not tried again and P3 finishes it.
    Authorization ap = auth("AP", "KA1", PROMOTION, "PRM-77", "1000.00", JAN_31);
    MatchingResult week1 = MATCHER.match(List.of(ded("P1", "KA1", "promotion", "PRM-77", cny("600.00"), JAN_31)),
        List.of(ap), EMPTY);
    assertEquals(DeductionState.VALID, week1.deductionResult("P1").orElseThrow().state());
    MatchingResult week2 = MATCHER.match(
        List.of(ded("P2", "KA1", "promotion", null, cny("400.00"), JAN_31.plusDays(7))), List.of(OTHER),
        week1.ledger());
    assertEquals(DeductionState.UNAUTHORIZED, week2.deductionResult("P2").orElseThrow().state());
    MatchingResult week3 = MATCHER.match(
        List.of(ded("P3", "KA1", "promotion", null, cny("400.00"), JAN_31.plusDays(14))), List.of(OTHER, ap),
        week2.ledger());
    assertEquals(DeductionState.VALID, week3.deductionResult("P3").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, week3.ledger().deduction("P2").orElseThrow().state());
  }

  @Test
  void aClaimTriedAgainThatNothingTakes_keepsItsStateAndIsNotReported() {
    MatchingResult week1 = MATCHER.match(WEEK1, List.of(OTHER), EMPTY);
    Authorization unrelated = auth("AU-N", "KA1", PROMOTION, "PRM-2026-7", "123.00", JAN_31);
    MatchingResult week2 = MATCHER.match(WEEK2, List.of(OTHER, unrelated), week1.ledger());
    assertTrue(week2.changedDeductions().isEmpty());
    assertEquals(week1.ledger().deduction("DL-1"), week2.ledger().deduction("DL-1"));
    assertEquals(week1.ledger().deduction("DR-1"), week2.ledger().deduction("DR-1"));
  }

  @Test
  void anAccountWithoutALineInTheRun_isNotTriedAgain_itsAuthorizationsAreNotRead() {
    MatchingResult week1 = MATCHER.match(WEEK1, List.of(OTHER), EMPTY);
    List<Deduction> otherAccount = List.of(ded("DZ-9", "KA9", "promotion", null, cny("77.00"), JAN_31.plusDays(8)));
    MatchingResult week2 = MATCHER.match(otherAccount, List.of(OTHER, LATE_L, LATE_R), week1.ledger());
    assertEquals(DeductionState.UNAUTHORIZED, week2.ledger().deduction("DL-1").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, week2.ledger().deduction("DR-1").orElseThrow().state());
    assertTrue(week2.changedDeductions().isEmpty());
  }

  @Test
  void aDecidedClaim_isNeverTriedAgain() {
    MatchingResult week1 = MATCHER.match(WEEK1, List.of(OTHER), EMPTY);
    DeductionLedger disputed = week1.ledger().apply(DeductionDecision.builder().deductionId("DR-1")
        .kind(DeductionDecision.Kind.DISPUTE).date(JAN_31.plusDays(3)).build());
    MatchingResult week2 = MATCHER.match(WEEK2, List.of(OTHER, LATE_L, LATE_R), disputed);
    assertEquals(disputed.deduction("DR-1"), week2.ledger().deduction("DR-1"));
    assertEquals(DeductionState.VALID, week2.ledger().deduction("DL-1").orElseThrow().state());
  }

  /** Week 1's claims against the authorizations of week 1; week 2 adds {@code fresh} and one unrelated claim. */
  private static MatchingResult twoWeeks(DeductionMatcher matcher, List<Deduction> week1, List<Authorization> fresh) {
    MatchingResult first = matcher.match(week1, List.of(OTHER), EMPTY);
    for (Deduction d : week1) {
      DeductionState state = first.deductionResult(d.id()).orElseThrow().state();
      assertTrue(state == DeductionState.UNAUTHORIZED || state == DeductionState.WRITTEN_OFF
          || state == DeductionState.UNRESOLVED, d.id() + " " + state);
    }
    List<Authorization> listed = new ArrayList<>(fresh);
    listed.add(OTHER);
    return matcher.match(WEEK2, listed, first.ledger());
  }

  private static LedgerDeduction after(MatchingResult week2, String id) {
    return week2.ledger().deduction(id).orElseThrow();
  }

  @Test
  void aClaimQuotingTheNewReference_forPartOfIt_isTakenByReference() {
    MatchingResult week2 = twoWeeks(MATCHER,
        List.of(ded("DR-2", "KA1", "promotion", "prm 2026 3", cny("300.00"), JAN_31)), List.of(LATE_R));
    assertEquals(DeductionState.VALID, after(week2, "DR-2").state());
    assertEquals(MatchPass.REFERENCE, week2.changedDeductions().get(0).pass());
    assertEquals(cny("300.00"), week2.ledger().authorizationUse("AU-R").orElseThrow().consumed());
  }

  @Test
  void aClaimEqualToTwoNewAuthorizations_isNotTakenAsOneClaimForSeveral() {
    // Whether a sum found by amount alone is evidence depends on every candidate the claim's date had
    // (a tester's account of 15 small open authorizations made such a pair a likely coincidence in one
    // run): tried again, a claim is not matched to a combination of new authorizations.
    MatchingResult week2 = twoWeeks(MATCHER,
        List.of(ded("DL-2", "KA1", "promotion", null, cny("812.34"), JAN_31)),
        List.of(auth("AU-A", "KA1", PROMOTION, null, "500.00", JAN_31),
            auth("AU-B", "KA1", PROMOTION, null, "312.34", JAN_31)));
    assertEquals(DeductionState.UNAUTHORIZED, after(week2, "DL-2").state());
    assertTrue(week2.changedDeductions().isEmpty());
  }

  @Test
  void aClaimNearTheNewAuthorization_isTakenByNearAmount() {
    MatchingResult week2 = twoWeeks(MATCHER,
        List.of(ded("DL-3", "KA1", "promotion", null, cny("812.00"), JAN_31)), List.of(LATE_L));
    assertEquals(DeductionState.VALID, after(week2, "DL-3").state());
    assertEquals(cny("812.00"), week2.ledger().authorizationUse("AU-L").orElseThrow().consumed());
  }

  @Test
  void theExactAmount_isTriedBeforeTheNearOnes() {
    // Two new authorizations within the tolerance of the claim: the exact one takes it; by near amount
    // alone, the two would leave it unresolved.
    MatchingResult week2 = twoWeeks(MATCHER,
        List.of(ded("DL-4", "KA1", "promotion", null, cny("500.00"), JAN_31)),
        List.of(auth("AU-X", "KA1", PROMOTION, null, "500.00", JAN_31),
            auth("AU-Y", "KA1", PROMOTION, null, "500.40", JAN_31)));
    assertEquals(DeductionState.VALID, after(week2, "DL-4").state());
    assertEquals(cny("500.00"), week2.ledger().authorizationUse("AU-X").orElseThrow().consumed());
  }

  @Test
  void aClaimWrittenOffAsSmall_isTakenByTheNewAuthorization() {
    DeductionMatcher writingOff = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .defaultWriteOffThreshold(cny("10.00")).build());
    MatchingResult week2 = twoWeeks(writingOff,
        List.of(ded("DW-1", "KA1", "promotion", null, cny("8.00"), JAN_31)),
        List.of(auth("AU-W", "KA1", PROMOTION, null, "8.00", JAN_31)));
    assertEquals(DeductionState.VALID, after(week2, "DW-1").state());
    assertEquals(cny("0"), after(week2, "DW-1").writtenOff());
  }

  @Test
  void anUnresolvedClaim_isNotTriedAgain() {
    // Two authorizations of the claim's amount in week 1 leave it for a person. In week 2 the second is
    // listed with another amount and a new one of the claim's amount comes: tried again, the claim would
    // take the new one alone; it is not tried again.
    List<Authorization> two = List.of(auth("AU-1", "KA1", PROMOTION, null, "700.00", JAN_31),
        auth("AU-2", "KA1", PROMOTION, null, "700.00", JAN_31));
    MatchingResult week1 = MATCHER.match(List.of(ded("DU-1", "KA1", "promotion", null, cny("700.00"), JAN_31)),
        two, EMPTY);
    assertEquals(DeductionState.UNRESOLVED, week1.deductionResult("DU-1").orElseThrow().state());
    List<Authorization> relisted = List.of(two.get(0), auth("AU-2", "KA1", PROMOTION, null, "800.00", JAN_31),
        auth("AU-3", "KA1", PROMOTION, null, "700.00", JAN_31));
    MatchingResult week2 = MATCHER.match(WEEK2, relisted, week1.ledger());
    assertEquals(week1.ledger().deduction("DU-1"), week2.ledger().deduction("DU-1"));
    assertTrue(week2.changedDeductions().isEmpty());
  }

  @Test
  void aClaimTriedAgain_takesOnlyNewAuthorizations_notWhatAnOlderOneHasLeft() {
    // Week 1: A (150) is not L1's amount (100); L0 then takes 50 of A by its reference, leaving 100. In
    // week 2 a new authorization F of another amount is listed: L1 is tried again against F only, and
    // stays unauthorized, as in one run over both weeks (A held 150 on L1's date).
    Authorization a = auth("A", "KA1", PROMOTION, "RA-1", "150.00", JAN_31);
    List<Deduction> week1Lines = List.of(ded("L1", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(1)),
        ded("L0", "KA1", "promotion", "RA-1", cny("50.00"), JAN_31.plusDays(2)));
    MatchingResult week1 = MATCHER.match(week1Lines, List.of(a), EMPTY);
    assertEquals(DeductionState.UNAUTHORIZED, week1.deductionResult("L1").orElseThrow().state());
    Authorization f = auth("F", "KA1", PROMOTION, null, "77.00", JAN_31);
    MatchingResult week2 = MATCHER.match(WEEK2, List.of(a, f), week1.ledger());
    List<Deduction> all = new ArrayList<>(week1Lines);
    all.addAll(WEEK2);
    MatchingResult one = MATCHER.match(all, List.of(a, f));
    assertEquals(one.deductionResult("L1").orElseThrow().state(), after(week2, "L1").state());
    assertEquals(DeductionState.UNAUTHORIZED, after(week2, "L1").state());
    assertTrue(week2.changedDeductions().isEmpty());
    // A claim of this week quoting A's reference still gets A's rest, whatever is new beside it.
    MatchingResult withClaim = MATCHER.match(
        List.of(ded("N", "KA1", "promotion", "RA-1", cny("100.00"), JAN_31.plusDays(8))),
        List.of(a, auth("F2", "KA1", PROMOTION, "XX-9", "3.00", JAN_31)), week1.ledger());
    assertEquals(DeductionState.VALID, withClaim.deductionResult("N").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, after(withClaim, "L1").state());
  }

  @Test
  void aClaimThatTwoNewAuthorizationsFit_keepsItsState() {
    MatchingResult week2 = twoWeeks(MATCHER,
        List.of(ded("DT-1", "KA1", "promotion", null, cny("700.00"), JAN_31)),
        List.of(auth("AU-S", "KA1", PROMOTION, null, "700.00", JAN_31),
            auth("AU-T", "KA1", PROMOTION, null, "700.00", JAN_31)));
    assertEquals(DeductionState.UNAUTHORIZED, after(week2, "DT-1").state());
    assertEquals(cny("700.00"), after(week2, "DT-1").disputed());
    assertTrue(week2.changedDeductions().isEmpty());
  }

  @Test
  void claimsOfOneDate_areTriedAgainInIdOrder_whicheverRunBroughtThem() {
    // DQ-1 comes in a large first week, DQ-2 of the same date and amount in a small second one (kept as a
    // layer over the first week's columns); the new authorization goes to DQ-1, the first by id.
    List<Deduction> large = new ArrayList<>();
    large.add(ded("DQ-1", "KA1", "promotion", null, cny("400.00"), JAN_31));
    List<Authorization> fillers = new ArrayList<>(List.of(OTHER));
    for (int i = 0; i < 12; i++) {
      large.add(ded("F-" + i, "KA2", "promotion", "F" + i, cny("10.00"), JAN_31));
      fillers.add(auth("AF-" + i, "KA2", PROMOTION, "F" + i, "10.00", JAN_31));
    }
    MatchingResult week1 = MATCHER.match(large, fillers, EMPTY);
    MatchingResult week2 = MATCHER.match(List.of(ded("DQ-2", "KA1", "promotion", null, cny("400.00"), JAN_31)),
        List.of(OTHER), week1.ledger());
    List<Authorization> listed = new ArrayList<>(fillers);
    listed.add(auth("AU-Q", "KA1", PROMOTION, null, "400.00", JAN_31));
    MatchingResult week3 = MATCHER.match(WEEK2, listed, week2.ledger());
    assertEquals(DeductionState.VALID, after(week3, "DQ-1").state());
    assertEquals(DeductionState.UNAUTHORIZED, after(week3, "DQ-2").state());
  }
}
