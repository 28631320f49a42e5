package dev.keyaccount.kpi.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketShareTest {

  private static final MarketShare SHARE = MarketShare.DEFAULT;

  @Test
  void seed_weGrew50_accountGrew60_shareRatio0_9375_lossOf6_25pct() {
    ShareChange change = SHARE.change(Rate.ofPercent(50), Rate.ofPercent(60));
    assertEquals(0, new BigDecimal("0.9375").compareTo(change.ratio()));
    assertEquals(Rate.of("-0.0625"), change.relativeChange());
    assertEquals("-6.3%", change.relativeChange().toString());
    assertEquals(new BigDecimal("-6.25"), change.relativeChange().percent().stripTrailingZeros());
    assertEquals(ShareOutcome.LOST, change.outcome());
    assertEquals(Rate.ofPercent(50), change.ourGrowth());
    assertEquals(Rate.ofPercent(60), change.accountGrowth());
  }

  @ParameterizedTest(name = "ours {0}, account {1} -> {2} {3}")
  @CsvSource({
    "0.60, 0.50, 1.066666666666666666666666666666667, GAINED",
    "0.10, 0.10, 1, HELD",
    "-0.10, -0.20, 1.125, GAINED",
    "0, 0.25, 0.8, LOST",
  })
  void change_statesGainedHeldOrLost(String ours, String account, String ratio, ShareOutcome outcome) {
    ShareChange change = SHARE.change(Rate.of(ours), Rate.of(account));
    assertEquals(0, new BigDecimal(ratio).compareTo(change.ratio()), change.ratio().toPlainString());
    assertEquals(outcome, change.outcome());
  }

  @Test
  void share_isOursOverCategory() {
    assertEquals(Rate.of("0.25"), SHARE.share(Money.of(25, "CNY"), Money.of(100, "CNY")));
    assertEquals(Rate.ONE, SHARE.share(Money.of(100, "CNY"), Money.of(100, "CNY")));
    assertEquals(Rate.ZERO, SHARE.share(Money.of(0, "CNY"), Money.of(100, "CNY")));
  }

  @Test
  void share_rejectsBadInput() {
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
        () -> SHARE.share(Money.of(101, "CNY"), Money.of(100, "CNY")));
    assertEquals("Argument 'ours' must not exceed the category's sales CNY 100 but has value CNY 101",
        above.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> SHARE.share(Money.of(-1, "CNY"), Money.of(100, "CNY")));
    assertEquals("Argument 'ours' must not be negative but has value CNY -1", negative.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> SHARE.share(Money.of(0, "CNY"), Money.of(0, "CNY")));
    assertEquals("Argument 'category' must be positive but has value CNY 0", zero.getMessage());
    IllegalArgumentException usd = assertThrows(IllegalArgumentException.class,
        () -> SHARE.share(Money.of(1, "USD"), Money.of(100, "CNY")));
    assertTrue(usd.getMessage().contains("USD") && usd.getMessage().contains("CNY"), usd.getMessage());
  }

  @Test
  void change_rejectsGrowthOfMinus100pctOrBelow() {
    IllegalArgumentException ours = assertThrows(IllegalArgumentException.class,
        () -> SHARE.change(Rate.of("-1"), Rate.of("0.1")));
    assertEquals("Argument 'ourGrowth' must be above -100% but has value -100.0%", ours.getMessage());
    IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
        () -> SHARE.change(Rate.of("0.1"), Rate.of("-1.5")));
    assertEquals("Argument 'accountGrowth' must be above -100% but has value -150.0%", account.getMessage());
    assertEquals(ShareOutcome.GAINED, SHARE.change(Rate.of("-0.99"), Rate.of("-0.999")).outcome());
    IllegalArgumentException exactly = assertThrows(IllegalArgumentException.class,
        () -> SHARE.change(Rate.of("0.1"), Rate.of("-1")));
    assertEquals("Argument 'accountGrowth' must be above -100% but has value -100.0%", exactly.getMessage());
  }
}
