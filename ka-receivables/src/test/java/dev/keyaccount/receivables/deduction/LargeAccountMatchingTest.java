package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A large account (大客户): more open authorizations of one type than the three-part search looks at
 * ({@link MatchingPolicy#maxCombinationCandidates()}, 64). A deduction without a reference for which
 * no pair adds up is not left unresolved at once: it may still complete waiting deductions into one
 * authorization, or be a near amount of one authorization; if neither decides it, it is unresolved
 * when three of its candidates add up (searched then), and unauthorized when none do.
 *
 * <p>The account's 100 background promotions are CNY 100.01, 130.01, …, 3070.01: every pair of them
 * ends in .02 and every three in .03, so no pair adds up to the amounts below, and three add up only to
 * an amount ending in .03 (2790.03 = the promotions 0, 1 and 82, among others).
 */
class LargeAccountMatchingTest {

  private static final String ACCOUNT = "KL1";
  private static final LocalDate FEB_1 = JAN_31.plusDays(1);

  private static List<Authorization> background() {
    List<Authorization> out = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      out.add(auth(String.format("B%03d", k), ACCOUNT, PROMOTION, null, (100 + 30 * k) + ".01", JAN_31));
    }
    return out;
  }

  private static List<Authorization> authorizations(Authorization... more) {
    List<Authorization> out = background();
    out.addAll(List.of(more));
    return out;
  }

  private static Deduction line(String id, String amount, int day) {
    return ded(id, ACCOUNT, "promotion", null, cny(amount), FEB_1.plusDays(day));
  }

  private static DeductionResult only(MatchingResult result, String id) {
    return result.deductionResult(id).orElseThrow();
  }

  @Test
  void theAccount_isBeyondTheThreePartSearch() {
    assertEquals(64, POLICY.maxCombinationCandidates());
    assertTrue(background().size() > POLICY.maxCombinationCandidates());
  }

  @Test
  void splitInTwo_secondPartCompletesTheFirst() {
    // The first part (1500.00) has 47 smaller promotions: searched in full, nothing adds up, it waits.
    // The second (3500.00) has all 100 below it: no pair, three not searched; it completes the first.
    MatchingResult result = MATCHER.match(List.of(line("D1", "1500.00", 0), line("D2", "3500.00", 14)),
        authorizations(auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31)));
    for (String id : List.of("D1", "D2")) {
      DeductionResult d = only(result, id);
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(MatchPass.COMBINATION, d.pass(), id);
      assertEquals("S", d.matches().get(0).authorizationId(), id);
    }
    assertEquals(cny("5000.00"), result.summary().consumed());
  }

  @Test
  void splitInTwo_acrossWeeks_throughTheLedger_completesTheWaitingPart() {
    Authorization split = auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31);
    MatchingResult first = MATCHER.match(List.of(line("D1", "1500.00", 0)), authorizations(split),
        DeductionLedger.empty(POLICY.currency()));
    assertEquals(DeductionState.UNAUTHORIZED, only(first, "D1").state());
    assertTrue(first.ledger().deduction("D1").orElseThrow().awaitsComplement());

    MatchingResult second = MATCHER.match(List.of(line("D2", "3500.00", 14)), authorizations(split), first.ledger());
    assertEquals(DeductionState.VALID, only(second, "D2").state());
    List<DeductionResult> changed = second.changedDeductions();
    assertEquals(1, changed.size());
    assertEquals("D1", changed.get(0).deductionId());
    assertEquals(DeductionState.VALID, changed.get(0).state());
    assertEquals(cny("1500.00"), changed.get(0).matched());
    assertTrue(!second.ledger().deduction("D1").orElseThrow().awaitsComplement());
  }

  @Test
  void nearAmount_singleCandidateWithinTolerance_isMatched() {
    // 2200.30 has 71 promotions below it; only B070 (2200.01) is within the tolerance of CNY 0.50.
    DeductionResult d = only(MATCHER.match(List.of(line("D1", "2200.30", 3)), background()), "D1");
    assertEquals(DeductionState.VALID, d.state());
    assertEquals(MatchPass.AMOUNT, d.pass());
    assertEquals(List.of(AuthorizationMatch.of("B070", cny("2200.01"))), d.matches());
    assertEquals(cny("0.29"), d.writtenOff());
  }

  @Test
  void nearAmount_tie_staysUnresolvedWithBoth() {
    DeductionResult d = only(MATCHER.match(List.of(line("D1", "2515.20", 3)),
        authorizations(auth("T1", ACCOUNT, PROMOTION, null, "2515.00", JAN_31),
            auth("T2", ACCOUNT, PROMOTION, null, "2515.40", JAN_31))), "D1");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("T1", "T2"), d.candidates());
    assertTrue(d.matches().isEmpty());
  }

  @Test
  void nothingDecides_andThreeAddUp_isUnresolvedWithTheUnsearchedCandidates() {
    // 2790.03: no pair, no near amount (B089 is 2770.01); three of the 90 below it add up.
    DeductionResult d = only(MATCHER.match(List.of(line("D1", "2790.03", 3)), background()), "D1");
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(POLICY.maxCandidatesReported(), d.candidates().size());
    assertEquals(cny("2790.03"), d.unresolved());
  }

  @Test
  void nothingDecides_andNothingAddsUp_isUnauthorized() {
    // 2800.55 is 0.54 from B090: outside the tolerance; no pair or three of the 91 below it add up.
    DeductionResult d = only(MATCHER.match(List.of(line("D1", "2800.55", 3)), background()), "D1");
    assertEquals(DeductionState.UNAUTHORIZED, d.state());
    assertTrue(d.candidates().isEmpty());
    assertEquals(cny("2800.55"), d.disputed());
  }

  @Test
  void nothingDecides_amongMoreCandidatesThanAreSearchedAtTheEnd_isUnresolved() {
    // 1,024 or 1,025 promotions of 100.01 + k: no pair (.02) or three (.03) adds up to 2000.55. Up to
    // 1,024 candidates, that is shown and the claim is unauthorized; beyond, nothing is excluded.
    for (int count : new int[] {OneToManyPass.MAX_EXCLUDED, OneToManyPass.MAX_EXCLUDED + 1}) {
      List<Authorization> many = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        many.add(auth(String.format("M%04d", k), ACCOUNT, PROMOTION, null, (100 + k) + ".01", JAN_31));
      }
      DeductionResult d = only(MATCHER.match(List.of(line("D1", "2000.55", 3)), many), "D1");
      assertEquals(count <= OneToManyPass.MAX_EXCLUDED ? DeductionState.UNAUTHORIZED : DeductionState.UNRESOLVED,
          d.state(), count + " candidates");
    }
  }

  @Test
  void anUnresolvedPart_isCompletedByTheLaterPart_inOneRunAndWeekByWeek() {
    // D1 2790.03 on day 3: no pair, three of the 90 below it add up, no near amount: UNRESOLVED.
    // D2 2209.97 on day 20 completes it into S (5000.00): 2790.03 + 2209.97 = 5000.00.
    Authorization split = auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31);
    MatchingResult once = MATCHER.match(List.of(line("D1", "2790.03", 3), line("D2", "2209.97", 20)),
        authorizations(split));
    for (String id : List.of("D1", "D2")) {
      DeductionResult d = only(once, id);
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(MatchPass.COMBINATION, d.pass(), id);
      assertTrue(d.candidates().isEmpty(), id);
    }
    assertEquals(cny("5000.00"), once.summary().consumed());

    MatchingResult first = MATCHER.match(List.of(line("D1", "2790.03", 3)), authorizations(split),
        DeductionLedger.empty(POLICY.currency()));
    assertEquals(DeductionState.UNRESOLVED, only(first, "D1").state());
    assertTrue(first.ledger().deduction("D1").orElseThrow().awaitsComplement());
    MatchingResult second = MATCHER.match(List.of(line("D2", "2209.97", 20)), authorizations(split), first.ledger());
    assertEquals(DeductionState.VALID, only(second, "D2").state());
    DeductionResult completed = second.changedDeductions().get(0);
    assertEquals("D1", completed.deductionId());
    assertEquals(DeductionState.VALID, completed.state());
    assertEquals(List.of(AuthorizationMatch.of("S", cny("2790.03"))), completed.matches());
    assertEquals(cny("0"), completed.unresolved());
  }

  @Test
  void aPersonsDecision_onAnUnresolvedPart_isNeverOverriddenByALaterPart() {
    Authorization split = auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31);
    MatchingResult first = MATCHER.match(List.of(line("D1", "2800.55", 3)), authorizations(split),
        DeductionLedger.empty(POLICY.currency()));
    DeductionLedger decided = first.ledger().apply(DeductionDecision.builder().deductionId("D1")
        .kind(DeductionDecision.Kind.DISPUTE).date(FEB_1.plusDays(5)).build());
    assertTrue(!decided.deduction("D1").orElseThrow().awaitsComplement());
    MatchingResult second = MATCHER.match(List.of(line("D2", "2199.45", 20)), authorizations(split), decided);
    assertTrue(second.changedDeductions().isEmpty());
    // D2 alone: no pair, nor three (they end in .03): unauthorized, and D1 stays as the person decided.
    assertEquals(DeductionState.UNAUTHORIZED, only(second, "D2").state());
    assertEquals(decided.deduction("D1").orElseThrow(), second.ledger().deduction("D1").orElseThrow());
    assertEquals(cny("2800.55"), second.ledger().deduction("D1").orElseThrow().disputed());
  }

  @Test
  void completingASplit_beatsANearAmount() {
    // 3500.00 is also within the tolerance of N (3500.30); the exact completion of S comes first.
    MatchingResult result = MATCHER.match(List.of(line("D1", "1500.00", 0), line("D2", "3500.00", 14)),
        authorizations(auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31),
            auth("N", ACCOUNT, PROMOTION, null, "3500.30", JAN_31)));
    assertEquals(List.of(AuthorizationMatch.of("S", cny("3500.00"))), only(result, "D2").matches());
    assertEquals(DeductionState.VALID, only(result, "D1").state());
  }

  @Test
  void weekByWeek_decidesAsOneRun() {
    List<Authorization> auths = authorizations(auth("S", ACCOUNT, PROMOTION, null, "5000.00", JAN_31),
        auth("T1", ACCOUNT, PROMOTION, null, "2515.00", JAN_31), auth("T2", ACCOUNT, PROMOTION, null, "2515.40", JAN_31));
    List<Deduction> weekOne = List.of(line("D1", "1500.00", 0), line("D3", "2200.30", 2), line("D5", "2800.55", 4));
    List<Deduction> weekTwo = List.of(line("D2", "3500.00", 14), line("D4", "2515.20", 10));
    List<Deduction> all = new ArrayList<>(weekOne);
    all.addAll(weekTwo);
    MatchingResult once = MATCHER.match(all, auths);

    MatchingResult first = MATCHER.match(weekOne, auths, DeductionLedger.empty(POLICY.currency()));
    MatchingResult second = MATCHER.match(weekTwo, auths, first.ledger());
    Map<String, String> weekly = new TreeMap<>(decisions(first.deductionResults()));
    weekly.putAll(decisions(second.deductionResults()));
    weekly.putAll(decisions(second.changedDeductions()));
    assertEquals(decisions(once.deductionResults()), weekly);
    assertEquals("VALID S=1500", weekly.get("D1"));
    assertEquals("UNRESOLVED", weekly.get("D4"));
    assertEquals("UNAUTHORIZED", weekly.get("D5"));
  }

  private static Map<String, String> decisions(List<DeductionResult> results) {
    Map<String, String> out = new TreeMap<>();
    for (DeductionResult d : results) {
      StringBuilder s = new StringBuilder(d.state().name());
      for (AuthorizationMatch m : d.matches()) {
        s.append(' ').append(m.authorizationId()).append('=')
            .append(dev.keyaccount.core.money.Monies.decimal(m.amount()).toPlainString());
      }
      out.put(d.deductionId(), s.toString());
    }
    return out;
  }
}
