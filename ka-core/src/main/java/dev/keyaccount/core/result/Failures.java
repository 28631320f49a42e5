package dev.keyaccount.core.result;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Collects the {@link FailureItem}s of one input of one batch calculation, with the checks every batch
 * calculator shares: a null item, a repeated id, an amount in another currency, a rejected value.
 *
 * <p>A calculator creates one per call and input, asks it about each item in input order and leaves an
 * item out when a check fails. This class is mutable and not thread-safe: never share or keep one.
 */
public final class Failures {

  private final String input;
  private final Map<Object, Integer> firstPositions = new HashMap<>();
  private final List<FailureItem> items = new ArrayList<>();

  /**
   * Creates an empty collector for one input.
   *
   * @param input the input's argument name, such as {@code "orders"}
   * @throws NullPointerException if the name is null
   */
  public Failures(String input) {
    this.input = Args.notBlank(input, "input");
  }

  /**
   * Records a null item.
   *
   * @param item the item
   * @param position its position in the input
   * @return true if the item was null (and is now recorded), false otherwise
   */
  public boolean isNull(Object item, int position) {
    if (item != null) {
      return false;
    }
    add(position, null, FailureReason.NULL_ITEM, Args.message(name(position), "not be null", "null"));
    return true;
  }

  /**
   * Records an item whose id an earlier item of this input already has; the first keeps the id.
   *
   * @param id the item's id
   * @param position its position in the input
   * @return true if the id is a repeat (and the item is now recorded), false if it is new
   */
  public boolean isDuplicate(String id, int position) {
    return isDuplicate(id, id, position);
  }

  /**
   * Records an item whose key (of several parts, such as account, product and month) an earlier item of
   * this input already has; the first keeps the key. The key is compared as given, so parts that contain
   * the separator of the shown id ({@code "A/B"} and {@code "C"} against {@code "A"} and {@code "B/C"})
   * never collide.
   *
   * @param key the item's key, with {@code equals} and {@code hashCode} over its parts (a {@code List})
   * @param id the key as the failure item shows it
   * @param position its position in the input
   * @return true if the key is a repeat (and the item is now recorded), false if it is new
   */
  public boolean isDuplicate(Object key, String id, int position) {
    Integer first = firstPositions.putIfAbsent(key, position);
    if (first == null) {
      return false;
    }
    add(position, id, FailureReason.DUPLICATE_ID, Args.duplicateIdMessage(input, position, id, first));
    return true;
  }

  /**
   * Records an item with an amount in another currency than the batch's.
   *
   * @param amount the amount
   * @param expected the batch's currency
   * @param position the item's position in the input
   * @param id the item's id
   * @param attribute the amount's attribute name, such as {@code "amount"}
   * @return true if the currencies differ (and the item is now recorded), false otherwise
   */
  public boolean isOtherCurrency(MonetaryAmount amount, CurrencyUnit expected, int position, String id,
      String attribute) {
    if (amount.getCurrency().equals(expected)) {
      return false;
    }
    add(position, id, FailureReason.CURRENCY_MISMATCH,
        CurrencyMismatchException.message(name(position) + "." + attribute, expected, amount));
    return true;
  }

  /**
   * Records an item a calculation rejected: a {@link CurrencyMismatchException} as
   * {@link FailureReason#CURRENCY_MISMATCH}, any other as {@link FailureReason#INVALID_VALUE}.
   *
   * @param position the item's position in the input
   * @param id the item's id
   * @param rejection the exception, whose message becomes the failure's
   */
  public void rejected(int position, String id, IllegalArgumentException rejection) {
    add(position, id, rejection instanceof CurrencyMismatchException
        ? FailureReason.CURRENCY_MISMATCH : FailureReason.INVALID_VALUE, rejection.getMessage());
  }

  /**
   * Records a failure.
   *
   * @param position the item's position in the input
   * @param id the item's id, or null
   * @param reason why it failed
   * @param message what went wrong, naming the argument and its value
   */
  public void add(int position, String id, FailureReason reason, String message) {
    items.add(FailureItem.of(input, position, id, reason, message));
  }

  /**
   * The argument name of an item, such as {@code "orders[3]"}.
   *
   * @param position the item's position
   * @return the name
   */
  public String name(int position) {
    return input + "[" + position + "]";
  }

  /**
   * The failures recorded so far, in the order they were recorded.
   *
   * @return an immutable copy
   */
  public List<FailureItem> items() {
    return List.copyOf(items);
  }

  /**
   * Returns whether no failure has been recorded.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
