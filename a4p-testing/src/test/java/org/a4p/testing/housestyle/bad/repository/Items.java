package org.a4p.testing.housestyle.bad.repository;

import org.a4p.testing.housestyle.bad.model.Item;

public class Items {
    public Item find(String name) {
        return new Item(name);
    }
}
