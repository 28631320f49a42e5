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
