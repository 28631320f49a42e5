package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.testing.KaGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Results do not depend on input order, on hash iteration order, or on how an equal input is written. */
class DeterminismTest {

  @Test
  void equivalentInputs_giveIdenticalResults() {
    qt().withExamples(200)
        .forAll(KaGenerators.signedAmounts(Currencies.CNY), KaGenerators.decimalWeights(1, 20))
        .checkAssert((total, weights) -> {
          // Weights scaled by ten are the same proportions: the same parts, to the minor unit.
          List<java.math.BigDecimal> scaled = weights.stream().map(w -> w.multiply(java.math.BigDecimal.TEN))
              .collect(java.util.stream.Collectors.toList());
          assertEquals(Allocation.allocate(total, weights), Allocation.allocate(total, scaled));
          // The same total written with more decimals, and a copy of the weights.
          assertEquals(Allocation.allocate(total, weights),
              Allocation.allocate(Money.of(Monies.decimal(total).setScale(6), Currencies.CNY), new ArrayList<>(weights)));
        });
  }

  @Test
  void shuffledWeights_giveTheSamePartPerWeight_whenWeightsAreDistinct() {
    qt().withExamples(200)
        .forAll(KaGenerators.signedAmounts(Currencies.CNY), KaGenerators.weights(1, 20), longs().all())
        .checkAssert((total, weights, seed) -> {
          List<Long> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(weights));
          List<Long> shuffled = new ArrayList<>(distinct);
          Collections.shuffle(shuffled, new Random(seed));
          List<Money> parts = Allocation.allocate(total, distinct);
          List<Money> shuffledParts = Allocation.allocate(total, shuffled);
          Map<Long, Money> byWeight = new HashMap<>();
          for (int i = 0; i < distinct.size(); i++) {
            byWeight.put(distinct.get(i), parts.get(i));
          }
          for (int i = 0; i < shuffled.size(); i++) {
            assertEquals(byWeight.get(shuffled.get(i)), shuffledParts.get(i));
          }
        });
  }

  @Test
  void shuffledAmounts_sumTheSame() {
    qt().withExamples(200)
        .forAll(KaGenerators.amountLists(Currencies.CNY, 0, 40), longs().all())
        .checkAssert((amounts, seed) -> {
          List<Money> shuffled = new ArrayList<>(amounts);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(Monies.sum(amounts, Currencies.CNY), Monies.sum(shuffled, Currencies.CNY));
          Set<Money> hashed = new HashSet<>(amounts);
          List<Money> deduplicated = new ArrayList<>(new java.util.TreeSet<>(hashed));
          assertEquals(Monies.sum(deduplicated, Currencies.CNY), Monies.sum(hashed, Currencies.CNY));
        });
  }

  @Test
  void agreementTotal_doesNotDependOnTheMapsIterationOrder() {
    qt().withExamples(100).forAll(KaGenerators.agreements(), longs().all()).checkAssert((a, seed) -> {
      List<Map.Entry<FeeType, MonetaryAmount>> entries = new ArrayList<>(a.tradeInvestment().entrySet());
      Collections.shuffle(entries, new Random(seed));
      Map<FeeType, MonetaryAmount> reordered = new LinkedHashMap<>();
      entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
      AnnualAgreement b = AnnualAgreement.builder().from(a).tradeInvestment(reordered).build();
      assertEquals(a, b);
      assertEquals(a.totalTradeInvestment(), b.totalTradeInvestment());
      assertEquals(a.hashCode(), b.hashCode());
    });
  }

  /** Rates, sums, allocations, accruals and values as text: what a caller would print or compare. */
  private static List<String> renderedResults() {
    List<String> out = new ArrayList<>();
    out.add(Rate.parse("12.5%") + " " + Rate.of("0.0625") + " " + Rate.ratio(Money.of(1, "CNY"), Money.of(3, "CNY")));
    out.add(Rate.ofPercent(new java.math.BigDecimal("-7.25")).of(Money.of(new java.math.BigDecimal("1234.56"), "CNY"))
        .toString());
    out.add(Monies.sum(List.of(Money.of(new java.math.BigDecimal("0.10"), "CNY"), Money.of(2, "CNY")), Currencies.CNY)
        .toString());
    out.add(Allocation.allocate(Money.of(100, "CNY"), List.of(1L, 1L, 1L)).toString());
    dev.keyaccount.core.spend.SpendLine line = dev.keyaccount.core.spend.SpendLine.builder().id("L1")
        .source(dev.keyaccount.core.spend.SpendSource.AGREEMENT_LINE).sourceId("AG-1").accountId("KA1")
        .feeType(FeeType.DISPLAY).method(dev.keyaccount.core.spend.FundingMethod.LUMP_SUM)
        .period(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 4, 1))
        .lumpSum(Money.of(10_000, "CNY")).build();
    out.add(dev.keyaccount.core.spend.Accruals.monthly(line, List.of()).toString());
    qt().withFixedSeed(7L).withExamples(20).forAll(KaGenerators.agreements()).checkAssert(a -> out.add(a
        + " " + a.totalTradeInvestment()));
    qt().withFixedSeed(7L).withExamples(20).forAll(KaGenerators.accounts()).checkAssert(a -> out.add(a + " " + a.tier()));
    return out;
  }

  @Test
  void results_doNotDependOnTheDefaultLocaleOrTimeZone() {
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
      List<String> expected = renderedResults();
      assertEquals("12.5% 6.3% 33.3%", expected.get(0));
      // Turkish upper-cases 'i' to a dotted 'İ'; German writes 1,5; Arabic (Saudi Arabia) its own digits;
      // Kiribati's Line Islands are 14 hours ahead of UTC, Baker Island 12 behind.
      for (String[] setting : new String[][] {{"tr-TR", "Pacific/Kiritimati"}, {"de-DE", "Etc/GMT+12"},
          {"ar-SA", "Asia/Shanghai"}, {"th-TH-u-nu-thai", "America/Los_Angeles"}}) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(setting[0]));
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(setting[1]));
        assertEquals(expected, renderedResults(), String.join(" ", setting));
      }
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void equalRates_hashAlike_soHashedCollectionsAgree() {
    Set<Rate> rates = new HashSet<>(List.of(Rate.of("0.2"), Rate.of("0.20"), Rate.of("0.200"), Rate.ofPercent(20)));
    assertEquals(1, rates.size());
    long[] a = Allocation.allocateUnits(100, List.of(3L, 1L, 2L));
    long[] b = Allocation.allocateUnits(100, List.of(2L, 3L, 1L));
    assertArrayEquals(new long[] {50, 17, 33}, a);
    assertArrayEquals(new long[] {33, 50, 17}, b);
  }
}
