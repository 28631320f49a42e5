package dev.keyaccount.core;

import static dev.keyaccount.core.testing.KaGenerators.accounts;
import static dev.keyaccount.core.testing.KaGenerators.amounts;
import static dev.keyaccount.core.testing.KaGenerators.promotions;
import static dev.keyaccount.core.testing.KaGenerators.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.account.AccountTier;
import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * How a user writes property tests with ka-core's generators (quoted in the README): split a
 * promotion's fixed costs over an account's stores and check that nothing is lost.
 */
class GeneratorsUsageTest {

  @Test
  void fixedCostsSplitOverStores_sumBackToTheWhole() {
    qt().withExamples(200)
        .forAll(promotions(), weights(1, 20))
        .checkAssert((promotion, storeSales) -> {
          List<Money> perStore = Allocation.allocate(promotion.fixedCosts(), storeSales);
          assertEquals(storeSales.size(), perStore.size());
          assertEquals(Monies.of(promotion.fixedCosts()), Monies.sum(perStore, Currencies.CNY));
        });
  }

  @Test
  void nationalAccounts_spanProvinces() {
    qt().withExamples(200)
        .forAll(accounts(AccountTier.NKA))
        .checkAssert(account -> {
          assertEquals(AccountTier.NKA, account.tier());
          assertTrue(account.footprint().provincesWithStores() >= 2);
        });
  }

  @Test
  void anyAmount_roundTripsThroughMinorUnits() {
    qt().withExamples(200)
        .forAll(amounts(Currencies.CNY))
        .checkAssert(amount -> assertEquals(amount, Monies.ofMinorUnits(Monies.toMinorUnits(amount), Currencies.CNY)));
  }
}
