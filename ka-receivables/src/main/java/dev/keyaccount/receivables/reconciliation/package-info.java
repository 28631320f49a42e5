/** Statement reconciliation (对账): our ledger against the retailer's statement, with the difference explained line by line. */
@KaStyle
package dev.keyaccount.receivables.reconciliation;

import dev.keyaccount.core.KaStyle;
