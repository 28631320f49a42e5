package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check's claim hash ({@link ReferencePass#claimHash}) tells apart the claims of an
 * ordinary run: keys that differ in the reference, the account, the type or the amount alone (small
 * values of each, as a run's dictionaries give them) get different hashes, so the claims table does
 * not probe long chains of equal hashes.
 */
class ClaimHashTest {

  @Test
  void claimsDifferingInAnyOnePart_getDifferentHashes() {
    Set<Integer> seen = new HashSet<>();
    for (int ref = 0; ref < 32; ref++) {
      for (int account = 0; account < 16; account++) {
        for (int type = 0; type < RunContext.TYPE_COUNT; type++) {
          for (long amount = 0; amount < 16; amount++) {
            assertTrue(seen.add(ReferencePass.claimHash(ref, account, type, amount)),
                ref + ", " + account + ", " + type + ", " + amount);
          }
        }
      }
    }
  }
}
