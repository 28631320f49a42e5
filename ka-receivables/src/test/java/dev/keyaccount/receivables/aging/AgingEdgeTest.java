package dev.keyaccount.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AgingEdgeTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static OpenItem item(String account, String reference, LocalDate due, Money amount) {
    return OpenItem.builder().accountId(account).reference(reference).dueDate(due).amount(amount).build();
  }

  @Test
  void age_nullAndOtherCurrencyItems_areFailureItems_andTheOthersAreAged() {
    OpenItem first = item("KA1", "INV-1", AS_OF, Money.of(10, Currencies.CNY));
    OpenItem third = item("KA1", "INV-2", AS_OF, Money.of(20, Currencies.CNY));
    List<OpenItem> items = Arrays.asList(first, null, third, item("KA2", "INV-3", AS_OF, Money.of(5, "USD")));
    AgingReport report = AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY);
    AgingReport clean = AgingCalculator.DEFAULT.age(List.of(first, third), AS_OF, Currencies.CNY);
    assertEquals(clean.byAccount(), report.byAccount());
    assertEquals(clean.total(), report.total());
    assertEquals(List.of(), clean.failures());
    assertEquals(List.of(
        FailureItem.of("items", 1, null, FailureReason.NULL_ITEM, "Argument 'items[1]' must not be null but has value null"),
        FailureItem.of("items", 3, "INV-3", FailureReason.CURRENCY_MISMATCH,
            "Argument 'items[3].amount' must be in currency CNY but is in USD (value USD 5)")), report.failures());
  }

  @Test
  void amount_ofTheFirstAndLastLabel_isReturned() {
    AgingReport report = AgingCalculator.DEFAULT.age(List.of(item("KA1", "INV-1", AS_OF, Money.of(10, Currencies.CNY)),
        item("KA1", "INV-2", AS_OF.minusDays(100), Money.of(7, Currencies.CNY))), AS_OF, Currencies.CNY);
    assertEquals(Money.of(10, Currencies.CNY), report.amount("KA1", "current"));
    assertEquals(Money.of(7, Currencies.CNY), report.amount("KA1", "90+"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.amount("KA1", "0-1"));
    assertEquals("Argument 'label' must be one of [current, 1-30, 31-60, 61-90, 90+] but has value '0-1'",
        e.getMessage());
  }
}
