package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A deduction whose amount has an exponent at the ends of {@code int} (1E+2147483647, whose plain text
 * cannot even be built, or 1E-2147483647) is a rejected line with its reason, and the rest is matched:
 * the bounds are compared in {@code long} and the messages show such an amount in E notation.
 */
class ExtremeExponentTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private static Deduction deduction(String id, Money amount) {
    return Deduction.builder().id(id).accountId("A1").date(DAY).reasonCode("promotion").reference(Optional.empty())
        .amount(amount).build();
  }

  @Test
  void amountsOfExtremeExponents_areRejectedLines_andTheRestIsMatched() {
    BigDecimal huge = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1);
    BigDecimal tiny = new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE);
    List<Deduction> lines = List.of(deduction("D1", Money.of(huge, "CNY")), deduction("D2", Money.of(tiny, "CNY")),
        deduction("D3", Money.of(huge, "USD")), deduction("D4", Money.of(new BigDecimal("10.00"), "CNY")));
    for (List<Deduction> input : List.of(lines, CompactDeductions.copyOf(lines))) {
      MatchingResult r = new DeductionMatcher(MatchingPolicy.standard(Currencies.CNY)).match(input, List.of());
      assertEquals(List.of("D4"), r.deductionIds());
      List<FailureItem> rejected = r.rejected();
      assertEquals(3, rejected.size());
      assertEquals("Argument 'amount' must be at most 1000000000000000 minor units but has value CNY 1E+2147483647",
          rejected.get(0).message());
      assertEquals("Argument 'amount' must be a whole number of minor units but has value CNY 1E-2147483647",
          rejected.get(1).message());
      assertEquals(FailureReason.CURRENCY_MISMATCH, rejected.get(2).reason());
      assertEquals("Argument 'amount' must be in currency CNY but is in USD (value USD 1E+2147483647)",
          rejected.get(2).message());
    }
  }
}
