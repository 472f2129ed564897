package com.example.citi.au.customers.server.contact.phone;

import com.example.citi.au.customers.server.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.server.generated.model.Phone;
import com.example.citi.au.customers.server.generated.model.PhoneUpdate;
import com.example.citi.au.customers.server.generated.model.PhoneUpdateRequest;
import java.util.List;

final class PhoneMapper {

    private PhoneMapper() {
    }

    static List<PhoneChange> toChanges(PhoneUpdateRequest request) {
        return request.getPhones().stream().map(PhoneMapper::toChange).toList();
    }

    static CustomerPhoneResponse toResponse(List<CustomerPhone> phones) {
        return new CustomerPhoneResponse().phones(phones.stream().map(PhoneMapper::toPhone).toList());
    }

    private static PhoneChange toChange(PhoneUpdate update) {
        return new PhoneChange(update.getPhoneKey(), update.getPhoneType(), update.getPhoneCountryCode(),
                update.getAreaCode(), update.getPhoneNumber(), update.getExtension(), update.getPreferredPhoneFlag());
    }

    private static Phone toPhone(CustomerPhone phone) {
        return new Phone(phone.type(), phone.key(), phone.number(), phone.countryCode())
                .areaCode(phone.areaCode())
                .extension(phone.extension())
                .preferredPhoneFlag(phone.preferred());
    }
}
