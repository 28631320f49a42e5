/**
 * Account evaluation and classification (客户评估与KA分类): scorecards of weighted, banded criteria, the
 * attractiveness/support quadrant of each account and the service policy it calls for.
 */
@KaStyle
package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.KaStyle;
