package dev.keyaccount.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.account.Account;
import dev.keyaccount.core.account.AccountFootprint;
import dev.keyaccount.core.account.DecisionLevel;
import dev.keyaccount.core.account.DeliveryMode;
import dev.keyaccount.core.account.OperatingModel;
import dev.keyaccount.core.account.RetailFormat;
import dev.keyaccount.core.account.SettlementPoint;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Account facts built from a ka-core {@link Account}: its id and name, then the measured facts. */
class AccountFactsTest {

  private static final Account STAR_MART = Account.builder()
      .id("STAR")
      .name("Star Mart")
      .footprint(AccountFootprint.builder().internationalBackground(false).provincesWithStores(3)
          .storesInRegion(8).influentialLocally(false).build())
      .format(RetailFormat.HYPERMARKET)
      .operatingModel(OperatingModel.builder().settlement(SettlementPoint.HEAD_OFFICE)
          .delivery(DeliveryMode.DISTRIBUTION_CENTRE).storeAuthority(DecisionLevel.HEAD_OFFICE)
          .backMarginModel(true).build())
      .build();

  /** The worked STAR account's measured facts, without the id. */
  private static AccountFacts.Builder measured(AccountFacts.Builder b) {
    AccountFacts facts = Facts.facts("ignored", "520000", "0.16", 35, "0.20", "0.36", 18, Level.OUTSTANDING).build();
    return b.annualSales(facts.annualSales()).growthRate(facts.growthRate()).dsoDays(facts.dsoDays())
        .displayRate(facts.displayRate()).activityRate(facts.activityRate()).listedSkus(facts.listedSkus())
        .relationship(facts.relationship());
  }

  @Test
  void workedAccount_fromAnAccount_evaluatesAsTheHandBuiltFacts() {
    AccountFacts fromAccount = measured(AccountFacts.builder().account(STAR_MART)).build();
    AccountFacts byHand = Facts.facts("STAR", "520000", "0.16", 35, "0.20", "0.36", 18, Level.OUTSTANDING)
        .name("Star Mart").build();
    assertEquals(byHand, fromAccount);
    assertEquals("STAR", fromAccount.accountId());
    assertEquals(Optional.of("Star Mart"), fromAccount.name());

    Evaluation e = AccountEvaluator.DEFAULT.evaluate(fromAccount);
    assertEquals(AccountEvaluator.DEFAULT.evaluate(byHand), e);
    assertEquals(STAR_MART.id(), e.accountId());
    assertEquals(0, new BigDecimal("88").compareTo(e.attractiveness()));
    assertEquals(0, new BigDecimal("82").compareTo(e.support()));
    assertEquals(AccountQuadrant.STAR, e.quadrant());
  }

  @Test
  void nullAccount_isRejectedNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> AccountFacts.builder().account(null));
    assertEquals("Argument 'account' must not be null", e.getMessage());
  }

  @Test
  void anotherIdAfterTheAccount_isRejectedNamingBoth() {
    AccountFacts.Builder b = measured(AccountFacts.builder().account(STAR_MART));
    b.accountId("OTHER");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("Argument 'accountId' must be the id 'STAR' of the account given but has value 'OTHER'",
        e.getMessage());
  }

  @Test
  void theAccountsOwnIdAfterTheAccount_isAccepted() {
    AccountFacts.Builder b = measured(AccountFacts.builder().account(STAR_MART));
    b.accountId("STAR");
    assertEquals("STAR", b.build().accountId());
  }

  @Test
  void anIdBeforeTheAccount_isReplacedByTheAccountsId() {
    AccountFacts.Builder b = AccountFacts.builder();
    b.accountId("OLD");
    assertEquals("STAR", measured(b.account(STAR_MART)).build().accountId());
  }

  @Test
  void aNameAfterTheAccount_replacesTheAccountsNameForReports() {
    AccountFacts.Builder b = measured(AccountFacts.builder().account(STAR_MART));
    b.name("Star");
    AccountFacts facts = b.build();
    assertEquals(Optional.of("Star"), facts.name());
    assertEquals("STAR", facts.accountId());
  }

  @Test
  void missingMeasuredFacts_areStillRequired() {
    assertThrows(IllegalStateException.class, () -> AccountFacts.builder().account(STAR_MART).build());
  }
}
