package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * {@link LayeredMap} over a {@link LayeredMap.Base} behaves as a plain map over long sequences of
 * changes and removals (the base's keys among them): a removed key of the base stays removed however
 * the layers merge, {@code forEach} gives each key once with its newest value, {@code inLayers} tells
 * exactly which keys the layers hold (the base's value hidden) and {@code forEachInLayers} gives the
 * layers' live values only.
 */
class LayeredMapOverBaseTest {

  /** A read-only base of the even keys 0..20 (value 1000 + key). */
  private static LayeredMap.Base<Integer, Integer> base() {
    Map<Integer, Integer> values = new HashMap<>();
    for (int k = 0; k <= 20; k += 2) {
      values.put(k, 1000 + k);
    }
    return new LayeredMap.Base<>() {
      @Override
      public Integer get(Integer key) {
        return values.get(key);
      }

      @Override
      public int size() {
        return values.size();
      }

      @Override
      public void forEach(BiConsumer<Integer, Integer> action) {
        values.forEach(action);
      }
    };
  }

  @Test
  void overABase_behavesAsAPlainMap_andHidesTheBaseWhereTheLayersHoldAKey() {
    qt().withExamples(examples(400, 60)).forAll(lists().of(lists().of(integers().between(0, 30)).ofSizeBetween(0, 12))
        .ofSizeBetween(0, 25)).checkAssert(steps -> {
          Map<Integer, Integer> model = new HashMap<>();
          for (int k = 0; k <= 20; k += 2) {
            model.put(k, 1000 + k);
          }
          Map<Integer, Boolean> touched = new HashMap<>();
          LayeredMap<Integer, Integer> map = LayeredMap.over(base());
          int version = 0;
          for (List<Integer> step : steps) {
            version++;
            Map<Integer, Integer> changes = new HashMap<>();
            for (int key : step) {
              // Keys divisible by 3 are removed in every other version (base keys among them).
              changes.put(key, key % 3 == 0 && version % 2 == 0 ? null : version * 100 + key);
            }
            map = version % 3 == 0 ? map.plusTaking(new HashMap<>(changes)) : map.plus(changes);
            changes.forEach((k, v) -> {
              touched.put(k, true);
              if (v == null) {
                model.remove(k);
              } else {
                model.put(k, v);
              }
            });
            assertEquals(model.size(), map.size(), "size after version " + version);
            Map<Integer, Integer> inLayers = new HashMap<>();
            map.forEachInLayers((k, v) -> assertNull(inLayers.put(k, v), "each layered key once"));
            for (int key = 0; key <= 30; key++) {
              assertEquals(model.get(key), map.get(key), "key " + key + " after version " + version);
              assertEquals(touched.containsKey(key), map.inLayers(key), "inLayers " + key);
              assertEquals(touched.containsKey(key) ? model.get(key) : null, inLayers.get(key), "layered " + key);
            }
            Map<Integer, Integer> seen = new HashMap<>();
            map.forEach((k, v) -> assertNull(seen.put(k, v), "each key once: " + k));
            assertEquals(model, seen);
          }
        });
  }
}
