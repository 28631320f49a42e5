/**
 * Expense efficiency (费用使用效率): cost per case, cases per 100 of spend, the input/output ratio (投产比)
 * per store and account, rankings and the change between periods.
 */
@KaStyle
package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.KaStyle;
