package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.GroundTruth;
import dev.keyaccount.receivables.testing.Noise;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Shuffled input gives the same result (the lines sharing an id kept in their order, since the first of
 * them is the one kept), on remittances full of lines that only the last keys of the
 * matcher's order tell apart (date and amount alike, then the id alike too), repeated ids, bad lines,
 * twin authorizations and claims at and beyond the date window's edge. The data is checked to hold such
 * lines, so the test fails if the generator stops making them instead of passing without reaching a
 * tie-break.
 */
class TieBreakShuffleTest {

  private static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);
  private static final DeductionMatcher MATCHER = new DeductionMatcher(POLICY);
  private static final GenerationOptions OPTIONS =
      GenerationOptions.realistic().withSortTiesPerThousand(60).withWindowEdgesPerThousand(30).withBadLinesPerThousand(20);

  /** How many groups of two or more lines share a key. */
  private static <T> long sharedKeys(List<T> lines, Function<T, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(line -> counts.merge(key.apply(line), 1, Integer::sum));
    return counts.values().stream().filter(n -> n >= 2).count();
  }

  @Test
  @Tag("large")
  void theRemittances_holdLinesThatOnlyTheTieBreaksOrder() {
    GeneratedRemittance r = RemittanceGenerator.generate(1, 3_000, POLICY, OPTIONS);
    List<Deduction> deductions = r.deductions();
    // Date and amount alike, ids differ: the id decides the order (twin claims).
    long byId = sharedKeys(deductions, d -> d.date() + "|" + d.amount()) - sharedKeys(deductions,
        d -> d.date() + "|" + d.amount() + "|" + d.id());
    assertTrue(byId > 0, "no deductions alike in date and amount with different ids");
    // Date, amount and id alike, told apart by account, reason code or reference: the first in the input is kept.
    String[] keys = {"account", "reason code", "reference"};
    List<Function<Deduction, String>> lastKeys = List.of(Deduction::accountId, Deduction::reasonCode,
        d -> d.reference().orElse(""));
    for (int k = 0; k < keys.length; k++) {
      Function<Deduction, String> last = lastKeys.get(k);
      long decidedByIt = sharedKeys(deductions, d -> d.date() + "|" + d.amount() + "|" + d.id())
          - sharedKeys(deductions, d -> d.date() + "|" + d.amount() + "|" + d.id() + "|" + last.apply(d));
      assertTrue(decidedByIt > 0, "no repeated id on the same date and amount told apart by its " + keys[k]);
    }
    // Authorizations alike in account, type, date and amount: the id decides (ties and twin claims).
    assertTrue(sharedKeys(r.authorizations(), a -> a.accountId() + "|" + a.type() + "|" + a.date() + "|" + a.amount())
        > 0, "no twin authorizations");
    for (Noise kind : List.of(Noise.TIE, Noise.TWIN_CLAIMS, Noise.REPEATED_ID, Noise.REPEATED_ID_SAME_DATE_AND_AMOUNT,
        Noise.BAD_AMOUNT, Noise.BAD_DATE, Noise.LONG_ID, Noise.OTHER_CURRENCY, Noise.AT_WINDOW_EDGE, Noise.OUT_OF_WINDOW)) {
      assertTrue(r.noise().getOrDefault(kind, 0) > 0, kind + " in " + r.noise());
    }
  }

  /**
   * Shuffles the lines, then puts the lines sharing an id back in their first order among the places
   * they took: which of them comes first is the one input order the matcher heeds (it keeps the first).
   */
  static <T> void shuffleKeepingFirsts(List<T> lines, Function<T, String> id, Random random) {
    Map<String, List<T>> inOrder = new HashMap<>();
    lines.forEach(line -> inOrder.computeIfAbsent(id.apply(line), k -> new ArrayList<>()).add(line));
    Collections.shuffle(lines, random);
    Map<String, Integer> next = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String key = id.apply(lines.get(i));
      List<T> group = inOrder.get(key);
      if (group.size() > 1) {
        lines.set(i, group.get(next.merge(key, 1, Integer::sum) - 1));
      }
    }
  }

  @Test
  void shuffledInput_givesTheSameResult_throughEveryTieBreak() {
    for (long seed = 1; seed <= examples(4, 1); seed++) {
      GeneratedRemittance r = RemittanceGenerator.generate(seed, 1_500, POLICY, OPTIONS);
      MatchingResult expected = MATCHER.match(r.deductions(), r.authorizations());
      GroundTruth.Evaluation truth = r.truth().evaluate(expected);
      assertEquals(0, truth.wrongMatches(), truth::toString);
      assertEquals(0, truth.wronglyRejected(), truth::toString);
      assertEquals(0, truth.missedRejections(), truth::toString);
      for (int shuffle = 0; shuffle < 3; shuffle++) {
        Random random = new Random(seed * 1_000 + shuffle);
        List<Deduction> deductions = new ArrayList<>(r.deductions());
        List<Authorization> authorizations = new ArrayList<>(r.authorizations());
        shuffleKeepingFirsts(deductions, Deduction::id, random);
        shuffleKeepingFirsts(authorizations, Authorization::id, random);
        MatchingResult shuffled = MATCHER.match(deductions, authorizations);
        String where = "seed " + seed + ", shuffle " + shuffle;
        assertEquals(expected.deductionResults(), shuffled.deductionResults(), where);
        assertEquals(expected.authorizationBalances(), shuffled.authorizationBalances(), where);
        assertEquals(expected.summary(), shuffled.summary(), where);
        assertEquals(Fixtures.rejectedInAnyOrder(expected), Fixtures.rejectedInAnyOrder(shuffled), where);
      }
    }
  }
}
