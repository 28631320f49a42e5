package dev.keyaccount.planning.procedure;

import static dev.keyaccount.planning.procedure.ProcedureStep.BRIEF;
import static dev.keyaccount.planning.procedure.ProcedureStep.DESIGN_AND_APPLY;
import static dev.keyaccount.planning.procedure.ProcedureStep.MONITOR_AND_EVALUATE;
import static dev.keyaccount.planning.procedure.ProcedureStep.SALES_MEETING;
import static dev.keyaccount.planning.procedure.ProcedureStep.SET_OBJECTIVES;
import static dev.keyaccount.planning.procedure.ProcedureStep.SET_TARGETS;
import static dev.keyaccount.planning.procedure.ProcedureStep.TAKE_ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionProcedureTest {

  @Test
  void seed003_nationalProcedure_hasNineOrderedSteps() {
    assertEquals(9, ProcedureStep.values().length);
    assertEquals(SET_OBJECTIVES, ProcedureStep.values()[0]);
    assertEquals(MONITOR_AND_EVALUATE, ProcedureStep.values()[8]);
  }

  @Test
  void nothingDone_nextIsSetObjectives() {
    ProcedureStatus s = PromotionProcedure.DEFAULT.status(List.of());
    assertEquals(Optional.of(SET_OBJECTIVES), s.nextStep());
    assertEquals(Arrays.asList(ProcedureStep.values()), s.missing());
    assertEquals(List.of(), s.skipped());
    assertFalse(s.isComplete());
  }

  @Test
  void firstThreeDone_nextIsBrief() {
    ProcedureStatus s = PromotionProcedure.DEFAULT.status(List.of(SET_TARGETS, SET_OBJECTIVES, DESIGN_AND_APPLY, SET_OBJECTIVES));
    assertEquals(List.of(SET_OBJECTIVES, DESIGN_AND_APPLY, SET_TARGETS), s.done());
    assertEquals(Optional.of(BRIEF), s.nextStep());
    assertEquals(6, s.missing().size());
    assertEquals(List.of(), s.skipped());
  }

  @Test
  void stepsDoneOutOfOrder_reportSkipped() {
    ProcedureStatus s = PromotionProcedure.DEFAULT.status(List.of(SET_OBJECTIVES, TAKE_ORDERS));
    assertEquals(List.of(DESIGN_AND_APPLY, SET_TARGETS, BRIEF, SALES_MEETING), s.skipped());
    assertEquals(Optional.of(DESIGN_AND_APPLY), s.nextStep());
  }

  @Test
  void allDone_isComplete() {
    ProcedureStatus s = PromotionProcedure.DEFAULT.status(Arrays.asList(ProcedureStep.values()));
    assertTrue(s.isComplete());
    assertEquals(Optional.empty(), s.nextStep());
    assertEquals(List.of(), s.missing());
    ProcedureStatus onlyLast = PromotionProcedure.DEFAULT.status(List.of(MONITOR_AND_EVALUATE));
    assertEquals(8, onlyLast.skipped().size());
  }

  @Test
  void rejects_nullStep() {
    List<ProcedureStep> done = new ArrayList<>();
    done.add(null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> PromotionProcedure.DEFAULT.status(done));
    assertEquals("Argument 'done step' must not be null", e.getMessage());
  }
}
