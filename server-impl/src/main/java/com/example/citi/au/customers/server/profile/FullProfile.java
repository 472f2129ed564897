package com.example.citi.au.customers.server.profile;

import java.util.List;

record FullProfile(Particulars particulars, List<PostalAddress> addresses,
                   List<ContactEmail> emails, List<ContactPhone> phones) {
}
