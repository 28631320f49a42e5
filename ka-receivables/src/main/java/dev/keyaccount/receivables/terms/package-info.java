/** Payment terms (账期): due dates from invoice dates, net and month-end terms, days overdue. */
@KaStyle
package dev.keyaccount.receivables.terms;

import dev.keyaccount.core.KaStyle;
