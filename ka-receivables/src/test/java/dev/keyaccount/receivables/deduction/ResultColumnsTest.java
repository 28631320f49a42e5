package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultColumns} gives, row by row, exactly the figures of {@link MatchingResult#deductionResults()}:
 * on generated remittances (every state and pass, combinations of two and three parts), and on a
 * worked split.
 */
class ResultColumnsTest {

  private static long minor(MonetaryAmount amount) {
    return Monies.toMinorUnits(amount);
  }

  private static void assertColumnsEqualValues(MatchingResult run) {
    List<DeductionResult> values = run.deductionResults();
    ResultColumns c = run.resultColumns();
    assertEquals(run.currency(), c.currency());
    assertEquals(values.size(), c.size());
    for (int i = 0; i < values.size(); i++) {
      DeductionResult v = values.get(i);
      assertEquals(v.deductionId(), c.deductionId(i));
      assertEquals(v.state(), c.state(i));
      assertEquals(v.pass(), c.pass(i));
      assertEquals(List.of(minor(v.amount()), minor(v.matched()), minor(v.disputed()), minor(v.writtenOff()),
          minor(v.unresolved())), List.of(c.amountMinorUnits(i), c.matchedMinorUnits(i), c.disputedMinorUnits(i),
          c.writtenOffMinorUnits(i), c.unresolvedMinorUnits(i)), v.deductionId());
      assertEquals(v.matches().size(), c.matchCount(i));
      for (int m = 0; m < v.matches().size(); m++) {
        assertEquals(v.matches().get(m).authorizationId(), c.matchAuthorizationId(i, m));
        assertEquals(minor(v.matches().get(m).amount()), c.matchAmountMinorUnits(i, m));
      }
      assertEquals(v.candidates().size(), c.candidateCount(i));
      for (int k = 0; k < v.candidates().size(); k++) {
        assertEquals(v.candidates().get(k), c.candidateId(i, k));
      }
      assertEquals(v.duplicateOf(), c.duplicateOf(i));
    }
  }

  @Test
  void generatedRuns_columnsEqualTheValues() {
    qt().withExamples(10).forAll(RemittanceGenerator.remittances(300, POLICY))
        .checkAssert(r -> {
          MatchingResult run = MATCHER.match(r.deductions(), r.authorizations());
          assertColumnsEqualValues(run);
          assertEachRowNamesItsInputLine(new java.util.ArrayList<>(r.deductions()), run);
        });
  }

  /** Each row's line is the input position of a deduction with its id, each position at most once. */
  private static void assertEachRowNamesItsInputLine(List<Deduction> input, MatchingResult run) {
    ResultColumns c = run.resultColumns();
    java.util.BitSet seen = new java.util.BitSet();
    for (int i = 0; i < c.size(); i++) {
      int line = c.line(i);
      assertEquals(input.get(line).id(), c.deductionId(i));
      assertEquals(minor(input.get(line).amount()), c.amountMinorUnits(i));
      assertTrue(!seen.get(line), "line " + line + " twice");
      seen.set(line);
    }
  }

  @Test
  void aRowsLine_isItsPositionInTheInput_andARejectedLineHasNoRow() {
    // D2 repeats D1's id (rejected); the rows come in the matcher's order (by date), not the input's.
    List<Deduction> input = List.of(Fixtures.ded("D3", "KA1", "promotion", null, Fixtures.cny("30.00"),
        Fixtures.JAN_31.plusDays(9)), Fixtures.ded("D1", "KA1", "promotion", null, Fixtures.cny("10.00"),
        Fixtures.JAN_31), Fixtures.ded("D1", "KA1", "promotion", null, Fixtures.cny("20.00"), Fixtures.JAN_31));
    MatchingResult run = MATCHER.match(input, List.of());
    ResultColumns c = run.resultColumns();
    assertEquals(2, c.size());
    assertEquals(List.of("D1", "D3"), List.of(c.deductionId(0), c.deductionId(1)));
    assertEquals(List.of(1, 0), List.of(c.line(0), c.line(1)));
    assertEachRowNamesItsInputLine(input, run);
    assertThrows(IndexOutOfBoundsException.class, () -> c.line(2));
  }

  @Test
  void openAuthorizations_isAReadOnlyView_ofTheBalancesWithSomethingLeft() {
    // D1 takes 60.00 of A1 (100.00) by reference; A2 (50.00) is untouched; A3 (30.00) is used up.
    MatchingResult run = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", "PRM-1", "60.00"),
        Fixtures.ded("D2", "promotion", "PRM-3", "30.00")), List.of(Fixtures.auth("A1", ReasonType.PROMOTION,
        "PRM-1", "100.00"), Fixtures.auth("A2", ReasonType.PROMOTION, "PRM-2", "50.00"),
        Fixtures.auth("A3", ReasonType.PROMOTION, "PRM-3", "30.00")));
    List<AuthorizationBalance> open = run.openAuthorizations();
    // By date, amount and id: A2 (50.00) before A1 (100.00), both dated the same day.
    assertEquals(List.of("A2", "A1"), open.stream().map(AuthorizationBalance::authorizationId).toList());
    assertEquals(Fixtures.cny("50.00"), open.get(0).remaining());
    assertEquals(Fixtures.cny("40.00"), open.get(1).remaining());
    assertEquals(Fixtures.cny("60.00"), open.get(1).consumed());
    assertThrows(UnsupportedOperationException.class, () -> open.remove(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open.get(2));
    assertEquals("Argument 'index' must be within the open balances but has value 2", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> open.get(-1));
  }

  @Test
  void anUnresolvedClaim_hasItsAmountUnresolved() {
    // D1 (80.00, no reference) equals A1 and A2 alike: UNRESOLVED, nothing matched.
    MatchingResult run = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", null, "80.00")),
        List.of(Fixtures.auth("A1", ReasonType.PROMOTION, null, "80.00"),
            Fixtures.auth("A2", ReasonType.PROMOTION, null, "80.00")));
    assertColumnsEqualValues(run);
    ResultColumns c = run.resultColumns();
    assertEquals(DeductionState.UNRESOLVED, c.state(0));
    assertEquals(8_000, c.unresolvedMinorUnits(0));
    assertEquals(0, c.matchedMinorUnits(0));
    assertEquals(0, c.matchCount(0));
    assertEquals(2, c.candidateCount(0));
    assertEquals(java.util.Set.of("A1", "A2"), java.util.Set.of(c.candidateId(0, 0), c.candidateId(0, 1)));
    assertThrows(IndexOutOfBoundsException.class, () -> c.candidateId(0, 2));
    assertEquals(java.util.Optional.empty(), c.duplicateOf(0));
  }

  @Test
  void aRepeatedClaim_namesTheDeductionItRepeats() {
    // D2 repeats D1's claim (same account, type, reference and amount): DUPLICATE of D1.
    MatchingResult run = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", "PRM-1", "60.00"),
        Fixtures.ded("D2", "promotion", "PRM-1", "60.00")), List.of(Fixtures.auth("A1", ReasonType.PROMOTION,
        "PRM-1", "100.00")));
    assertColumnsEqualValues(run);
    ResultColumns c = run.resultColumns();
    int d2 = run.deductionIds().indexOf("D2");
    assertEquals(DeductionState.DUPLICATE, c.state(d2));
    assertEquals(java.util.Optional.of("D1"), c.duplicateOf(d2));
    assertEquals(0, c.candidateCount(d2));
    assertThrows(IndexOutOfBoundsException.class, () -> c.duplicateOf(2));
  }

  @Test
  void aClaimOverTwoAuthorizations_listsBothMatchesInOrder() {
    // D1 (150.00, no reference) is A1 (100.00) plus A2 (50.00); D2 quotes nothing we know.
    MatchingResult run = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", null, "150.00"),
        Fixtures.ded("D2", "promotion", "PRM-9", "70.00")), List.of(Fixtures.auth("A1", ReasonType.PROMOTION, null,
        "100.00"), Fixtures.auth("A2", ReasonType.PROMOTION, null, "50.00")));
    assertColumnsEqualValues(run);
    ResultColumns c = run.resultColumns();
    int d1 = run.deductionIds().indexOf("D1");
    assertEquals(DeductionState.VALID, c.state(d1));
    assertEquals(2, c.matchCount(d1));
    assertEquals(15_000, c.matchAmountMinorUnits(d1, 0) + c.matchAmountMinorUnits(d1, 1));
    assertEquals(15_000, c.matchedMinorUnits(d1));
    int d2 = run.deductionIds().indexOf("D2");
    assertEquals(0, c.matchCount(d2));
    assertEquals(7_000, c.amountMinorUnits(d2));
    assertThrows(IndexOutOfBoundsException.class, () -> c.deductionId(2));
    assertThrows(IndexOutOfBoundsException.class, () -> c.state(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> c.matchAuthorizationId(d1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> c.matchAmountMinorUnits(d2, 0));
    assertEquals(0, MATCHER.match(List.of(), List.of()).resultColumns().size());
    assertEquals(Currencies.CNY, c.currency());
  }
}
