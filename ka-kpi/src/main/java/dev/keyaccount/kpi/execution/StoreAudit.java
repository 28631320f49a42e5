package dev.keyaccount.kpi.execution;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.account.Store;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a store check (门店检查) found in one store: our display points (陈列点) and the category's, our
 * activities (活动点) and the category's, and the SKUs on shelf.
 *
 * <p>Ours never exceed the category's, and every count is at most {@value #MAX_COUNT} (so that the
 * counts of the most stores one measurement takes add up within an {@code int}). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class StoreAudit {

  /** The most display points or activities one store can record, ours or the category's. */
  public static final int MAX_COUNT = 10_000;

  StoreAudit() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The store's id: {@link Store#id()} when the audit was built from a {@link Store}.
   *
   * @return the id, not blank
   */
  public abstract String storeId();

  /**
   * Our display points in the store (陈列点).
   *
   * @return the count, not negative
   */
  public abstract int displayPoints();

  /**
   * All display points of the category in the store, ours included.
   *
   * @return the count, at least {@link #displayPoints()}
   */
  public abstract int categoryDisplayPoints();

  /**
   * Our promotion activities running in the store (活动点).
   *
   * @return the count, not negative
   */
  public abstract int activities();

  /**
   * All promotion activities of the category in the store, ours included.
   *
   * @return the count, at least {@link #activities()}
   */
  public abstract int categoryActivities();

  /**
   * The SKU codes on shelf in the store.
   *
   * @return the codes
   */
  public abstract Set<String> skusOnShelf();

  private static void atMostMaxCount(int count, String name) {
    Args.check(count <= MAX_COUNT, name, "be at most " + MAX_COUNT, count);
  }

  @Value.Check
  void check() {
    Args.notBlank(storeId(), "storeId");
    Args.notNegative(displayPoints(), "displayPoints");
    atMostMaxCount(categoryDisplayPoints(), "categoryDisplayPoints");
    atMostMaxCount(categoryActivities(), "categoryActivities");
    if (categoryDisplayPoints() < displayPoints()) {
      throw Args.invalid("categoryDisplayPoints", "not be below our displayPoints " + displayPoints(),
          categoryDisplayPoints());
    }
    Args.notNegative(activities(), "activities");
    if (categoryActivities() < activities()) {
      throw Args.invalid("categoryActivities", "not be below our activities " + activities(), categoryActivities());
    }
  }

  /** Builds a {@link StoreAudit}; SKUs on shelf default to none. */
  public static final class Builder extends ImmutableStoreAudit.Builder {

    /** Creates an empty builder; prefer {@link StoreAudit#builder()}. */
    public Builder() {}

    /**
     * Takes the store's id from the ka-core {@link Store}: results keyed by store id then use
     * {@link Store#id()}.
     *
     * @param store the store
     * @return this builder
     * @throws NullPointerException naming {@code store} if it is null
     */
    public Builder store(Store store) {
      storeId(Args.notNull(store, "store").id());
      return this;
    }
  }
}
