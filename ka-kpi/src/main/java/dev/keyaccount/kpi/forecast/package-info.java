/** Forecast accuracy (预测准确率): MAPE, WAPE, bias and tracking signal per account, product and month, and rolled up. */
@KaStyle
package dev.keyaccount.kpi.forecast;

import dev.keyaccount.core.KaStyle;
