package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Invariants of exact allocation, over generated totals and weights. */
class AllocationProperties {

  private static final int EXAMPLES = 300;

  @Test
  void partsSumToTheTotal_exactly() {
    qt().withExamples(EXAMPLES)
        .forAll(KaGenerators.currencies().flatMap(KaGenerators::signedAmounts), KaGenerators.weights(1, 30))
        .checkAssert((total, weights) -> {
          List<Money> parts = Allocation.allocate(total, weights);
          assertEquals(weights.size(), parts.size());
          assertEquals(total, Monies.sum(parts, total.getCurrency()));
        });
  }

  @Test
  void unitPartsSumToTheTotal_forDecimalWeights() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), KaGenerators.decimalWeights(1, 30))
        .checkAssert((total, weights) -> assertEquals((long) total, Arrays.stream(Allocation.allocateUnits(total, weights)).sum()));
  }

  @Test
  void eachPart_isWithinOneUnitOfItsExactShare() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-10_000_000, 10_000_000), KaGenerators.decimalWeights(1, 20))
        .checkAssert((total, weights) -> {
          long[] parts = Allocation.allocateUnits(total, weights);
          BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          for (int i = 0; i < parts.length; i++) {
            // |part·Σw − total·w| < Σw  ⇔  |part − exact share| < 1
            BigDecimal error = BigDecimal.valueOf(parts[i]).multiply(sum)
                .subtract(BigDecimal.valueOf(total).multiply(weights.get(i))).abs();
            assertTrue(error.compareTo(sum) < 0, "part " + i + " of " + Arrays.toString(parts) + " for " + weights);
            // and it never rounds away from the share: it is its floor or its ceiling, on the share's side
            if (weights.get(i).signum() == 0) {
              assertEquals(0, parts[i]);
            }
          }
        });
  }

  @Test
  void zeroWeights_getZero() {
    qt().withExamples(EXAMPLES)
        .forAll(KaGenerators.signedAmounts(Currencies.CNY), KaGenerators.weights(1, 20))
        .checkAssert((total, weights) -> {
          List<Money> parts = Allocation.allocate(total, weights);
          for (int i = 0; i < parts.size(); i++) {
            if (weights.get(i) == 0) {
              assertTrue(parts.get(i).isZero(), "part " + i + " is " + parts.get(i));
            }
          }
        });
  }

  @Test
  void negativeWeights_areRejectedNamingTheWeight() {
    qt().withExamples(100)
        .forAll(KaGenerators.weights(1, 10), integers().between(0, 9), longs().between(-1_000_000, -1))
        .checkAssert((weights, position, negative) -> {
          int index = position % weights.size();
          List<Long> bad = new ArrayList<>(weights);
          bad.set(index, negative);
          IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Allocation.allocateUnits(100, bad));
          assertEquals("Argument 'weights[" + index + "]' must not be negative but has value " + negative, e.getMessage());
        });
  }

  @Test
  void equalWeights_getPartsThatDifferByAtMostOneUnit() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000, 1_000_000), integers().between(1, 40), longs().between(1, 1000))
        .checkAssert((total, n, w) -> {
          long[] parts = Allocation.allocateUnits(total, Collections.nCopies(n, w));
          long min = Arrays.stream(parts).min().getAsLong();
          long max = Arrays.stream(parts).max().getAsLong();
          assertTrue(max - min <= 1, Arrays.toString(parts));
        });
  }

  @Test
  void permutingTheWeights_permutesTheParts_upToTiesBetweenEqualWeights() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000, 1_000_000), KaGenerators.weights(1, 15), longs().all())
        .checkAssert((total, weights, seed) -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < weights.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<Long> shuffled = new ArrayList<>();
          for (int i : order) {
            shuffled.add(weights.get(i));
          }
          long[] original = Allocation.allocateUnits(total, weights);
          long[] permuted = Allocation.allocateUnits(total, shuffled);
          // For every distinct weight, the multiset of parts given to that weight is the same.
          for (long weight : weights) {
            assertEquals(partsFor(weight, weights, original), partsFor(weight, shuffled, permuted),
                "weight " + weight + " in " + weights + " vs " + shuffled);
          }
          // Weights that are unique get exactly the same part.
          for (int k = 0; k < order.size(); k++) {
            long weight = shuffled.get(k);
            if (Collections.frequency(weights, weight) == 1) {
              assertEquals(original[order.get(k)], permuted[k]);
            }
          }
        });
  }

  @Test
  void negatingTheTotal_negatesEveryPart() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(0, 1_000_000_000L), KaGenerators.weights(1, 20))
        .checkAssert((total, weights) -> {
          long[] positive = Allocation.allocateUnits(total, weights);
          long[] negative = Allocation.allocateUnits(-total, weights);
          long[] negated = Arrays.stream(positive).map(x -> -x).toArray();
          assertArrayEquals(negated, negative);
        });
  }

  @Test
  void scalingAllWeights_changesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000_000L, 1_000_000_000L), KaGenerators.weights(1, 20), integers().between(2, 1000))
        .checkAssert((total, weights, factor) -> {
          List<BigInteger> scaled = new ArrayList<>();
          for (long w : weights) {
            scaled.add(BigInteger.valueOf(w).multiply(BigInteger.valueOf(factor)));
          }
          assertArrayEquals(Allocation.allocateUnits(total, weights), Allocation.allocateUnits(total, scaled));
        });
  }

  private static List<Long> partsFor(long weight, List<Long> weights, long[] parts) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (weights.get(i) == weight) {
        out.add(parts[i]);
      }
    }
    Collections.sort(out);
    return out;
  }
}
