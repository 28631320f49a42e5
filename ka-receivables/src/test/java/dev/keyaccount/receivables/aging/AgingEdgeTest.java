package dev.keyaccount.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
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
  void age_nullSecondItem_isNamedByItsIndex() {
    List<OpenItem> items = Arrays.asList(item("KA1", "INV-1", AS_OF, Money.of(10, Currencies.CNY)), null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY));
    assertEquals("Argument 'items[1]' must not be null", e.getMessage());
  }

  @Test
  void age_thirdItemInAnotherCurrency_isNamedByItsIndex() {
    List<OpenItem> items = List.of(item("KA1", "INV-1", AS_OF, Money.of(10, Currencies.CNY)),
        item("KA1", "INV-2", AS_OF, Money.of(20, Currencies.CNY)), item("KA2", "INV-3", AS_OF, Money.of(5, "USD")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY));
    assertEquals(true, e.getMessage().startsWith("Argument 'items[2].amount' must be in currency CNY"), e.getMessage());
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
