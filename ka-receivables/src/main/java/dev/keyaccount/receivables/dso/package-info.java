/** Days sales outstanding (应收账款周转天数): the standard and countback methods, and days deductions outstanding. */
@KaStyle
package dev.keyaccount.receivables.dso;

import dev.keyaccount.core.KaStyle;
