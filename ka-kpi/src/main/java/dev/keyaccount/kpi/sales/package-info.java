/** The sales KPI (销量/销售收入): achievement against target, high-margin mix, monthly average over active months. */
@KaStyle
package dev.keyaccount.kpi.sales;

import dev.keyaccount.core.KaStyle;
