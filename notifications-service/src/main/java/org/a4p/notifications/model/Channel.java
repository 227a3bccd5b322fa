package org.a4p.notifications.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Channel", description = "How notifications reach the subscriber: WEBHOOK (signed HTTP POSTs to target) or "
        + "EMAIL (mail to the address in target, once confirmed). The pull feed is always available besides.")
public enum Channel {
    WEBHOOK, EMAIL
}
