package dev.keyaccount.planning.listing;

import dev.keyaccount.core.Args;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a new listing proposal (新品进场) for completeness and against a retailer's criteria.
 *
 * <p>This class is stateless and thread-safe; {@link #DEFAULT} applies {@link RetailerCriteria#standard()}.
 */
public final class ListingCheck {

  /** The check with the standard criteria. */
  public static final ListingCheck DEFAULT = new ListingCheck(RetailerCriteria.standard());

  private final RetailerCriteria criteria;

  /**
   * Creates a check with a retailer's criteria.
   *
   * @param criteria the criteria
   * @throws NullPointerException if the criteria are null
   */
  public ListingCheck(RetailerCriteria criteria) {
    this.criteria = Args.notNull(criteria, "criteria");
  }

  /**
   * Reviews a proposal.
   *
   * @param proposal the proposal
   * @return the missing content and the unmet criteria
   * @throws NullPointerException if the proposal is null
   */
  public ListingReview review(ListingProposal proposal) {
    Args.notNull(proposal, "proposal");
    return ImmutableListingReview.builder().missingContent(missing(proposal)).unmetCriteria(unmet(proposal)).build();
  }

  private static Set<ListingItem> missing(ListingProposal p) {
    Set<ListingItem> missing = EnumSet.noneOf(ListingItem.class);
    addIfEmpty(missing, ListingItem.FEATURES, p.features());
    addIfEmpty(missing, ListingItem.POSITIONING, p.positioning());
    addIfEmpty(missing, ListingItem.MARKET_DATA, p.marketData());
    addIfEmpty(missing, ListingItem.SALES_FORECAST, p.salesForecastCases());
    addIfEmpty(missing, ListingItem.LISTING_DATE, p.listingDate());
    addIfEmpty(missing, ListingItem.PROMOTION_PLAN, p.promotionPlan());
    addIfEmpty(missing, ListingItem.PURCHASE_PRICE, p.purchasePrice());
    addIfEmpty(missing, ListingItem.RETAIL_PRICE, p.retailPrice());
    addIfEmpty(missing, ListingItem.PROMOTIONAL_PRICE, p.promotionalPrice());
    addIfEmpty(missing, ListingItem.LISTING_FEE, p.listingFee());
    addIfEmpty(missing, ListingItem.REBATE, p.rebate());
    addIfEmpty(missing, ListingItem.PAYMENT_TERMS, p.paymentTermsDays());
    addIfEmpty(missing, ListingItem.SHELF_LOCATION, p.shelfLocation());
    addIfEmpty(missing, ListingItem.FACINGS, p.facings());
    return missing;
  }

  private Set<RetailerCriterion> unmet(ListingProposal p) {
    Set<RetailerCriterion> unmet = EnumSet.noneOf(RetailerCriterion.class);
    if (p.incrementalCases().filter(c -> c >= criteria.minimumIncrementalCases()).isEmpty()) {
      unmet.add(RetailerCriterion.INCREMENTAL_VOLUME);
    }
    if (p.frontMargin().filter(m -> m.compareTo(criteria.minimumFrontMargin()) >= 0).isEmpty()) {
      unmet.add(RetailerCriterion.CATEGORY_VALUE);
    }
    if (criteria.requireSupplierSupport() && p.supplierSupport().filter(s -> s.isPositive()).isEmpty()) {
      unmet.add(RetailerCriterion.SUPPLIER_SUPPORT);
    }
    if (criteria.requireBarcode() && p.barcode().isEmpty()) {
      unmet.add(RetailerCriterion.BARCODE);
    }
    if (criteria.oneInOneOut() && p.replacesSkuCode().isEmpty()) {
      unmet.add(RetailerCriterion.ONE_IN_ONE_OUT);
    }
    return unmet;
  }

  private static void addIfEmpty(Set<ListingItem> missing, ListingItem item, Optional<?> value) {
    if (value.isEmpty()) {
      missing.add(item);
    }
  }
}
