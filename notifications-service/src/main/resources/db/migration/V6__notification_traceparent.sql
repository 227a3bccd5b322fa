-- The W3C trace context (traceparent, version 00: 55 characters) under which the event that caused a notification
-- was applied: the webhook of every delivery of it continues that trace (DeliverySender sends it as the
-- traceparent header), so one trace id follows a change from its request to the receiver. NULL when there was none.
ALTER TABLE notification ADD COLUMN traceparent VARCHAR(55);
