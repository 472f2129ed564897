package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.generated.model.Address;
import com.example.citi.au.customers.server.generated.model.CustomerAddressResponse;
import com.example.citi.au.customers.server.generated.model.CustomerParticulars;
import com.example.citi.au.customers.server.generated.model.CustomerParticularsResponse;
import com.example.citi.au.customers.server.generated.model.CustomerProfile;
import com.example.citi.au.customers.server.generated.model.Email;
import com.example.citi.au.customers.server.generated.model.Name;
import com.example.citi.au.customers.server.generated.model.Phone;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class ProfileMapper {

    CustomerProfile toProfile(FullProfile profile) {
        Particulars particulars = profile.particulars();
        return new CustomerProfile()
                .customerType(particulars.customerType())
                .customerSegment(particulars.customerSegment())
                .partnerCustomerSegment(particulars.partnerCustomerSegment())
                .customerParticulars(toCustomerParticulars(particulars))
                .addressList(toAddresses(profile.addresses()))
                .emails(profile.emails().stream().map(ProfileMapper::toEmail).toList())
                .phones(profile.phones().stream().map(ProfileMapper::toPhone).toList());
    }

    CustomerParticularsResponse toParticulars(Particulars particulars) {
        return new CustomerParticularsResponse()
                .customerType(particulars.customerType())
                .customerSegment(particulars.customerSegment())
                .partnerCustomerSegment(particulars.partnerCustomerSegment())
                .customerParticulars(toCustomerParticulars(particulars));
    }

    CustomerAddressResponse toAddressResponse(List<PostalAddress> addresses) {
        return new CustomerAddressResponse().addressList(toAddresses(addresses));
    }

    public List<Address> toAddresses(List<PostalAddress> addresses) {
        return addresses.stream().map(ProfileMapper::toAddress).toList();
    }

    private static Address toAddress(PostalAddress address) {
        return new Address()
                .addressKey(address.key())
                .addressType(address.type())
                .addressline1(address.line1())
                .addressline2(address.line2())
                .addressline3(address.line3())
                .addressline4(address.line4())
                .city(address.city())
                .state(address.state())
                .postalCode(address.postalCode())
                .countryName(address.countryName());
    }

    private static CustomerParticulars toCustomerParticulars(Particulars particulars) {
        return new CustomerParticulars()
                .names(particulars.names().stream().map(ProfileMapper::toName).toList())
                .prefix(particulars.prefix())
                .suffix(particulars.suffix());
    }

    private static Name toName(PersonName name) {
        return new Name()
                .fullName(name.full())
                .firstName(name.first())
                .middleName(name.middle())
                .lastName(name.last())
                .nameType(name.nameType());
    }

    private static Email toEmail(ContactEmail email) {
        return new Email()
                .emailKey(email.key())
                .emailAddress(email.address())
                .preferredEmailFlag(email.preferred())
                .emailType(email.type());
    }

    private static Phone toPhone(ContactPhone phone) {
        return new Phone()
                .phoneKey(phone.key())
                .phoneType(phone.type())
                .phoneCountryCode(phone.countryCode())
                .phoneNumber(phone.number())
                .areaCode(phone.areaCode())
                .extension(phone.extension())
                .preferredPhoneFlag(phone.preferred());
    }
}
