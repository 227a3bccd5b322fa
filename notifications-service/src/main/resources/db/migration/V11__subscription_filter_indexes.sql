-- Every change is matched against every confirmed subscription's filters (DeliveryRepository). The filters are
-- arrays, tested by containment and overlap, which GIN indexes answer: with tens of thousands of subscriptions a
-- change no longer reads the whole table, and a subscription without filters is found by its own partial index.
CREATE INDEX subscription_recommendations ON subscription USING GIN (recommendations);
CREATE INDEX subscription_areas ON subscription USING GIN (areas);
CREATE INDEX subscription_stakeholders ON subscription USING GIN (stakeholders);
CREATE INDEX subscription_bodies ON subscription USING GIN (bodies);
CREATE INDEX subscription_unfiltered ON subscription (created_at, id)
    WHERE cardinality(recommendations) = 0 AND cardinality(areas) = 0
      AND cardinality(stakeholders) = 0 AND cardinality(bodies) = 0;
