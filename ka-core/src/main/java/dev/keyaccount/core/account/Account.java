package dev.keyaccount.core.account;

import dev.keyaccount.core.Args;
import java.util.List;
import org.immutables.value.Value;

/**
 * A key account (重点客户): a retail chain with its footprint, format, operating model and stores.
 *
 * <p>The {@link #tier()} is derived from the footprint; an account whose footprint does not make a
 * key account is rejected. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Account {

  Account() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account's identifier: the account id every module uses. Values that name an account hold it as
   * {@code accountId} ({@code AccountFacts}, {@code Promotion}, {@code Deduction}, {@code OpenItem}...).
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The account's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The facts about the account's reach.
   *
   * @return the footprint
   */
  public abstract AccountFootprint footprint();

  /**
   * The account's main retail format.
   *
   * @return the format
   */
  public abstract RetailFormat format();

  /**
   * How the account operates.
   *
   * @return the operating model
   */
  public abstract OperatingModel operatingModel();

  /**
   * The account's stores we serve; may be empty when stores are not modelled.
   *
   * @return the stores, ids unique
   */
  public abstract List<Store> stores();

  /**
   * The tier derived from the footprint.
   *
   * @return GKA, NKA or LKA
   */
  @Value.Derived
  public AccountTier tier() {
    return footprint().tier().orElseThrow(() -> new IllegalArgumentException(
        Args.message("footprint", "make a key account (two or more stores, or one locally influential store)",
            footprint())));
  }

  @Value.Check
  void check() {
    Args.notBlank(id(), "id");
    Args.notBlank(name(), "name");
    Args.uniqueIds(stores(), Store::id, "stores");
  }

  /** Builds an {@link Account}; stores are optional, every other attribute is required. */
  public static final class Builder extends ImmutableAccount.Builder {}
}
