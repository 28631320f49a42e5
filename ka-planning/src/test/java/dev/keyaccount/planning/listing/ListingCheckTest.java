package dev.keyaccount.planning.listing;

import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingCheckTest {

  static ListingProposal complete() {
    return ListingProposal.builder().skuCode("B500-NEW").features("low sugar").positioning("premium family pack")
        .marketData("category +12% in East China").salesForecastCases(12_000L).listingDate(LocalDate.of(2026, 9, 1))
        .promotionPlan("DM + end cap in the first month").purchasePrice(cny(80)).retailPrice(cny(100))
        .promotionalPrice(cny(90)).listingFee(cny(5_000)).rebate(Rate.ofPercent(2)).paymentTermsDays(45)
        .shelfLocation("eye level, beverage aisle").facings(4).incrementalCases(3_000L).supplierSupport(cny(20_000))
        .barcode("6901234567892").replacesSkuCode("B500-OLD").build();
  }

  @Test
  void completeProposal_meetingStandardCriteria_isReady() {
    ListingReview review = ListingCheck.DEFAULT.review(complete());
    assertTrue(review.isComplete());
    assertTrue(review.meetsCriteria());
    assertTrue(review.isReady());
    assertEquals(Optional.of(Rate.ofPercent(20)), complete().frontMargin());
  }

  @Test
  void draft_reportsEveryMissingItemAndUnmetCriterion() {
    ListingReview review = ListingCheck.DEFAULT.review(ListingProposal.builder().skuCode("X").build());
    assertEquals(EnumSet.allOf(ListingItem.class), review.missingContent());
    assertEquals(EnumSet.allOf(RetailerCriterion.class), review.unmetCriteria());
    assertFalse(review.isReady());
  }

  @Test
  void eachCriterion_failsOnItsOwn() {
    ListingProposal p = complete();
    assertEquals(EnumSet.of(RetailerCriterion.INCREMENTAL_VOLUME),
        ListingCheck.DEFAULT.review(ListingProposal.builder().from(p).incrementalCases(0L).build()).unmetCriteria());
    assertEquals(EnumSet.of(RetailerCriterion.CATEGORY_VALUE),
        ListingCheck.DEFAULT.review(ListingProposal.builder().from(p).purchasePrice(cny(101)).build()).unmetCriteria());
    assertEquals(EnumSet.of(RetailerCriterion.SUPPLIER_SUPPORT),
        ListingCheck.DEFAULT.review(ListingProposal.builder().from(p).supplierSupport(cny(0)).build()).unmetCriteria());
    assertEquals(EnumSet.of(RetailerCriterion.BARCODE),
        ListingCheck.DEFAULT.review(ListingProposal.builder().from(p).barcode(Optional.empty()).build()).unmetCriteria());
    assertEquals(EnumSet.of(RetailerCriterion.ONE_IN_ONE_OUT), ListingCheck.DEFAULT
        .review(ListingProposal.builder().from(p).replacesSkuCode(Optional.empty()).build()).unmetCriteria());
    ListingReview incomplete = ListingCheck.DEFAULT.review(ListingProposal.builder().from(p).facings(Optional.empty()).build());
    assertEquals(EnumSet.of(ListingItem.FACINGS), incomplete.missingContent());
    assertTrue(incomplete.meetsCriteria());
    assertFalse(incomplete.isReady());
  }

  @Test
  void retailerCriteria_areData() {
    ListingProposal bare = ListingProposal.builder().from(complete()).barcode(Optional.empty())
        .replacesSkuCode(Optional.empty()).supplierSupport(Optional.empty()).incrementalCases(10L).build();
    RetailerCriteria lenient = RetailerCriteria.builder().requireBarcode(false).oneInOneOut(false)
        .requireSupplierSupport(false).minimumIncrementalCases(10).build();
    assertTrue(new ListingCheck(lenient).review(bare).meetsCriteria());
    RetailerCriteria strict = RetailerCriteria.builder().from(lenient).minimumIncrementalCases(11)
        .minimumFrontMargin(Rate.ofPercent(25)).build();
    assertEquals(EnumSet.of(RetailerCriterion.INCREMENTAL_VOLUME, RetailerCriterion.CATEGORY_VALUE),
        new ListingCheck(strict).review(bare).unmetCriteria());
    RetailerCriteria exactMargin = RetailerCriteria.builder().from(lenient).minimumFrontMargin(Rate.ofPercent(20)).build();
    assertTrue(new ListingCheck(exactMargin).review(bare).meetsCriteria());
    assertEquals(1, RetailerCriteria.standard().minimumIncrementalCases());
  }

  @Test
  void rejects_badProposalValues() {
    IllegalArgumentException barcode = assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().skuCode("X").barcode("12AB").build());
    assertEquals("Argument 'barcode' must be 8 to 14 digits but has value '12AB'", barcode.getMessage());
    IllegalArgumentException facings = assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().skuCode("X").facings(0).build());
    assertEquals("Argument 'facings' must be positive but has value 0", facings.getMessage());
    IllegalArgumentException fee = assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().skuCode("X").listingFee(cny(-1)).build());
    assertEquals("Argument 'listingFee' must not be negative but has value CNY -1", fee.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().skuCode("X").purchasePrice(cny(1)).listingFee(usd(1)).build());
    assertTrue(mixed.getMessage().contains("'listingFee'") && mixed.getMessage().contains("USD")
        && mixed.getMessage().contains("CNY"), mixed.getMessage());
    IllegalArgumentException retail = assertThrows(IllegalArgumentException.class,
        () -> ListingProposal.builder().skuCode("X").purchasePrice(cny(1)).retailPrice(usd(2)).build());
    assertTrue(retail.getMessage().contains("'retailPrice'") && retail.getMessage().contains("USD"), retail.getMessage());
    IllegalArgumentException minimum = assertThrows(IllegalArgumentException.class,
        () -> RetailerCriteria.builder().minimumIncrementalCases(-1).build());
    assertEquals("Argument 'minimumIncrementalCases' must not be negative but has value -1", minimum.getMessage());
    NullPointerException nul = assertThrows(NullPointerException.class, () -> new ListingCheck(null));
    assertEquals("Argument 'criteria' must not be null", nul.getMessage());
  }

  @Test
  void rejects_negativeCountsAndPrices() {
    String[][] expected = {
        {"salesForecastCases", "-1"}, {"incrementalCases", "-1"}, {"paymentTermsDays", "-1"},
        {"retailPrice", "CNY 0"}, {"purchasePrice", "CNY -1"}, {"promotionalPrice", "CNY -1"},
        {"supplierSupport", "CNY -1"}};
    List<org.junit.jupiter.api.function.Executable> calls = List.of(
        () -> ListingProposal.builder().skuCode("X").salesForecastCases(-1L).build(),
        () -> ListingProposal.builder().skuCode("X").incrementalCases(-1L).build(),
        () -> ListingProposal.builder().skuCode("X").paymentTermsDays(-1).build(),
        () -> ListingProposal.builder().skuCode("X").retailPrice(cny(0)).build(),
        () -> ListingProposal.builder().skuCode("X").purchasePrice(cny(-1)).build(),
        () -> ListingProposal.builder().skuCode("X").promotionalPrice(cny(-1)).build(),
        () -> ListingProposal.builder().skuCode("X").supplierSupport(cny(-1)).build());
    for (int i = 0; i < calls.size(); i++) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, calls.get(i));
      assertTrue(e.getMessage().startsWith("Argument '" + expected[i][0] + "' must"), e.getMessage());
      assertTrue(e.getMessage().endsWith("but has value " + expected[i][1]), e.getMessage());
    }
  }

  @Test
  void completeButUnmet_doesNotMeetCriteria() {
    ListingReview review = ListingCheck.DEFAULT.review(ListingProposal.builder().from(complete()).incrementalCases(0L).build());
    assertTrue(review.isComplete());
    assertFalse(review.meetsCriteria());
    assertFalse(review.isReady());
  }

  @Test
  void standardCriteria_defaults() {
    RetailerCriteria c = RetailerCriteria.builder().build();
    assertTrue(c.requireBarcode());
    assertTrue(c.requireSupplierSupport());
    assertTrue(c.oneInOneOut());
    assertEquals(Rate.ZERO, c.minimumFrontMargin());
    assertEquals(c, RetailerCriteria.standard());
  }
}
