package dev.keyaccount.core.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PromotionTest {

  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private static Money cny(String v) {
    return Money.of(new BigDecimal(v), "CNY");
  }

  private static Promotion.Builder promotion() {
    return Promotion.builder().id("P-1").accountId("CRF").type(PromotionType.PRICE_OFF)
        .period(MAY_1, MAY_1.plusDays(14)).addSkuCodes("BEER-500", "BEER-330")
        .regularPrice(cny("48.00")).promotedPrice(cny("42.50")).fixedCosts(cny("5000"))
        .submissionDate(MAY_1.minusDays(10));
  }

  @Test
  void seedCase3_lateSubmission_hasATenDayLeadTime() {
    Promotion p = promotion().build();
    assertEquals(10, p.leadTimeDays());
    assertEquals(cny("5.50"), p.discountPerCase());
    assertEquals(LocalDateRange.of(MAY_1, LocalDate.of(2026, 5, 15)), p.period());
    assertEquals(Optional.empty(), p.objective());
  }

  @Test
  void submissionOnTheStartDay_isAccepted_withZeroLeadTime() {
    assertEquals(0, promotion().submissionDate(MAY_1).build().leadTimeDays());
    assertEquals(60, promotion().submissionDate(MAY_1.minusDays(60)).objective(PromotionObjective.TRIAL).build().leadTimeDays());
  }

  @Test
  void oneDayPeriod_isAccepted() {
    assertEquals(1, promotion().period(MAY_1, MAY_1.plusDays(1)).build().period().lengthInDays());
  }

  @Test
  void typesBelongToTheirAudience() {
    EnumSet<PromotionType> consumer = EnumSet.noneOf(PromotionType.class);
    for (PromotionType t : PromotionType.values()) {
      if (t.audience() == PromotionAudience.CONSUMER) {
        consumer.add(t);
      }
    }
    assertEquals(EnumSet.of(PromotionType.PRICE_OFF, PromotionType.CONTEST, PromotionType.GIFT, PromotionType.VALUE_PACK,
        PromotionType.SAMPLING), consumer);
    assertEquals(PromotionAudience.TRADE, PromotionType.DISPLAY_FEE.audience());
  }

  @Test
  void property_discountAndLeadTime() {
    qt().withExamples(200).forAll(KaGenerators.promotions()).checkAssert(p -> {
      assertEquals(Monies.of(p.regularPrice()), Monies.add(p.promotedPrice(), p.discountPerCase()));
      assertEquals(ChronoUnit.DAYS.between(p.submissionDate(), p.period().getStart()), p.leadTimeDays());
    });
  }
}
