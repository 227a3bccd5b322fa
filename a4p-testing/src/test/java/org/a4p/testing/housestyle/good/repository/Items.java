package org.a4p.testing.housestyle.good.repository;

import org.a4p.testing.housestyle.good.model.Item;

public class Items {
    public Item find(String name) {
        return new Item(name);
    }
}
