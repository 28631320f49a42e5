package dev.keyaccount.examples;

import dev.keyaccount.core.account.Account;
import dev.keyaccount.core.account.AccountFootprint;
import dev.keyaccount.core.account.DecisionLevel;
import dev.keyaccount.core.account.DeliveryMode;
import dev.keyaccount.core.account.OperatingModel;
import dev.keyaccount.core.account.RetailFormat;
import dev.keyaccount.core.account.SettlementPoint;
import dev.keyaccount.core.account.Store;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreAudit;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.kpi.sales.ProfitMix;
import dev.keyaccount.kpi.sales.SalesKpis;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javamoney.moneta.Money;

/** Starts from ka-core's model: evaluates an Account, reads the profit-product mix of its SKUs, audits its stores. */
public final class AccountModelExample {

  private AccountModelExample() {}

  private static Sku sku(String code, PortfolioRole role, int price, int cost) {
    return Sku.builder().code(code).brand("Spring").pack("500ml bottle").caseSize(24)
        .listPricePerCase(Money.of(price, Currencies.CNY)).costPerCase(Money.of(cost, Currencies.CNY))
        .role(role).build();
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Store gubei = Store.builder().id("S01").name("Gubei").city("Shanghai").region("East")
        .format(RetailFormat.HYPERMARKET).build();
    Store wudaokou = Store.builder().id("S02").name("Wudaokou").city("Beijing").region("North")
        .format(RetailFormat.HYPERMARKET).build();
    Account account = Account.builder()
        .id("CRF")
        .name("Carrefour")
        .footprint(AccountFootprint.builder().internationalBackground(true).provincesWithStores(2)
            .storesInRegion(1).influentialLocally(false).build())
        .format(RetailFormat.HYPERMARKET)
        .operatingModel(OperatingModel.builder().settlement(SettlementPoint.REGIONAL)
            .delivery(DeliveryMode.DIRECT_TO_STORE).storeAuthority(DecisionLevel.STORE).backMarginModel(true).build())
        .addStores(gubei, wudaokou)
        .build();

    // The account gives the id and name; the measured facts follow.
    AccountFacts facts = AccountFacts.builder()
        .account(account)
        .annualSales(Money.of(3_200_000, Currencies.CNY))
        .growthRate(Rate.of("0.25"))
        .dsoDays(35)
        .displayRate(Rate.of("0.23"))
        .activityRate(Rate.of("0.38"))
        .listedSkus(12)
        .relationship(Level.ABOVE_AVERAGE)
        .build();
    Evaluation evaluation = AccountEvaluator.DEFAULT.evaluate(facts);
    System.out.println(account.tier() + " " + evaluation.accountId() + ": " + evaluation.quadrant());

    // Sales by SKU, grouped by each SKU's portfolio role: 900,000 of 3,200,000 from profit products.
    Sku premium = sku("P-500", PortfolioRole.PROFIT, 96, 60);
    Sku glass = sku("I-330", PortfolioRole.IMAGE, 120, 90);
    Sku family = sku("V-1500", PortfolioRole.VOLUME, 48, 40);
    ProfitMix mix = SalesKpis.DEFAULT.highMarginMixBySku(Map.of(premium, Money.of(900_000, Currencies.CNY),
        glass, Money.of(300_000, Currencies.CNY), family, Money.of(2_000_000, Currencies.CNY)), Rate.of("0.25"));
    System.out.println("profit-product mix " + mix.share() + " against 25.0%: " + mix.meetsRequirement());

    // Store audits keyed by the account's stores.
    List<StoreAudit> audits = List.of(
        StoreAudit.builder().store(gubei).displayPoints(3).categoryDisplayPoints(10).activities(2)
            .categoryActivities(5).addSkusOnShelf("P-500", "I-330", "V-1500").build(),
        StoreAudit.builder().store(wudaokou).displayPoints(2).categoryDisplayPoints(10).activities(1)
            .categoryActivities(5).addSkusOnShelf("P-500", "V-1500").build());
    ExecutionReport execution = StoreExecution.DEFAULT.measure(audits,
        Set.of(premium.code(), glass.code(), family.code()));
    System.out.println(execution.stores() + " stores, display " + execution.displayRate() + ", distribution "
        + execution.distributionRate());
  }
}
