package dev.keyaccount.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import org.junit.jupiter.api.Test;

/** The hand-written baseline must compute what the SDK computes, or the comparison means nothing. */
class ScoringBenchmarkTest {

  @Test
  void handWrittenBaseline_agreesWithTheLibrary_onEveryBenchmarkInput() {
    ScoringBenchmark benchmark = new ScoringBenchmark();
    benchmark.setUp();
    for (int i = 0; i < 1024; i++) {
      AccountFacts facts = benchmark.facts(i);
      assertEquals(AccountEvaluator.DEFAULT.evaluate(facts).quadrant(), ScoringBenchmark.handWritten(facts),
          facts.toString());
    }
  }
}
