package dev.keyaccount.core.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

  private static Sku.Builder sku() {
    return Sku.builder().code("BEER-500").brand("Snow").pack("500ml bottle").caseSize(12)
        .listPricePerCase(Money.of(48, "CNY")).costPerCase(Money.of(new BigDecimal("30.50"), "CNY"))
        .role(PortfolioRole.PROFIT);
  }

  @Test
  void margin_isListPriceLessCost() {
    assertEquals(Money.of(new BigDecimal("17.50"), "CNY"), sku().build().marginPerCase());
  }

  @Test
  void margin_mayBeNegative_forASkuSoldBelowCost() {
    assertEquals(Money.of(-2, "CNY"), sku().listPricePerCase(Money.of(0, "CNY")).costPerCase(Money.of(2, "CNY")).build()
        .marginPerCase());
  }

  @Test
  void boundaries_areAccepted() {
    Sku s = sku().caseSize(1).listPricePerCase(Money.of(0, "CNY")).costPerCase(Money.of(0, "CNY")).build();
    assertEquals(1, s.caseSize());
    assertEquals(Optional.empty(), s.barcode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"69012345", "6901234567892", "69012345678901"})
  void barcodes_of8To14Digits_areAccepted(String barcode) {
    assertEquals(Optional.of(barcode), sku().barcode(barcode).build().barcode());
  }

  @Test
  void margin_property_listEqualsCostPlusMargin() {
    qt().withExamples(200).forAll(KaGenerators.skus()).checkAssert(s -> {
      assertEquals(Monies.of(s.listPricePerCase()), Monies.add(s.costPerCase(), s.marginPerCase()));
      assertEquals(Currencies.CNY, s.marginPerCase().getCurrency());
      assertTrue(s.caseSize() > 0);
    });
  }
}
