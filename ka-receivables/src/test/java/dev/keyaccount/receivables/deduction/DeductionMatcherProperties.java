package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.GroundTruth;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeductionMatcherProperties {

  private static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);
  private static final DeductionMatcher MATCHER = new DeductionMatcher(POLICY);

  private static MonetaryAmount sum(MonetaryAmount... amounts) {
    return Monies.sum(List.of(amounts));
  }

  @Test
  void conservation_holdsToTheMinorUnit() {
    qt().withExamples(examples(40, 5)).forAll(RemittanceGenerator.remittances(300, POLICY)).checkAssert(r -> {
      MatchingResult result = MATCHER.match(r.deductions(), r.authorizations());
      MatchingSummary s = result.summary();
      assertEquals(s.totalDeducted(), sum(s.matched(), s.disputed(), s.writtenOff(), s.unresolved()));
      assertEquals(s.totalAuthorized(), sum(s.consumed(), s.remaining()));
      assertEquals(s.matched(), s.consumed());
      assertEquals(r.deductions().size(), s.deductionCount());
      // Every result adds up (checked on construction) and the states add up to the count.
      assertEquals(s.deductionCount(), s.counts().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(s.deductionCount(), result.deductionResults().size());
    });
  }

  @Test
  void noAuthorization_isConsumedBeyondItsAmount() {
    qt().withExamples(examples(40, 5)).forAll(RemittanceGenerator.remittances(300, POLICY)).checkAssert(r -> {
      MatchingResult result = MATCHER.match(r.deductions(), r.authorizations());
      java.util.Map<String, java.math.BigDecimal> consumed = new java.util.HashMap<>();
      for (DeductionResult d : result.deductionResults()) {
        for (AuthorizationMatch m : d.matches()) {
          consumed.merge(m.authorizationId(), Monies.decimal(m.amount()), java.math.BigDecimal::add);
        }
      }
      for (AuthorizationBalance b : result.authorizationBalances()) {
        assertTrue(!b.remaining().isNegative(), b.toString());
        assertEquals(0, consumed.getOrDefault(b.authorizationId(), java.math.BigDecimal.ZERO)
            .compareTo(Monies.decimal(b.consumed())), b.toString());
      }
    });
  }

  @Test
  void shuffledInput_givesTheSameResult() {
    qt().withExamples(examples(25, 4)).forAll(RemittanceGenerator.remittances(300, POLICY)).checkAssert(r -> {
      MatchingResult expected = MATCHER.match(r.deductions(), r.authorizations());
      List<Deduction> deductions = new ArrayList<>(r.deductions());
      List<Authorization> authorizations = new ArrayList<>(r.authorizations());
      Collections.shuffle(deductions, new Random(deductions.size()));
      Collections.shuffle(authorizations, new Random(authorizations.size() + 1L));
      MatchingResult shuffled = MATCHER.match(deductions, authorizations);
      assertEquals(expected.deductionResults(), shuffled.deductionResults());
      assertEquals(expected.authorizationBalances(), shuffled.authorizationBalances());
      assertEquals(expected.summary(), shuffled.summary());
    });
  }

  @Test
  void noiseWithinTolerance_findsTheTrueMatches_neverAWrongOne() {
    qt().withExamples(examples(40, 5)).forAll(RemittanceGenerator.remittances(400, POLICY)).checkAssert(r -> {
      GroundTruth.Evaluation evaluation = r.truth().evaluate(MATCHER.match(r.deductions(), r.authorizations()));
      assertEquals(0, evaluation.wrongMatches(), evaluation.toString());
    });
  }

  @Test
  @Tag("large")
  void twentyThousand_autoMatchesAtLeast95Percent_withNoWrongMatch() {
    GeneratedRemittance r = RemittanceGenerator.generate(7, 20_000, POLICY);
    GroundTruth.Evaluation evaluation = r.truth().evaluate(MATCHER.match(r.deductions(), r.authorizations()));
    assertEquals(0, evaluation.wrongMatches(), evaluation.toString());
    assertTrue(evaluation.autoMatchedShare() >= 0.95, evaluation.toString());
  }

  @Test
  void generator_isDeterministicFromItsSeed() {
    GeneratedRemittance a = RemittanceGenerator.generate(11, 500, POLICY);
    GeneratedRemittance b = RemittanceGenerator.generate(11, 500, POLICY);
    assertEquals(a.deductions(), b.deductions());
    assertEquals(a.authorizations(), b.authorizations());
    assertEquals(500, a.authorizations().size());
  }

  @Test
  @Tag("large")
  void adversarial_tenThousandIdenticalLines_finishFastAndAreUnresolved() {
    GeneratedRemittance r = RemittanceGenerator.adversarial(10_000, POLICY);
    MatchingResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> MATCHER.match(r.deductions(), r.authorizations()));
    MatchingSummary s = result.summary();
    assertEquals(10_000, s.count(DeductionState.UNRESOLVED));
    assertEquals(s.totalAuthorized(), s.remaining());
    DeductionResult first = result.deductionResults().get(0);
    assertEquals(POLICY.maxCandidatesReported(), first.candidates().size());
    assertEquals(0, r.truth().evaluate(result).wrongMatches());
  }

  @Test
  @Tag("large")
  void adversarial_combinations_areBoundedToo() {
    // Same account and type, no single candidate within tolerance, many combinable authorizations.
    List<Authorization> auths = new ArrayList<>();
    List<Deduction> deds = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      auths.add(Fixtures.auth("A" + i, "KA1", ReasonType.PROMOTION, null, "1.00", Fixtures.JAN_31));
      deds.add(Fixtures.ded("D" + i, "KA1", "promotion", null, Fixtures.cny("3.00"), Fixtures.JAN_31));
    }
    MatchingResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> MATCHER.match(deds, auths));
    assertEquals(2_000, result.summary().count(DeductionState.UNRESOLVED));
  }

  @Test
  @Tag("large")
  void concurrentRuns_onSharedInput_giveTheSingleThreadResult() throws Exception {
    GeneratedRemittance r = RemittanceGenerator.generate(5, 2_000, POLICY);
    MatchingResult expected = MATCHER.match(r.deductions(), r.authorizations());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MatchingResult>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> MATCHER.match(r.deductions(), r.authorizations())));
      }
      for (Future<MatchingResult> f : futures) {
        MatchingResult actual = f.get();
        assertEquals(expected.summary(), actual.summary());
        assertEquals(expected.deductionResults(), actual.deductionResults());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
