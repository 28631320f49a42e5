package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.kpi.concentration.AbcClass;
import dev.keyaccount.kpi.concentration.AccountSales;
import dev.keyaccount.kpi.concentration.Concentration;
import dev.keyaccount.kpi.concentration.RankedAccount;
import dev.keyaccount.kpi.concentration.SalesConcentration;
import java.util.List;
import org.javamoney.moneta.Money;

/** Selects key accounts by sales concentration: the cumulative share curve and ABC classes. */
public final class KeyAccountSelectionExample {

  private KeyAccountSelectionExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<AccountSales> accounts = List.of(
        AccountSales.of("Walmart", Money.of(500, Currencies.CNY)),
        AccountSales.of("Carrefour", Money.of(200, Currencies.CNY)),
        AccountSales.of("RT-Mart", Money.of(100, Currencies.CNY)),
        AccountSales.of("CR Vanguard", Money.of(80, Currencies.CNY)),
        AccountSales.of("Lianhua", Money.of(50, Currencies.CNY)),
        AccountSales.of("Suguo", Money.of(30, Currencies.CNY)),
        AccountSales.of("Hualian", Money.of(20, Currencies.CNY)),
        AccountSales.of("Metro", Money.of(10, Currencies.CNY)),
        AccountSales.of("Lotus", Money.of(10, Currencies.CNY)));
    Concentration c = SalesConcentration.DEFAULT.analyse(accounts);
    for (RankedAccount r : c.ranking()) {
      System.out.println(r.rank() + " " + r.accountId() + " " + r.cumulativeShare() + " " + r.abcClass());
    }
    System.out.println(c.accountsForSalesShare() + " accounts make 80% of sales: " + c.shareOfAccounts());
    System.out.println("A " + c.count(AbcClass.A) + ", B " + c.count(AbcClass.B) + ", C " + c.count(AbcClass.C));
  }
}
