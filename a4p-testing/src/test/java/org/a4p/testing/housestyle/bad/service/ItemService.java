package org.a4p.testing.housestyle.bad.service;

import org.a4p.testing.housestyle.bad.model.Item;
import org.a4p.testing.housestyle.bad.repository.Items;
import org.a4p.testing.housestyle.bad.rest.ItemResource;

public class ItemService {
    private final Items items = new Items();

    public Item get(String name) {
        return items.find(name + ItemResource.class.getSimpleName());
    }
}
