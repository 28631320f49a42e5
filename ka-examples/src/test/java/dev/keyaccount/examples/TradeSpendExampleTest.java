package dev.keyaccount.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs {@link TradeSpendExample} and checks every line it prints. */
class TradeSpendExampleTest {

  @Test
  void printsTheAccrualsTheRebateAndTheSettlement() {
    String out = ExamplesTest.capture(TradeSpendExample::main);
    assertEquals(List.of(
        "2026-01-01 CNY 3444.44",
        "2026-02-01 CNY 3111.12",
        "2026-03-01 CNY 3444.44",
        "CNY 400 + CNY 800 = CNY 1200",
        "CNY 10000 accrued, CNY 3444.44 settled, CNY 6555.56 open"),
        out.lines().collect(Collectors.toList()));
  }
}
