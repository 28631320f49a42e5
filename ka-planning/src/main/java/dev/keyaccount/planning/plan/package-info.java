/** Customer plans (客户计划): the annual customer plan, the Joint Business Plan (联合生意计划) and the rolling three-month market plan (滚动三个月市场计划). */
@KaStyle
package dev.keyaccount.planning.plan;

import dev.keyaccount.core.KaStyle;
