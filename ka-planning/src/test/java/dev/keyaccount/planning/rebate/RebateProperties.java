package dev.keyaccount.planning.rebate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Invariants: stepped ≤ cumulative for the same tiers and base; interims + final = full, never paid twice. */
class RebateProperties {

  static final RebateCalculator CALC = RebateCalculator.DEFAULT;

  static RebateScheme.Builder randomScheme(Random random) {
    RebateScheme.Builder b = RebateScheme.builder().id("R").accountId("A")
        .period(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).measure(RebateMeasure.VOLUME);
    long threshold = random.nextBoolean() ? 0 : random.nextInt(1_000);
    long rate = random.nextInt(1_000_000);
    int tiers = 1 + random.nextInt(RebateScheme.MAX_TIERS);
    for (int i = 0; i < tiers; i++) {
      b.addTiers(RebateTier.ofVolume(threshold, Monies.of(BigDecimal.valueOf(rate, 6), Currencies.CNY)));
      threshold += 1 + random.nextInt(10_000);
      rate += random.nextInt(1_000_000);
    }
    return b;
  }

  @Test
  void stepped_neverExceedsCumulative() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      RebateScheme.Builder b = randomScheme(random);
      RebatePerformance base = RebatePerformance.of(random.nextInt(100_000), Money.of(0, "CNY"));
      Money stepped = CALC.earned(b.style(RebateStyle.STEPPED).build(), base, Optional.empty());
      Money cumulative = CALC.earned(b.style(RebateStyle.CUMULATIVE).build(), base, Optional.empty());
      assertFalse(stepped.isGreaterThan(cumulative), stepped + " > " + cumulative);
      assertFalse(stepped.isNegative());
    });
  }

  @Test
  void interimsPlusFinal_isTheFullRebate() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      boolean clawback = random.nextBoolean();
      RebateScheme scheme = randomScheme(random).style(random.nextBoolean() ? RebateStyle.STEPPED : RebateStyle.CUMULATIVE)
          .clawbackAllowed(clawback).build();
      List<Money> paid = new ArrayList<>();
      long toDate = 0;
      int interims = random.nextInt(12);
      for (int i = 0; i < interims; i++) {
        toDate += random.nextInt(10_000);
        Money due = CALC.interim(scheme, RebatePerformance.of(toDate, Money.of(0, "CNY")), Optional.empty(), paid);
        assertFalse(due.isNegative());
        paid.add(due);
      }
      long full = Math.max(0, toDate + random.nextInt(20_000) - 10_000); // returns may lower the year's volume
      RebateSettlement s = CALC.settle(scheme, RebatePerformance.of(full, Money.of(0, "CNY")), Optional.empty(), paid);
      assertEquals(Monies.add(s.earned(), s.excessNotRecovered()), Monies.add(s.interimPaid(), s.finalPayment()));
      assertEquals(Monies.sum(paid, Currencies.CNY), s.interimPaid());
      if (clawback) {
        assertTrue(s.excessNotRecovered().isZero());
        assertEquals(s.earned(), Monies.add(s.interimPaid(), s.finalPayment()));
      } else {
        assertFalse(s.finalPayment().isNegative());
        assertEquals(s.earned().isLessThan(s.interimPaid()) ? Monies.subtract(s.interimPaid(), s.earned()) : Monies.zero(Currencies.CNY),
            s.excessNotRecovered());
      }
      // never paid twice: the interims together pay exactly the rebate earned at the last interim date
      Money earnedToDate = CALC.earned(scheme, RebatePerformance.of(toDate, Money.of(0, "CNY")), Optional.empty());
      assertEquals(interims == 0 ? Monies.zero(Currencies.CNY) : earnedToDate, s.interimPaid());
    });
  }
}
