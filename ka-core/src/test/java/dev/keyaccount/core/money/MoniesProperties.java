package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Invariants of money sums, minor-unit conversions and rounding. */
class MoniesProperties {

  private static final int EXAMPLES = 300;

  @Test
  void addition_isAssociativeAndCommutative() {
    qt().withExamples(EXAMPLES)
        .forAll(KaGenerators.signedAmounts(Currencies.CNY), KaGenerators.signedAmounts(Currencies.CNY),
            KaGenerators.signedAmounts(Currencies.CNY))
        .checkAssert((a, b, c) -> {
          assertEquals(Monies.add(Monies.add(a, b), c), Monies.add(a, Monies.add(b, c)));
          assertEquals(Monies.add(a, b), Monies.add(b, a));
          assertEquals(a, Monies.subtract(Monies.add(a, b), b));
          assertEquals(Monies.sum(List.of(a, b, c)), Monies.add(Monies.add(a, b), c));
        });
  }

  @Test
  void sum_doesNotDependOnOrder_norOnGrouping() {
    qt().withExamples(EXAMPLES)
        .forAll(KaGenerators.currencies().flatMap(c -> KaGenerators.amountLists(c, 1, 30)), longs().all())
        .checkAssert((amounts, seed) -> {
          Money total = Monies.sum(amounts);
          List<Money> shuffled = new ArrayList<>(amounts);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(total, Monies.sum(shuffled));
          int split = new Random(seed).nextInt(amounts.size() + 1);
          Money left = Monies.sum(amounts.subList(0, split), total.getCurrency());
          Money right = Monies.sum(amounts.subList(split, amounts.size()), total.getCurrency());
          assertEquals(total, Monies.add(left, right));
          long units = 0;
          for (Money m : amounts) {
            units += Monies.toMinorUnits(m);
          }
          assertEquals(total, Monies.ofMinorUnits(units, total.getCurrency()));
        });
  }

  @Test
  void mixedCurrencies_areRejectedNamingBoth() {
    qt().withExamples(100)
        .forAll(KaGenerators.amountsInAnyCurrency(), KaGenerators.amountsInAnyCurrency())
        .checkAssert((a, sameOrNot) -> {
          // Another currency by construction (filtering equal ones out could leave too few examples).
          Money b = sameOrNot.getCurrency().equals(a.getCurrency())
              ? Money.of(sameOrNot.getNumberStripped(), a.getCurrency().equals(Currencies.CNY) ? Currencies.USD : Currencies.CNY)
              : sameOrNot;
          for (Runnable op : List.<Runnable>of(() -> Monies.add(a, b), () -> Monies.subtract(a, b),
              () -> Monies.sum(List.of(a, b)))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, op::run);
            assertTrue(e.getMessage().contains(a.getCurrency().getCurrencyCode())
                && e.getMessage().contains(b.getCurrency().getCurrencyCode()), e.getMessage());
          }
        });
  }

  @Test
  void minorUnits_roundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(KaGenerators.currencies(), longs().between(-Long.MAX_VALUE, Long.MAX_VALUE))
        .checkAssert((currency, units) -> {
          Money m = Monies.ofMinorUnits(units, currency);
          assertEquals((long) units, Monies.toMinorUnits(m));
          assertEquals((long) units, Monies.toMinorUnits(m, RoundingMode.UNNECESSARY));
          assertTrue(Monies.isWholeMinorUnits(m));
          assertEquals(m, Monies.round(m, RoundingMode.UNNECESSARY));
        });
  }

  @Test
  void rounding_isWithinOneMinorUnit_andFloorCeilingBracketTheValue() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(-1_000_000_000L, 1_000_000_000L), Generate.pick(List.of(RoundingMode.HALF_UP,
            RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN)))
        .checkAssert((millis, mode) -> {
          Money m = Money.of(BigDecimal.valueOf(millis, 3), Currencies.CNY);
          long floor = Monies.toMinorUnits(m, RoundingMode.FLOOR);
          long ceiling = Monies.toMinorUnits(m, RoundingMode.CEILING);
          long rounded = Monies.toMinorUnits(m, mode);
          assertTrue(floor * 10 <= millis && millis <= ceiling * 10);
          assertTrue(ceiling - floor <= 1);
          assertTrue(rounded == floor || rounded == ceiling);
          assertEquals(Monies.ofMinorUnits(rounded, Currencies.CNY), Monies.round(m, mode));
          assertEquals(millis % 10 == 0, Monies.isWholeMinorUnits(m));
        });
  }
}
