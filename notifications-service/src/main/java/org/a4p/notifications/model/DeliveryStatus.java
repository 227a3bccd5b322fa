package org.a4p.notifications.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryStatus", description = "PENDING until the receiver answered 2xx (DELIVERED) or the attempts are used up or it answered a non-retryable 4xx (FAILED)")
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
