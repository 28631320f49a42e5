package dev.keyaccount.planning;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/** Shared test data. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * An amount in CNY.
   *
   * @param value the value as text
   * @return the amount
   */
  public static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  /**
   * An amount in CNY.
   *
   * @param value the value
   * @return the amount
   */
  public static Money cny(long value) {
    return Money.of(BigDecimal.valueOf(value), Currencies.CNY);
  }

  /**
   * An amount in USD.
   *
   * @param value the value
   * @return the amount
   */
  public static Money usd(long value) {
    return Money.of(BigDecimal.valueOf(value), Currencies.USD);
  }

  /**
   * Decimals from numbers written as text.
   *
   * @param values the values
   * @return the decimals
   */
  public static List<BigDecimal> bd(String... values) {
    List<BigDecimal> result = new ArrayList<>();
    for (String v : values) {
      result.add(new BigDecimal(v));
    }
    return result;
  }

  /**
   * A price-off promotion at 10 → 9 per case with 500 fixed costs.
   *
   * @param id the id
   * @param account the account
   * @param start the first day
   * @param endExclusive the day after the last
   * @param submitted the submission date
   * @param skus the SKU codes
   * @return the promotion
   */
  public static Promotion promotion(String id, String account, LocalDate start, LocalDate endExclusive,
      LocalDate submitted, String... skus) {
    return Promotion.builder().id(id).accountId(account).type(PromotionType.PRICE_OFF)
        .period(LocalDateRange.of(start, endExclusive)).skuCodes(Set.of(skus)).regularPrice(cny(10))
        .promotedPrice(cny(9)).fixedCosts(cny(500)).submissionDate(submitted).build();
  }

  /**
   * A promotion submitted a given number of days before it starts.
   *
   * @param id the id
   * @param start the first day
   * @param leadDays the lead time in days
   * @return the promotion, of account "CA", on SKU "B500", running 14 days
   */
  public static Promotion promotion(String id, LocalDate start, int leadDays) {
    return promotion(id, "CA", start, start.plusDays(14), start.minusDays(leadDays), "B500");
  }
}
