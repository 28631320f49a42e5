/**
 * The store execution KPI (门店执行): display, activity and distribution rates, SKU count, display and
 * activity points against the agreement, and an execution score.
 */
@KaStyle
package dev.keyaccount.kpi.execution;

import dev.keyaccount.core.KaStyle;
