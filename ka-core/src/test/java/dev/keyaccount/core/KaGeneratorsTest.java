package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.account.AccountTier;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generators produce valid values covering what they promise. */
class KaGeneratorsTest {

  @ParameterizedTest
  @EnumSource(AccountTier.class)
  void accountsOfATier_deriveThatTier(AccountTier tier) {
    qt().withExamples(100).forAll(KaGenerators.accounts(tier)).checkAssert(a -> assertEquals(tier, a.tier()));
  }

  @Test
  void accounts_coverEveryTier_andHaveUniqueStoreIds() {
    Set<AccountTier> seen = EnumSet.noneOf(AccountTier.class);
    qt().withExamples(300).forAll(KaGenerators.accounts()).checkAssert(a -> {
      seen.add(a.tier());
      Set<String> ids = a.stores().stream().map(Store::id).collect(Collectors.toSet());
      assertEquals(a.stores().size(), ids.size());
    });
    assertEquals(EnumSet.allOf(AccountTier.class), seen);
  }

  @Test
  void lkaFootprints_includeTheSingleInfluentialStore() {
    boolean[] single = {false};
    qt().withExamples(300).forAll(KaGenerators.footprints(AccountTier.LKA)).checkAssert(f -> {
      assertEquals(1, f.provincesWithStores());
      if (f.storesInRegion() == 1) {
        assertTrue(f.influentialLocally());
        single[0] = true;
      }
    });
    assertTrue(single[0], "no single influential store generated");
  }

  @Test
  void nonKeyAccountFootprints_deriveNoTier() {
    qt().withExamples(20).forAll(KaGenerators.nonKeyAccountFootprints())
        .checkAssert(f -> assertEquals(java.util.Optional.empty(), f.tier()));
  }

  @Test
  void skus_haveNonNegativeMarginInTheirCurrency() {
    qt().withExamples(200).forAll(KaGenerators.currencies().flatMap(KaGenerators::skus)).checkAssert(s -> {
      assertFalse(s.marginPerCase().isNegative());
      assertTrue(s.caseSize() >= 1);
      s.barcode().ifPresent(b -> assertTrue(b.matches("[0-9]{8,14}"), b));
    });
  }

  @Test
  void agreements_areInOneCurrency() {
    qt().withExamples(200).forAll(KaGenerators.agreements(Currencies.USD)).checkAssert(a -> {
      assertEquals(Currencies.USD, a.currency());
      assertEquals(Currencies.USD, a.totalTradeInvestment().getCurrency());
    });
  }

  @Test
  void promotions_areValid() {
    qt().withExamples(200).forAll(KaGenerators.promotions()).checkAssert(p -> {
      assertFalse(p.discountPerCase().isNegative());
      assertTrue(p.leadTimeDays() >= 0 && p.leadTimeDays() <= 90, "lead " + p.leadTimeDays());
      assertFalse(p.period().isEmpty());
    });
  }

  @Test
  void amounts_areWholeMinorUnitsWithinBounds() {
    qt().withExamples(200)
        .forAll(KaGenerators.currencies().flatMap(c -> KaGenerators.amounts(c, -300, 300)))
        .checkAssert(m -> {
          assertTrue(Monies.isWholeMinorUnits(m));
          long units = Monies.toMinorUnits(m);
          assertTrue(units >= -300 && units <= 300, m.toString());
        });
    qt().withExamples(100).forAll(KaGenerators.signedAmounts(Currencies.CNY), KaGenerators.amountsInAnyCurrency())
        .checkAssert((a, b) -> {
          assertTrue(Math.abs(Monies.toMinorUnits(a)) <= KaGenerators.MAX_MINOR_UNITS);
          assertFalse(b.isNegative());
        });
    qt().withExamples(50).forAll(KaGenerators.amountLists(Currencies.EUR, 2, 4))
        .checkAssert(l -> assertTrue(l.size() >= 2 && l.size() <= 4));
  }

  @Test
  void weights_neverAllZeroNorNegative() {
    qt().withExamples(300).forAll(KaGenerators.weights(1, 6), KaGenerators.decimalWeights(1, 6))
        .checkAssert((ws, ds) -> {
          assertTrue(ws.stream().anyMatch(w -> w > 0) && ws.stream().allMatch(w -> w >= 0));
          assertTrue(ds.stream().anyMatch(w -> w.signum() > 0) && ds.stream().allMatch(w -> w.signum() >= 0));
        });
  }

  @Test
  void rates_barcodes_periods_stayInRange() {
    qt().withExamples(200).forAll(KaGenerators.rates(), KaGenerators.rates(-5_000, 20_000), KaGenerators.barcodes())
        .checkAssert((r, g, b) -> {
          assertTrue(r.isBetweenZeroAndOne());
          assertTrue(g.fraction().compareTo(new BigDecimal("-0.5")) >= 0 && g.fraction().compareTo(BigDecimal.valueOf(2)) <= 0);
          assertTrue(b.matches("[0-9]{8,14}"), b);
        });
    qt().withExamples(200).forAll(KaGenerators.periods()).checkAssert(p -> {
      long days = p.lengthInDays();
      assertTrue(days >= 1 && days <= 90, p.toString());
    });
  }

  @Test
  void storeLists_andNames() {
    Set<Integer> sizes = new HashSet<>();
    qt().withExamples(100).forAll(KaGenerators.storeLists(2, 3)).checkAssert(l -> {
      sizes.add(l.size());
      assertEquals(l.size(), l.stream().map(Store::id).distinct().count());
    });
    assertTrue(sizes.stream().allMatch(s -> s >= 2 && s <= 3));
    qt().withExamples(100).forAll(KaGenerators.names()).checkAssert(n -> assertFalse(n.isBlank()));
  }

  @Test
  void badGeneratorArguments_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> KaGenerators.weights(0, 3));
    assertThrows(IllegalArgumentException.class, () -> KaGenerators.amounts(Currencies.CNY, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> KaGenerators.rates(5, 4));
    assertThrows(NullPointerException.class, () -> KaGenerators.skus(null));
  }
}
