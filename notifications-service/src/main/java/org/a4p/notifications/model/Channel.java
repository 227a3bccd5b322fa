package org.a4p.notifications.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Channel", description = "How notifications reach the subscriber. The pull feed is always available besides.")
public enum Channel {
    WEBHOOK
}
