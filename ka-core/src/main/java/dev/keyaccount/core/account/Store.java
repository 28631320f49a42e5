package dev.keyaccount.core.account;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;

/**
 * A store (门店) of a key account, in a city and region, with a retail format.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Store {

  Store() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The store's identifier, unique within the account: the store id every module uses (the
   * {@code storeId} of store audits, store forecasts and visit plans).
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The store's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The city the store is in.
   *
   * @return the city, not blank
   */
  public abstract String city();

  /**
   * The sales region the store belongs to.
   *
   * @return the region, not blank
   */
  public abstract String region();

  /**
   * The store's format.
   *
   * @return the format
   */
  public abstract RetailFormat format();

  @Value.Check
  void check() {
    Args.notBlank(id(), "id");
    Args.notBlank(name(), "name");
    Args.notBlank(city(), "city");
    Args.notBlank(region(), "region");
  }

  /** Builds a {@link Store}; every attribute is required. */
  public static final class Builder extends ImmutableStore.Builder {}
}
