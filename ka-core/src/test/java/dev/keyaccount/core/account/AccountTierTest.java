package dev.keyaccount.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountTierTest {

  private static final OperatingModel CARREFOUR_MODEL = OperatingModel.builder()
      .settlement(SettlementPoint.REGIONAL)
      .delivery(DeliveryMode.DIRECT_TO_STORE)
      .storeAuthority(DecisionLevel.STORE)
      .backMarginModel(true)
      .build();

  private static AccountFootprint footprint(boolean international, int provinces, int storesInRegion, boolean influential) {
    return AccountFootprint.builder()
        .internationalBackground(international)
        .provincesWithStores(provinces)
        .storesInRegion(storesInRegion)
        .influentialLocally(influential)
        .build();
  }

  @Test
  void carrefourLike_isGka() {
    assertEquals(Optional.of(AccountTier.GKA), footprint(true, 20, 12, false).tier());
  }

  @Test
  void crVanguardLike_isNka() {
    assertEquals(Optional.of(AccountTier.NKA), footprint(false, 25, 40, false).tier());
  }

  @Test
  void regionalChain_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(false, 1, 15, false).tier());
  }

  @Test
  void singleDominantStore_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(false, 1, 1, true).tier());
  }

  @Test
  void internationalInOneProvince_isLka() {
    assertEquals(Optional.of(AccountTier.LKA), footprint(true, 1, 3, false).tier());
  }

  @Test
  void singleOrdinaryStore_isNoKeyAccount() {
    assertEquals(Optional.empty(), footprint(false, 1, 1, false).tier());
  }

  @Test
  void account_derivesTier() {
    Account account = Account.builder()
        .id("CRF")
        .name("Carrefour-like")
        .footprint(footprint(true, 20, 12, false))
        .format(RetailFormat.HYPERMARKET)
        .operatingModel(CARREFOUR_MODEL)
        .build();
    assertEquals(AccountTier.GKA, account.tier());
  }

  @Test
  void account_rejectsFootprintThatIsNoKeyAccount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Account.builder()
        .id("X")
        .name("Corner shop")
        .footprint(footprint(false, 1, 1, false))
        .format(RetailFormat.CONVENIENCE)
        .operatingModel(CARREFOUR_MODEL)
        .build());
    assertTrue(e.getMessage().contains("footprint"), e.getMessage());
  }

  @Test
  void footprint_rejectsZeroProvinces() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> footprint(false, 0, 3, false));
    assertEquals("Argument 'provincesWithStores' must be at least 1 but has value 0", e.getMessage());
  }
}
