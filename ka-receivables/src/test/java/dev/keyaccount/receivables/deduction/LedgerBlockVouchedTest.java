package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Blocks built without indexes ({@link LedgerBlockBuilder#vouched}, {@link UseBlock.Builder#vouched}):
 * their indexes, made at the first lookup, find what a checked builder's find, from any number of
 * threads at once; a caller's broken promise (a repeated id or claim) is told, not silently kept.
 */
class LedgerBlockVouchedTest {

  private static final int VALID = DeductionState.VALID.ordinal();

  private static LedgerLine line(int i, String reference, long amount) {
    return new LedgerLine("D" + i, "KA" + (i % 7), reference, 0, 20_000 + i % 30, amount, VALID, amount, 0, 0, 0);
  }

  /** Adds a line to a vouched builder with its claim's hash, as a run does. */
  private static void vouch(LedgerBlockBuilder b, LedgerLine line, boolean owns) {
    b.addVouched(line, owns, owns ? LedgerBlock.claimHash(line.accountId, line.type, References.normalise(line.reference),
        line.amount) : 0);
  }

  @Test
  void aFormsHash_isItsTextsHash() {
    ReferenceTable table = new ReferenceTable(4);
    for (String reference : List.of("PRM-2026-0000002", "ＰＲＭ－２０２６－２", "CAFE\u0301-7", "inv 12/3", "x")) {
      int id = table.intern(reference);
      assertEquals(table.text(id).hashCode(), table.textHash(id), reference);
      assertEquals(References.normalise(reference), table.text(id), reference);
    }
  }

  private static LedgerBlock block(int n, boolean vouched) {
    LedgerBlockBuilder b = vouched ? LedgerBlockBuilder.vouched(4) : new LedgerBlockBuilder(4);
    for (int i = 0; i < n; i++) {
      LedgerLine line = line(i, i % 3 == 0 ? null : "PRM-" + i, 100 + i);
      if (vouched) {
        vouch(b, line, line.reference != null);
      } else {
        assertTrue(b.add(line, line.reference == null ? null : References.normalise(line.reference)));
      }
    }
    return b.build();
  }

  @Test
  void aVouchedBlock_findsEveryIdAndClaim_asACheckedOne_fromManyThreadsAtOnce() throws Exception {
    int n = 5_000;
    LedgerBlock checked = block(n, false);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        LedgerBlock vouched = block(n, true); // fresh: the first lookups race to make the indexes
        List<Future<Integer>> answers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int from = t;
          answers.add(pool.submit(() -> {
            int found = 0;
            for (int i = from; i < n + 10; i += 4) {
              assertEquals(checked.find("D" + i), vouched.find("D" + i), "D" + i);
              ClaimKey key = new ClaimKey("KA" + (i % 7), 0, References.normalise("PRM-" + i), 100 + i);
              assertEquals(checked.claimOwner(key), vouched.claimOwner(key), key.toString());
              found += vouched.find("D" + i) >= 0 ? 1 : 0;
            }
            return found;
          }));
        }
        int total = 0;
        for (Future<Integer> answer : answers) {
          total += answer.get();
        }
        assertEquals(n, total);
      }
    } finally {
      pool.shutdownNow();
    }
    LedgerBlock vouched = block(n, true);
    assertEquals("D1", vouched.claimOwner(new ClaimKey("KA1", 0, References.normalise("PRM-1"), 101)));
    assertNull(vouched.claimOwner(new ClaimKey("KA3", 0, References.normalise("PRM-3"), 103)), "a line without a reference owns no claim");
  }

  @Test
  void aVouchedBlockWithARepeatedIdOrClaim_failsWhenIndexed_namingIt() {
    LedgerBlockBuilder ids = LedgerBlockBuilder.vouched(4);
    vouch(ids, line(1, "A-1", 100), true);
    vouch(ids, line(1, "A-2", 200), true);
    LedgerBlock twice = ids.build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> twice.find("D1"));
    assertEquals("deduction 'D1' is in the ledger twice", e.getMessage());

    LedgerBlockBuilder claims = LedgerBlockBuilder.vouched(4);
    vouch(claims, line(1, "A-1", 100), true);
    vouch(claims, new LedgerLine("D2", "KA1", "a 1", 0, 20_001, 100, VALID, 100, 0, 0, 0), true);
    LedgerBlock shared = claims.build();
    e = assertThrows(IllegalStateException.class, () -> shared.claimOwner(new ClaimKey("KA1", 0, References.normalise("A-1"), 100)));
    assertEquals("deduction 'D2' owns a claim another line owns", e.getMessage());
    assertThrows(IllegalStateException.class, () -> new LedgerBlockBuilder(4).addVouched(line(1, null, 1), false, 0));
  }

  @Test
  void aVouchedUseBlock_findsEveryAuthorization_andTellsARepeatedOne() {
    UseBlock.Builder b = UseBlock.Builder.vouched(2);
    for (int i = 0; i < 100; i++) {
      b.add(UseLine.unused("A" + i, 1_000 + i));
    }
    UseBlock uses = b.build();
    for (int i = 0; i < 100; i++) {
      assertEquals(i, uses.find("A" + i));
      assertEquals(1_000 + i, uses.amount(uses.find("A" + i)));
    }
    assertEquals(-1, uses.find("A100"));
    UseBlock.Builder twice = UseBlock.Builder.vouched(2);
    twice.add(UseLine.unused("A1", 1));
    twice.add(UseLine.unused("A1", 2));
    UseBlock repeated = twice.build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> repeated.find("A2"));
    assertEquals("authorization 'A1' is in the ledger twice", e.getMessage());
  }
}
