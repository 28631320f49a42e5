package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.money.Currencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Small builders for the matching tests. */
final class Fixtures {

  static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);
  static final MatchingPolicy POLICY = MatchingPolicy.standard(Currencies.CNY);
  static final DeductionMatcher MATCHER = new DeductionMatcher(POLICY);

  private Fixtures() {}

  static MonetaryAmount cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  static Authorization auth(String id, ReasonType type, String reference, String amount) {
    return auth(id, "KA1", type, reference, amount, JAN_31);
  }

  static Authorization auth(String id, String account, ReasonType type, String reference, String amount,
      LocalDate date) {
    Authorization.Builder b = Authorization.builder().id(id).accountId(account).type(type).amount(cny(amount)).date(date);
    if (reference != null) {
      b.reference(reference);
    }
    return b.build();
  }

  static Deduction ded(String id, String code, String reference, String amount) {
    return ded(id, "KA1", code, reference, cny(amount), JAN_31.plusDays(30));
  }

  static Deduction ded(String id, String account, String code, String reference, MonetaryAmount amount,
      LocalDate date) {
    Deduction.Builder b = Deduction.builder().id(id).accountId(account).reasonCode(code).amount(amount).date(date);
    if (reference != null) {
      b.reference(reference);
    }
    return b.build();
  }

  /**
   * A run's failure items without what depends on the input's order: input, id, reason, and the message
   * unless it names positions (a repeated id); sorted. Shuffled input gives the same.
   */
  static List<String> rejectedInAnyOrder(MatchingResult result) {
    List<String> out = new java.util.ArrayList<>();
    for (dev.keyaccount.core.result.FailureItem f : result.rejected()) {
      out.add(f.input() + " | " + f.itemId().orElse("") + " | " + f.reason()
          + (f.reason() == dev.keyaccount.core.result.FailureReason.DUPLICATE_ID ? "" : " | " + f.message()));
    }
    out.sort(null);
    return out;
  }
}
