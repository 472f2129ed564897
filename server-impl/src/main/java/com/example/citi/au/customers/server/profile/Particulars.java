package com.example.citi.au.customers.server.profile;

import java.util.List;

/** Who the customer is: type, segments and names. */
record Particulars(String customerType, String customerSegment, String partnerCustomerSegment,
                   String prefix, String suffix, List<PersonName> names) {
}
