package dev.keyaccount.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.budget.BudgetAllocator;
import dev.keyaccount.planning.budget.BudgetRequest;
import dev.keyaccount.planning.budget.StoreForecast;
import dev.keyaccount.planning.listing.ListingProposal;
import dev.keyaccount.planning.plan.Commitment;
import dev.keyaccount.planning.plan.Party;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import java.math.BigDecimal;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The values of ka-planning hold their amounts as {@code Money} whatever {@code MonetaryAmount} built
 * them: built from {@code FastMoney} they equal, hash like and compute like the same values built from
 * {@code Money}; an amount beyond the decimal bound is rejected naming the attribute.
 */
class MoneyNormalisationProperties {

  private static CaseEconomics deal(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return CaseEconomics.builder().regularPrice(money.apply(a.add(b).add(b))).unitCost(money.apply(a))
        .discountPerCase(money.apply(b)).fixedCosts(money.apply(b)).build();
  }

  private static ListingProposal proposal(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return ListingProposal.builder().skuCode("B").purchasePrice(money.apply(a)).retailPrice(money.apply(a.add(b)))
        .listingFee(money.apply(b)).build();
  }

  private static BudgetRequest request(Function<BigDecimal, MonetaryAmount> money, BigDecimal a, BigDecimal b) {
    return BudgetRequest.builder().addStores(StoreForecast.builder().storeId("S1").forecastSales(money.apply(a))
        .inputOutputRatio(Rate.ofPercent(5)).cap(money.apply(b)).build())
        .expenseRatio(Rate.ofPercent(6)).fixedFees(money.apply(b)).build();
  }

  @Test
  void valuesBuiltFromFastMoney_equalTheSameBuiltFromMoney() {
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    Function<BigDecimal, MonetaryAmount> fast = v -> FastMoney.of(v, "CNY");
    qt().forAll(longs().between(1, 10_000_000_000L), longs().between(1, 10_000_000_000L)).checkAssert((x, y) -> {
      BigDecimal a = BigDecimal.valueOf(x, 2);
      BigDecimal b = BigDecimal.valueOf(y, 2);
      CaseEconomics d = deal(fast, a, b);
      assertEquals(deal(money, a, b), d);
      assertEquals(deal(money, a, b).hashCode(), d.hashCode());
      assertInstanceOf(Money.class, d.unitCost());
      assertEquals(BreakEven.of(deal(money, a, b), 100), BreakEven.of(d, 100));
      ListingProposal p = proposal(fast, a, b);
      assertEquals(proposal(money, a, b), p);
      assertInstanceOf(Money.class, p.listingFee().orElseThrow());
      BudgetRequest r = request(fast, a, b);
      assertEquals(request(money, a, b), r);
      assertInstanceOf(Money.class, r.stores().get(0).cap().orElseThrow());
      assertEquals(BudgetAllocator.DEFAULT.allocate(request(money, a, b)), BudgetAllocator.DEFAULT.allocate(r));
      Commitment c = Commitment.builder().party(Party.MANUFACTURER).description("fees").amount(fast.apply(a)).build();
      assertEquals(Commitment.builder().from(c).amount(money.apply(a)).build(), c);
    });
  }

  @Test
  void amountsBeyondTheDecimalBound_areRejectedNamingTheAttribute() {
    Money huge = Money.of(new BigDecimal("1E+40"), "CNY");
    String bound = " must have at most 34 digits before the decimal point and 68 after it (the decimal bound)"
        + " but has value 1E+40";
    Function<BigDecimal, MonetaryAmount> money = v -> Money.of(v, "CNY");
    assertEquals("Argument 'fixedCosts'" + bound, assertThrows(IllegalArgumentException.class,
        () -> CaseEconomics.builder().from(deal(money, BigDecimal.ONE, BigDecimal.ONE)).fixedCosts(huge).build())
        .getMessage());
    assertEquals("Argument 'listingFee'" + bound, assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().from(proposal(money, BigDecimal.ONE, BigDecimal.ONE)).listingFee(huge).build())
        .getMessage());
    assertEquals("Argument 'forecastSales'" + bound, assertThrows(IllegalArgumentException.class,
        () -> StoreForecast.of("S", huge, Rate.ofPercent(1))).getMessage());
    assertEquals("Argument 'fixedFees'" + bound, assertThrows(IllegalArgumentException.class,
        () -> BudgetRequest.builder().from(request(money, BigDecimal.ONE, BigDecimal.ONE)).fixedFees(huge).build())
        .getMessage());
    assertEquals("Argument 'amount'" + bound, assertThrows(IllegalArgumentException.class,
        () -> Commitment.builder().party(Party.MANUFACTURER).description("fees").amount(huge).build()).getMessage());
  }
}
