package dev.keyaccount.core.result;

import dev.keyaccount.core.Args;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An input item a batch calculator could not use: which input it came from, its position there, its
 * id when it has one, a typed {@link FailureReason} and a message naming the argument and its value.
 * The calculator leaves the item out and goes on with the rest; its result holds the failure items in
 * input order next to the results of the good items.
 *
 * <p>The same shape serves every module, so a report can list the failures of a whole run together.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FailureItem {

  FailureItem() {}

  /**
   * Returns a failure item.
   *
   * @param input the name of the input the item came from, such as {@code "orders"}
   * @param position the item's zero-based position in that input
   * @param itemId the item's id, or null if it has none (a null item)
   * @param reason why it failed
   * @param message what went wrong, naming the argument and its value
   * @return the failure item
   * @throws NullPointerException if the input, reason or message is null
   * @throws IllegalArgumentException if the input or message is blank or the position negative
   */
  public static FailureItem of(String input, int position, String itemId, FailureReason reason, String message) {
    return ImmutableFailureItem.builder().input(input).position(position).itemId(Optional.ofNullable(itemId))
        .reason(reason).message(message).build();
  }

  /**
   * The name of the input the item came from, as the calculator's argument is named ({@code "orders"},
   * {@code "audits"}).
   *
   * @return the input's name
   */
  public abstract String input();

  /**
   * The item's position in its input.
   *
   * @return the zero-based position
   */
  public abstract int position();

  /**
   * The item's id, unless the item was null or has no id.
   *
   * @return the id
   */
  public abstract Optional<String> itemId();

  /**
   * Why the item failed.
   *
   * @return the reason
   */
  public abstract FailureReason reason();

  /**
   * What went wrong, in the form of an argument check message naming the argument and its value.
   *
   * @return the message
   */
  public abstract String message();

  @Value.Check
  void check() {
    Args.notBlank(input(), "input");
    Args.notNegative(position(), "position");
    Args.notBlank(message(), "message");
  }
}
