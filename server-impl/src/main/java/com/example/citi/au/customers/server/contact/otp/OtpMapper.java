package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.server.generated.model.OtpSendResponse;
import com.example.citi.au.customers.server.generated.model.OtpValidationResponse;
import java.time.ZoneOffset;

final class OtpMapper {

    private OtpMapper() {
    }

    static OtpChannel toChannel(OtpDeliveryOption option) {
        return OtpChannel.valueOf(option.getValue());
    }

    static OtpSendResponse toResponse(OtpDelivery delivery) {
        OtpDestination destination = delivery.destination();
        OtpSendResponse response = new OtpSendResponse(delivery.controlFlowId(),
                OtpDeliveryOption.fromValue(destination.channel().name()),
                delivery.otpExpiresAt().atOffset(ZoneOffset.UTC));
        return destination.channel() == OtpChannel.SMS
                ? response.maskedPhoneNumber(destination.masked())
                : response.maskedEmailAddress(destination.masked());
    }

    static OtpValidationResponse validated(String controlFlowId) {
        return new OtpValidationResponse(controlFlowId, OtpValidationResponse.OtpValidationStatusEnum.VALIDATED);
    }
}
