package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.keyaccount.core.money.Currencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchingPolicy#splitPartnerDays()}: a claim without a reference is first combined with the
 * claims awaiting a complement dated close to it, and one completion among those few is held to the
 * coincidence odds over them alone.
 *
 * <p>The worked case: ten promotion authorizations dated 31 January, the largest 990.00 (99,000 fen),
 * among them AU-1 of 100.00; {@code far} claims of 5,000.00 and more (no sum of them reaches nothing,
 * no authorization is that large) dated 80 days before the authorizations; the split's first part of
 * 40.00 on day 50 and its second of 60.00 on day 60. Among all partners within twice the 90-day window
 * of the second part (far + 1), one pair adding up is expected by chance (far + 1) × 10 / 99,000 times:
 * 150 far claims make that 0.0153, above the standard policy's 1 in 100. Among the partners within 28
 * days (the first part alone) it is 1 × 10 / 99,000 = 0.0001.
 */
class SplitPartnerDaysTest {

  private static final DeductionMatcher STANDARD = new DeductionMatcher(POLICY);
  private static final DeductionMatcher WITHOUT = new DeductionMatcher(
      MatchingPolicy.builder().from(POLICY).splitPartnerDays(0).build());
  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  private static List<Authorization> authorizations() {
    List<Authorization> out = new ArrayList<>(List.of(auth("AU-1", "KA1", PROMOTION, null, "100.00", JAN_31)));
    for (int k = 1; k <= 9; k++) {
      out.add(auth("AU-B" + k, "KA1", PROMOTION, null, (900 + 10 * k) + ".00", JAN_31));
    }
    return out;
  }

  /** {@code far} claims of 5,000.01, 5,000.02, … dated {@code farDay} days from the authorizations. */
  private static List<Deduction> far(int count, int farDay) {
    List<Deduction> out = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      out.add(ded(String.format("DD-F%03d", k), "KA1", "promotion", null, cny(String.format("5000.%02d", k % 100))
          .add(cny(String.valueOf(k / 100))), JAN_31.plusDays(farDay)));
    }
    return out;
  }

  private static Deduction part(String id, String amount, int day) {
    return ded(id, "KA1", "promotion", null, cny(amount), JAN_31.plusDays(day));
  }

  private static List<Deduction> remittance(int farCount, int firstPartDay) {
    List<Deduction> out = new ArrayList<>(far(farCount, -80));
    out.add(part("DD-P1", "40.00", firstPartDay));
    out.add(part("DD-P2", "60.00", 60));
    return out;
  }

  @Test
  void aSplitWhosePartsAreClose_isTaken_whereAmongTheWholeWindowItWouldBeChance() {
    MatchingResult standard = STANDARD.match(remittance(150, 50), authorizations());
    for (String id : List.of("DD-P1", "DD-P2")) {
      DeductionResult d = standard.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(MatchPass.COMBINATION, d.pass(), id);
      assertEquals(List.of("AU-1"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList(), id);
    }
    assertEquals(cny("100.00"), standard.summary().consumed());
    // Without the closer look the same pair is one of 151 partners' sums: 0.0153 > 0.01, for a person.
    DeductionResult without = WITHOUT.match(remittance(150, 50), authorizations()).deductionResult("DD-P2")
        .orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, without.state());
    assertEquals(List.of("AU-1"), without.candidates());
  }

  @Test
  void fewPartnersInAll_decideAsBefore() {
    // 99 far claims: 100 × 10 / 99,000 = 0.0101 > 0.01 still; 98 far: 99 × 10 / 99,000 = 0.0100, taken
    // without the closer look as with it.
    assertEquals(DeductionState.VALID, WITHOUT.match(remittance(98, 50), authorizations())
        .deductionResult("DD-P2").orElseThrow().state());
    assertEquals(DeductionState.UNRESOLVED, WITHOUT.match(remittance(99, 50), authorizations())
        .deductionResult("DD-P2").orElseThrow().state());
    assertEquals(DeductionState.VALID, STANDARD.match(remittance(99, 50), authorizations())
        .deductionResult("DD-P2").orElseThrow().state());
  }

  @Test
  void aFirstPartBeyondTheReach_isLeftToTheWholeWindow() {
    // The first part 29 days before the second: not close; among all 151 partners the pair is chance.
    DeductionResult d = STANDARD.match(remittance(150, 31), authorizations()).deductionResult("DD-P2")
        .orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("AU-1"), d.candidates());
    // 28 days before: close.
    assertEquals(DeductionState.VALID, STANDARD.match(remittance(150, 32), authorizations())
        .deductionResult("DD-P2").orElseThrow().state());
  }

  @Test
  void twoCloseClaimsCompletingTheSameAuthorization_areLeftToAPerson() {
    // A repeated first part: two pairs complete AU-1, so neither is taken.
    List<Deduction> lines = remittance(150, 50);
    lines.add(part("DD-P1b", "40.00", 52));
    MatchingResult result = STANDARD.match(lines, authorizations());
    assertEquals(DeductionState.UNRESOLVED, result.deductionResult("DD-P2").orElseThrow().state());
    assertEquals(cny("0"), result.summary().consumed());
  }

  @Test
  void weekByWeek_decidesAsOneRun() {
    qt().withExamples(examples(60, 10)).forAll(integers().between(0, 200), integers().between(-20, 60),
        integers().between(0, 1)).checkAssert((farCount, firstPartDay, splitAt) -> {
          List<Deduction> all = remittance(farCount, firstPartDay);
          // Week one: everything before the second part (or before the first part); week two: the rest.
          int cut = all.size() - 1 - splitAt;
          MatchingResult one = STANDARD.match(all, authorizations(), EMPTY);
          DeductionLedger weekly = STANDARD.match(all.subList(cut, all.size()), authorizations(),
              STANDARD.match(all.subList(0, cut), authorizations(), EMPTY).ledger()).ledger();
          for (String id : List.of("DD-P1", "DD-P2")) {
            LedgerDeduction x = one.ledger().deduction(id).orElseThrow();
            LedgerDeduction y = weekly.deduction(id).orElseThrow();
            assertEquals(x.state(), y.state(), id);
            assertEquals(x.matched(), y.matched(), id);
          }
          // And the closer look decides by the rule: the pair is taken when the first part is within
          // 28 days of the second, or when among all partners the pair is no chance (n × 10 ≤ 990).
          boolean close = 60 - firstPartDay <= 28;
          boolean fewInAll = (farCount + 1) * 10 <= 990;
          assertEquals(close || fewInAll ? DeductionState.VALID : DeductionState.UNRESOLVED,
              one.deductionResult("DD-P2").orElseThrow().state(), "far " + farCount + ", first on day " + firstPartDay);
        });
  }

  @Test
  void aCloseCompletion_besideAnotherWithAFarPartner_isTwoWays_forAPerson() {
    // DD-D 60.00 completes AU-1 100.00 with the close DD-E 40.00 and AU-2 150.00 with the far DD-X 90.00.
    List<Authorization> auths = List.of(auth("AU-1", "KA1", PROMOTION, null, "100.00", JAN_31),
        auth("AU-2", "KA1", PROMOTION, null, "150.00", JAN_31));
    List<Deduction> lines = List.of(part("DD-X", "90.00", -80), part("DD-E", "40.00", 50), part("DD-D", "60.00", 60));
    for (DeductionMatcher matcher : List.of(STANDARD, WITHOUT)) {
      MatchingResult result = matcher.match(lines, auths);
      DeductionResult d = result.deductionResult("DD-D").orElseThrow();
      assertEquals(DeductionState.UNRESOLVED, d.state());
      assertEquals(List.of("AU-1", "AU-2"), d.candidates().stream().sorted().toList());
      assertEquals(cny("0"), result.summary().consumed());
    }
  }

  @Test
  void aFarPair_beatsThreeCloseParts_theFewestPartsWinning() {
    // DD-D 60.00 + the far DD-X 40.00 = AU-1 100.00; so do DD-D + the close DD-E 25.00 + DD-F 15.00.
    List<Authorization> auths = List.of(auth("AU-1", "KA1", PROMOTION, null, "100.00", JAN_31));
    List<Deduction> lines = List.of(part("DD-X", "40.00", -80), part("DD-E", "25.00", 50),
        part("DD-F", "15.00", 55), part("DD-D", "60.00", 60));
    MatchingResult result = STANDARD.match(lines, auths);
    for (String id : List.of("DD-X", "DD-D")) {
      DeductionResult d = result.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(List.of("AU-1"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList(), id);
    }
    for (String id : List.of("DD-E", "DD-F")) {
      assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult(id).orElseThrow().state(), id);
    }
  }

  @Test
  void threeCloseParts_areSearchedOnlyAmongFewPartnersInAll() {
    // DD-E 25.00 + DD-F 15.00 + DD-D 60.00 = AU-1 100.00, and DD-X 80.00 + DD-Y 35.00 + DD-D = AU-2
    // 175.00: two ways. With 70 far claims besides (75 partners in all, more than the 64 three parts are
    // searched among) neither is searched, with or without the closer look, so that the second way
    // cannot go unseen; with 10 far claims (14 partners) both are found: unresolved.
    List<Authorization> auths = List.of(auth("AU-1", "KA1", PROMOTION, null, "100.00", JAN_31),
        auth("AU-2", "KA1", PROMOTION, null, "175.00", JAN_31));
    for (int farCount : new int[] {70, 10}) {
      List<Deduction> lines = new ArrayList<>(far(farCount, -80));
      lines.add(part("DD-X", "80.00", -70));
      lines.add(part("DD-Y", "35.00", -60));
      lines.add(part("DD-E", "25.00", 50));
      lines.add(part("DD-F", "15.00", 55));
      lines.add(part("DD-D", "60.00", 60));
      for (DeductionMatcher matcher : List.of(STANDARD, WITHOUT)) {
        MatchingResult result = matcher.match(lines, auths);
        assertEquals(cny("0"), result.summary().consumed(), "far " + farCount);
        assertEquals(farCount == 70 ? DeductionState.UNAUTHORIZED : DeductionState.UNRESOLVED,
            result.deductionResult("DD-D").orElseThrow().state(), "far " + farCount);
      }
    }
    // One way only, among few partners in all: three close parts are taken where among all the window's
    // claims they would be chance. 12 far claims (14 partners): (14 + C(14,2)) × 2 / 17,500 = 0.012 > 0.01;
    // among the 2 close ones, (2 + 1) × 2 / 17,500 = 0.0003.
    List<Deduction> lines = new ArrayList<>(far(12, -80));
    lines.add(part("DD-E", "25.00", 50));
    lines.add(part("DD-F", "15.00", 55));
    lines.add(part("DD-D", "60.00", 60));
    List<Authorization> one = List.of(auth("AU-1", "KA1", PROMOTION, null, "100.00", JAN_31),
        auth("AU-2", "KA1", PROMOTION, null, "175.00", JAN_31));
    for (String id : List.of("DD-E", "DD-F", "DD-D")) {
      DeductionResult d = STANDARD.match(lines, one).deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(List.of("AU-1"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList(), id);
    }
    assertEquals(DeductionState.UNRESOLVED, WITHOUT.match(lines, one).deductionResult("DD-D").orElseThrow().state());
  }

  @Test
  void aSplitLikelyByChance_leavesTheClaimToANearAmount_elseUnresolved() {
    // Without the closer look, DD-P2's one completion (with DD-P1 into AU-1) is chance among 151
    // partners: 151 × 11 / 99,000 = 0.0168 > 0.01. No evidence, so AU-N of 60.30, within the 0.50
    // tolerance of DD-P2's 60.00, takes it as a near amount; without AU-N it is unresolved with AU-1.
    List<Authorization> withNear = new ArrayList<>(authorizations());
    withNear.add(auth("AU-N", "KA1", PROMOTION, null, "60.30", JAN_31));
    MatchingResult result = WITHOUT.match(remittance(150, 50), withNear);
    DeductionResult d = result.deductionResult("DD-P2").orElseThrow();
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.AMOUNT, d.pass());
    assertEquals(List.of("AU-N"), d.matches().stream().map(AuthorizationMatch::authorizationId).toList());
    assertEquals(cny("60.00"), d.matched());
    assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult("DD-P1").orElseThrow().state());
    DeductionResult alone = WITHOUT.match(remittance(150, 50), authorizations()).deductionResult("DD-P2")
        .orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, alone.state());
    assertEquals(List.of("AU-1"), alone.candidates());
    // A split part of 0.30 awaiting a complement: DD-P2 + DD-T = AU-T 60.30 exactly, likely chance, and
    // AU-T is also within the tolerance of DD-P2 alone: a near amount never takes what an exact
    // combination completes, so DD-P2 is unresolved with AU-T at once.
    List<Authorization> withT = new ArrayList<>(authorizations());
    withT.add(auth("AU-T", "KA1", PROMOTION, null, "60.30", JAN_31));
    List<Deduction> lines = new ArrayList<>(far(150, -80));
    lines.add(part("DD-T", "0.30", 50));
    lines.add(part("DD-P2", "60.00", 60));
    DeductionResult t = WITHOUT.match(lines, withT).deductionResult("DD-P2").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, t.state());
    assertEquals(List.of("AU-T"), t.candidates());
  }

  @Test
  void aChanceCompletion_leadsTheCandidates_whenTwoNearAmountsLeaveTheClaimUnresolved() {
    // As above, with two near amounts: neither decides it, and AU-1 (the chance completion) comes first.
    List<Authorization> twoNear = new ArrayList<>(authorizations());
    twoNear.add(auth("AU-N1", "KA1", PROMOTION, null, "60.30", JAN_31));
    twoNear.add(auth("AU-N2", "KA1", PROMOTION, null, "60.20", JAN_31));
    DeductionResult d = WITHOUT.match(remittance(150, 50), twoNear).deductionResult("DD-P2").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals("AU-1", d.candidates().get(0));
    assertEquals(List.of("AU-1", "AU-N1", "AU-N2"), d.candidates().stream().sorted().toList());
  }

  @Test
  void whatALaterCombinationLeavesOfTheChanceCompletion_isNotTakenAsANearAmount() {
    // Combination tolerance 1.00. DD-D 0.80 + DD-E 99.20 = AU-A 100.00 among 34 partners: 34 × 10 /
    // 19,900 = 0.017, chance. Later that date DD-D2 30.00 + DD-E2 30.00 + DD-F2 39.20 = 99.20 takes AU-A
    // within the tolerance and leaves 0.80, within the near tolerance of DD-D: a near amount never takes
    // what an exact combination completes, so DD-D is unresolved with AU-A.
    List<Deduction> lines = new ArrayList<>();
    for (int k = 1; k <= 30; k++) {
      lines.add(part(String.format("DD-F%03d", k), "5000." + (10 + k), -80));
    }
    lines.add(part("DD-E", "99.20", 20));
    lines.add(part("DD-E2", "30.00", 55));
    lines.add(part("DD-F2", "39.20", 55));
    lines.add(part("DD-D", "0.80", 60));
    lines.add(part("DD-D2", "30.00", 60));
    List<Authorization> auths = new ArrayList<>(List.of(auth("AU-A", "KA1", PROMOTION, null, "100.00", JAN_31)));
    for (int k = 1; k <= 9; k++) {
      auths.add(auth("AU-B" + k, "KA1", PROMOTION, null, (190 + k) + ".00", JAN_31));
    }
    MatchingResult result = new DeductionMatcher(MatchingPolicy.builder().from(POLICY)
        .combinationTolerance(cny("1.00")).build()).match(lines, auths);
    assertEquals(List.of("AU-A"), result.deductionResult("DD-D2").orElseThrow().matches().stream()
        .map(AuthorizationMatch::authorizationId).toList());
    DeductionResult d = result.deductionResult("DD-D").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("AU-A"), d.candidates());
  }

  @Test
  void randomAccounts_weekByWeek_decideAsOneRun() {
    qt().withExamples(examples(300, 30)).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
      // Small or crowded accounts of round amounts (many sums coincide), claims without a reference
      // spread over 180 days, cut into weeks; with and without the closer look.
      java.util.Random random = new java.util.Random(seed);
      boolean crowded = random.nextBoolean();
      List<Authorization> auths = new ArrayList<>();
      for (int k = 0, count = crowded ? 5 + random.nextInt(40) : 1 + random.nextInt(6); k < count; k++) {
        auths.add(auth("AU-" + k, "KA1", PROMOTION, null, (crowded ? 50 + random.nextInt(60) : 90 + 10 * random.nextInt(7))
            + ".00", JAN_31.plusDays(random.nextInt(120))));
      }
      List<Deduction> lines = new ArrayList<>();
      for (int k = 0, count = crowded ? 10 + random.nextInt(60) : 3 + random.nextInt(12); k < count; k++) {
        lines.add(part("DD-" + k, (crowded ? 5 + random.nextInt(60) : 20 + 5 * random.nextInt(15)) + ".00",
            random.nextInt(160) - 20));
      }
      for (DeductionMatcher matcher : List.of(STANDARD, WITHOUT)) {
        MatchingResult one = matcher.match(lines, auths, EMPTY);
        java.util.TreeMap<Long, List<Deduction>> weeks = new java.util.TreeMap<>();
        for (Deduction d : lines) {
          weeks.computeIfAbsent(Math.floorDiv(d.date().toEpochDay(), 7), w -> new ArrayList<>()).add(d);
        }
        DeductionLedger ledger = EMPTY;
        for (List<Deduction> week : weeks.values()) {
          ledger = matcher.match(week, auths, ledger).ledger();
        }
        for (Deduction d : lines) {
          LedgerDeduction x = one.ledger().deduction(d.id()).orElseThrow();
          LedgerDeduction y = ledger.deduction(d.id()).orElseThrow();
          assertEquals(x.state(), y.state(), "seed " + seed + ", " + d.id());
          assertEquals(x.matched(), y.matched(), "seed " + seed + ", " + d.id());
        }
        for (Authorization a : auths) {
          assertEquals(one.ledger().authorizationUse(a.id()).map(AuthorizationUse::remaining),
              ledger.authorizationUse(a.id()).map(AuthorizationUse::remaining), "seed " + seed + ", " + a.id());
        }
      }
    });
  }
}
