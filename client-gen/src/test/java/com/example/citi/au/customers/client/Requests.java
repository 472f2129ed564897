package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.client.generated.model.AlertProfileUpdate;
import com.example.citi.au.customers.client.generated.model.AlertSubscriptionChange;
import com.example.citi.au.customers.client.generated.model.ConsentDetail;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.DeliveryChannel;
import com.example.citi.au.customers.client.generated.model.EmailUpdate;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.ImageFormat;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.client.generated.model.OfferUpdateRequest;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.PhoneUpdate;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateRequest;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** Request bodies built the way a consumer builds them; each mirrors the spec's request example named after it. */
final class Requests {

    static final String CONTROL_FLOW_ID = "687a33f1c2b04e7d9a5b1c3e8f0d2a4b";
    static final String ACCOUNT_ID = "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d";
    static final String OFFER_ID = "OFR-BT-2026-0001";
    static final String ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private Requests() {
    }

    /** updateCustomerEmails "changeAddress". */
    static EmailUpdateRequest changeAddress() {
        return new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                .emailKey(2001L).emailAddress("olivia.bennett@example.org").preferredEmailFlag(true)));
    }

    /** updateCustomerEmails "movePreferred". */
    static EmailUpdateRequest movePreferred() {
        return new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                .emailKey(2002L).emailAddress("o.bennett@example.net").preferredEmailFlag(true)));
    }

    /** updateCustomerPhoneNumbers "changeMobile". */
    static PhoneUpdateRequest changeMobile() {
        return new PhoneUpdateRequest().phones(List.of(new PhoneUpdate()
                .phoneKey(3001L).phoneType("MOBILE").phoneCountryCode("61").phoneNumber("498765432")
                .preferredPhoneFlag(true)));
    }

    /** The confirmation operations' "confirm". */
    static ControlFlowConfirmationRequest confirm() {
        return new ControlFlowConfirmationRequest().controlFlowId(CONTROL_FLOW_ID);
    }

    /** sendOneTimePassword "bySms". */
    static OtpSendRequest bySms() {
        return new OtpSendRequest().controlFlowId(CONTROL_FLOW_ID).otpDeliveryOption(OtpDeliveryOption.SMS);
    }

    /** validateOneTimePassword "sixDigits". */
    static OtpValidationRequest sixDigits() {
        return new OtpValidationRequest()
                .controlFlowId(CONTROL_FLOW_ID).otpToken("482915").otpDeliveryOption(OtpDeliveryOption.SMS);
    }

    /** manageAlertProfileAndSubscriptions "emailAndSubscribe". */
    static AlertProfileAndSubscriptionsRequest emailAndSubscribe() {
        return new AlertProfileAndSubscriptionsRequest()
                .alertProfile(new AlertProfileUpdate().preferredDeliveryChannel(DeliveryChannel.EMAIL).emailKey(2001L))
                .alertSubscriptions(List.of(new AlertSubscriptionChange()
                        .alertType("PROFILE_CHANGE")
                        .subscriptionAction(AlertSubscriptionChange.SubscriptionActionEnum.SUBSCRIBE)
                        .deliveryChannels(Set.of(DeliveryChannel.EMAIL))));
    }

    /** updateCustomerProfileImage "smallPng". */
    static ProfileImageUpdateRequest smallPng() {
        return new ProfileImageUpdateRequest()
                .imageData(Base64.getDecoder().decode(ONE_PIXEL_PNG)).imageFormat(ImageFormat.PNG);
    }

    /** updateOffer "accept". */
    static OfferUpdateRequest accept() {
        return new OfferUpdateRequest()
                .offerId(OFFER_ID)
                .offerStatus(OfferUpdateRequest.OfferStatusEnum.ACCEPTED)
                .channelId(OfferUpdateRequest.ChannelIdEnum.MOBILE);
    }

    /** fulfillOffer "balanceTransfer". */
    static OfferFulfillmentRequest balanceTransfer() {
        return new OfferFulfillmentRequest()
                .offerId(OFFER_ID).accountId(ACCOUNT_ID).requestedAmount(2500.00).currencyCode("AUD")
                .consentDetails(List.of(new ConsentDetail().consentType("TERMS_AND_CONDITIONS").consentGivenFlag(true)));
    }
}
