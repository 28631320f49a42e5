package dev.keyaccount.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.CurrencyMismatchException;
import dev.keyaccount.core.money.Currencies;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The failure items every batch calculator reports, and the shared checks that make them. */
class FailuresTest {

  @Test
  void eachCheck_recordsItsReasonPositionIdAndMessage_andPassesGoodItems() {
    Failures f = new Failures("orders");
    assertTrue(f.isEmpty());
    assertFalse(f.isNull("x", 0));
    assertFalse(f.isDuplicate("O1", 0));
    assertTrue(f.isNull(null, 1));
    assertFalse(f.isDuplicate("O2", 2));
    assertTrue(f.isDuplicate("O1", 3));
    assertFalse(f.isOtherCurrency(Money.of(1, "CNY"), Currencies.CNY, 4, "O4", "amount"));
    assertTrue(f.isOtherCurrency(Money.of(5, "USD"), Currencies.CNY, 5, "O5", "amount"));
    f.rejected(6, "O6", new IllegalArgumentException("Argument 'x' must be positive but has value -1"));
    f.rejected(7, "O7", new CurrencyMismatchException("y", Currencies.EUR, Money.of(2, "CNY")));
    List<FailureItem> items = f.items();
    assertEquals(List.of(
        FailureItem.of("orders", 1, null, FailureReason.NULL_ITEM,
            "Argument 'orders[1]' must not be null but has value null"),
        FailureItem.of("orders", 3, "O1", FailureReason.DUPLICATE_ID,
            "Argument 'orders[3]' must have a unique id but has value 'O1' (the id of orders[0])"),
        FailureItem.of("orders", 5, "O5", FailureReason.CURRENCY_MISMATCH,
            "Argument 'orders[5].amount' must be in currency CNY but is in USD (value USD 5)"),
        FailureItem.of("orders", 6, "O6", FailureReason.INVALID_VALUE,
            "Argument 'x' must be positive but has value -1"),
        FailureItem.of("orders", 7, "O7", FailureReason.CURRENCY_MISMATCH,
            "Argument 'y' must be in currency EUR but is in CNY (value CNY 2)")), items);
    assertEquals(Optional.empty(), items.get(0).itemId());
    assertFalse(f.isEmpty());
    assertEquals("orders[9]", f.name(9));
    assertThrows(UnsupportedOperationException.class, () -> items.clear());
  }

  @Test
  void aDuplicateKeepsTheFirstPosition_forEveryLaterRepeat() {
    Failures f = new Failures("stores");
    f.isDuplicate("S", 2);
    f.isDuplicate("S", 5);
    f.isDuplicate("S", 9);
    assertEquals(List.of(
        "Argument 'stores[5]' must have a unique id but has value 'S' (the id of stores[2])",
        "Argument 'stores[9]' must have a unique id but has value 'S' (the id of stores[2])"),
        f.items().stream().map(FailureItem::message).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void rejectedInput() {
    assertEquals("Argument 'input' must not be blank but has value ' '",
        assertThrows(IllegalArgumentException.class, () -> new Failures(" ")).getMessage());
    assertEquals("Argument 'position' must not be negative but has value -1",
        assertThrows(IllegalArgumentException.class,
            () -> FailureItem.of("orders", -1, "O", FailureReason.NULL_ITEM, "m")).getMessage());
    assertEquals("Argument 'message' must not be blank but has value ''",
        assertThrows(IllegalArgumentException.class,
            () -> FailureItem.of("orders", 0, "O", FailureReason.NULL_ITEM, "")).getMessage());
    assertEquals("Argument 'input' must not be blank but has value ''",
        assertThrows(IllegalArgumentException.class,
            () -> FailureItem.of("", 0, "O", FailureReason.NULL_ITEM, "m")).getMessage());
    assertThrows(NullPointerException.class, () -> FailureItem.of("orders", 0, "O", null, "m"));
    assertThrows(NullPointerException.class, () -> new Failures(null));
  }
}
