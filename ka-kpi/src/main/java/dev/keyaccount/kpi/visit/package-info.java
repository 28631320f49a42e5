/** Visit KPIs (拜访指标): visit frequency, arrival rate (拜访到达率) and success rate (拜访成功率). */
@KaStyle
package dev.keyaccount.kpi.visit;

import dev.keyaccount.core.KaStyle;
