package com.example.citi.au.customers.client.stepup;

import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;

/** Where the password went: the pending change's flow, the channel, and the server's answer (the masked destination). */
public record OneTimePasswordSent(String controlFlowId, OtpDeliveryOption channel, OtpSendResponse answer) {
}
