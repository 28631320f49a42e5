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

  /**
   * A two-week ledger with histories of several events: D1 (40.00, no reference) waits in week 1 and is
   * REMATCHED when D2 (60.00) completes A1 (100.00) a week later; D3 (500.00 against nothing) is disputed
   * on day 40 and 200.00 of it recovered on day 50.
   */
  static DeductionLedger rematchedAndRecovered() {
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "promotion", null, "40.00"),
        ded("D3", "promotion", "PRM-X", "500.00")), List.of(auth("A1", ReasonType.PROMOTION, null, "100.00")),
        DeductionLedger.empty(Currencies.CNY));
    return MATCHER.match(List.of(ded("D2", "KA1", "promotion", null, cny("60.00"), JAN_31.plusDays(7))),
        List.of(auth("A1", ReasonType.PROMOTION, null, "100.00")), week1.ledger()).ledger()
        .apply(DeductionDecision.builder().deductionId("D3").kind(DeductionDecision.Kind.DISPUTE)
            .date(JAN_31.plusDays(40)).build())
        .apply(DeductionDecision.builder().deductionId("D3").kind(DeductionDecision.Kind.RECOVER)
            .amount(dev.keyaccount.core.money.Monies.of(cny("200.00"))).date(JAN_31.plusDays(50)).build());
  }
}
