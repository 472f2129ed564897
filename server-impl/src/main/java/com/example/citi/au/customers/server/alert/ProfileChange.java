package com.example.citi.au.customers.server.alert;

/** The profile fields a request changes; null fields and kept keys leave the profile as it is. */
record ProfileChange(AlertChannel preferredChannel, KeyChange emailKey, KeyChange phoneKey, String languageCode,
                     Boolean active) {

    AlertProfileSettings applyTo(AlertProfileSettings current) {
        return new AlertProfileSettings(
                preferredChannel == null ? current.preferredChannel() : preferredChannel,
                emailKey.applyTo(current.emailKey()),
                phoneKey.applyTo(current.phoneKey()),
                languageCode == null ? current.languageCode() : languageCode,
                active == null ? current.active() : active);
    }
}
