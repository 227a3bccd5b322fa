package org.a4p.testing.housestyle.good.service;

import org.a4p.testing.housestyle.good.model.Item;
import org.a4p.testing.housestyle.good.repository.Items;

public class ItemService {
    private final Items items = new Items();

    public Item get(String name) {
        return items.find(name);
    }
}
