/** New listing (新品进场): the listing proposal, its completeness and the retailer's criteria. */
@KaStyle
package dev.keyaccount.planning.listing;

import dev.keyaccount.core.KaStyle;
